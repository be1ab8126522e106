// The gap-analysis dashboard of one cycle: every occupation in one sortable table that drills
// down to institutions, then one occupation at a time with its charts. The analysis runs in a
// worker (useAnalysis); switching occupation only re-renders.
import { useState, type KeyboardEvent } from 'react'
import { OCCUPATIONS, type OccupationId } from '../../../shared/domain/occupations'
import { useAnalysisInputs } from '../../db/analysis-hooks'
import { useCycles, useWorkingCycle } from '../../db/board-hooks'
import { OccupationPanel } from './OccupationPanel'
import { OverviewTable } from './OverviewTable'
import { useAnalysis } from './useAnalysis'

export interface AnalysisLinks {
  readonly onImport: () => void
  /** The Board context section, where staff enter projections and default shares. */
  readonly onContext?: (() => void) | undefined
  readonly onReport: (cycleId: string) => void
}

export function AnalysisScreen({ links }: { links: AnalysisLinks }) {
  const cycles = useCycles()
  const working = useWorkingCycle()
  const [chosen, setChosen] = useState<string | null>(null)
  const cycleId = chosen ?? working?.id
  const inputs = useAnalysisInputs(cycleId)
  const analysis = useAnalysis(inputs, 'board')
  const [occupation, setOccupation] = useState<OccupationId>('respiratory-therapists')

  if (!cycles || working === undefined)
    return <main className="screen board-screen" aria-busy="true" />
  if (!cycleId) {
    return (
      <main className="screen board-screen">
        <h1>Analysis</h1>
        <section className="empty-state">
          <h2>No cycle yet</h2>
          <p>Define a cycle and import partners’ workbooks to see the analysis.</p>
          <button type="button" className="primary" onClick={links.onImport}>
            Go to Import
          </button>
        </section>
      </main>
    )
  }
  const onTabKey = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0
    if (step === 0) return
    const i = OCCUPATIONS.findIndex((o) => o.id === occupation)
    const next = OCCUPATIONS[(i + step + OCCUPATIONS.length) % OCCUPATIONS.length]!.id
    setOccupation(next)
    document.getElementById(`occupation-tab-${next}`)?.focus()
  }
  const ready = analysis.status === 'ready' ? analysis.computed : null
  const result = ready?.result
  const empty = result && result.employersReporting === 0 && result.programsReporting === 0
  const shown = result?.occupations.find((o) => o.occupation === occupation)

  return (
    <main
      className="screen board-screen wide analysis-screen"
      aria-busy={analysis.status === 'working'}
    >
      <h1>Analysis</h1>
      <div className="filters">
        <label>
          Cycle{' '}
          <select value={cycleId} onChange={(e) => setChosen(e.target.value)}>
            {cycles.map((c) => (
              <option key={c.id} value={c.id}>
                {c.id}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          onClick={() => links.onReport(cycleId)}
          disabled={!result || empty === true}
        >
          Printable report…
        </button>
        <p role="status" className="analysis-status">
          {analysis.status === 'working'
            ? `Working out the analysis of ${cycleId}…`
            : analysis.status === 'failed'
              ? analysis.message
              : result
                ? `Analysis of ${cycleId}: ${result.programsReporting} programs and ${result.employersReporting} employers reporting.`
                : ''}
        </p>
      </div>
      {inputs && !inputs.contextEntered && !empty && (
        <section className="notice" aria-labelledby="no-context">
          <h2 id="no-context">No board context yet</h2>
          <p>
            Without it, published annual openings, regional employment and the default shares are
            unknown: coverage against published openings cannot be worked out, and a program without
            pass, placement or in-region data leaves supply unknown.
          </p>
          {links.onContext ? (
            <button type="button" className="link" onClick={links.onContext}>
              Enter the board context
            </button>
          ) : (
            <p>Enter it in the Board context section.</p>
          )}
        </section>
      )}
      {empty && (
        <section className="empty-state">
          <h2>No merged data for {cycleId}</h2>
          <p>No partner’s workbook for this cycle has been merged yet.</p>
          <button type="button" className="primary" onClick={links.onImport}>
            Go to Import
          </button>
        </section>
      )}
      {result && !empty && ready && (
        <>
          <section aria-labelledby="overview-heading">
            <h2 id="overview-heading">All occupations</h2>
            <OverviewTable occupations={result.occupations} audience="board" />
          </section>
          <section aria-labelledby="by-occupation">
            <h2 id="by-occupation">By occupation</h2>
            <div role="tablist" aria-label="Occupation" className="tabs">
              {result.occupations.map((o) => (
                <button
                  key={o.occupation}
                  type="button"
                  role="tab"
                  id={`occupation-tab-${o.occupation}`}
                  aria-selected={o.occupation === occupation}
                  aria-controls="occupation-panel"
                  tabIndex={o.occupation === occupation ? 0 : -1}
                  onClick={() => setOccupation(o.occupation)}
                  onKeyDown={onTabKey}
                >
                  {o.name}
                </button>
              ))}
            </div>
            <div
              role="tabpanel"
              id="occupation-panel"
              aria-labelledby={`occupation-tab-${occupation}`}
            >
              {shown && (
                <OccupationPanel
                  occupation={shown}
                  trend={ready.trend[shown.occupation]}
                  audience="board"
                  headingLevel={3}
                />
              )}
            </div>
          </section>
        </>
      )}
    </main>
  )
}
