// The printable report of one cycle: what leaves the board, so it is the shared view of the
// analysis (figures from fewer than 3 employers, and totals that would reveal them, read
// "suppressed (fewer than 3 employers)"). Title, cycle and date; the findings in words; every
// occupation's charts and tables, each starting a page; assumptions, scenarios when chosen,
// reporting status. The toolbar is not printed. The browser twin prints it with the print
// stylesheet; the desktop app saves it as a tagged PDF with page numbers (report:print).
import { useState } from 'react'
import type { AnalysisResult } from '../../../../shared/analysis/analysis'
import { BAND_LABELS, DEMAND_BASIS_LABELS } from '../../../../shared/analysis/coverage'
import {
  coverageText,
  findingOf,
  figureText,
  protectedText,
} from '../../../../shared/analysis/findings'
import { SUPPRESSED_TEXT } from '../../../../shared/analysis/suppression'
import { localIsoDate } from '../../../../shared/domain/periods'
import { describeCycleWindow } from '../../../../shared/intake/cycle'
import { reportingMatrix } from '../../../../shared/intake/matrix'
import { useAnalysisInputs } from '../../../db/analysis-hooks'
import { useHeldSubmissions } from '../../../db/board-hooks'
import { mergedRevisionsIn } from '../../../db/board-repository'
import { platform } from '../../../platform'
import { ReportingTotalsTable } from '../../status/ReportingTotalsTable'
import { DataTable } from '../charts/ChartFigure'
import { OccupationPanel } from '../OccupationPanel'
import { useAnalysis } from '../useAnalysis'

export function ReportView({ cycleId, onClose }: { cycleId: string; onClose: () => void }) {
  const inputs = useAnalysisInputs(cycleId)
  const held = useHeldSubmissions()
  const [scenarioIds, setScenarioIds] = useState<string[]>([])
  const analysis = useAnalysis(inputs, 'shared', scenarioIds)
  const [message, setMessage] = useState('')
  const today = localIsoDate(new Date())

  if (inputs === null) {
    return (
      <main className="report">
        <h1>No cycle {cycleId}</h1>
        <button type="button" onClick={onClose}>
          Back to the analysis
        </button>
      </main>
    )
  }
  const result = analysis.status === 'ready' ? analysis.computed.result : null
  const trend = analysis.status === 'ready' ? analysis.computed.trend : null

  const print = async () => {
    setMessage('')
    try {
      const saved = await platform.printReport(`Allied health gap analysis ${cycleId}.pdf`)
      if (saved && platform.kind === 'desktop') setMessage('The report was saved as a PDF.')
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error))
    }
  }

  return (
    <main className="report" aria-busy={analysis.status === 'working'}>
      <div className="report-toolbar no-print">
        <button type="button" onClick={onClose}>
          ← Back to the analysis
        </button>
        <button type="button" className="primary" onClick={() => void print()} disabled={!result}>
          {platform.kind === 'desktop' ? 'Save as PDF…' : 'Print…'}
        </button>
        {inputs && inputs.scenarios.length > 0 && (
          <fieldset>
            <legend>Scenarios to include</legend>
            {inputs.scenarios.map((s) => (
              <label key={s.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={scenarioIds.includes(s.id)}
                  onChange={(e) =>
                    setScenarioIds((ids) =>
                      e.target.checked ? [...ids, s.id] : ids.filter((id) => id !== s.id),
                    )
                  }
                />
                {s.scenario.name}
              </label>
            ))}
          </fieldset>
        )}
        <p role="status">
          {analysis.status === 'working'
            ? 'Preparing the report…'
            : analysis.status === 'failed'
              ? analysis.message
              : message}
        </p>
      </div>
      <header className="report-title">
        <h1>Allied health supply and demand: regional gap analysis, {cycleId}</h1>
        <p>MassHire Hampden County Workforce Board, Allied Health Work Group. Prepared {today}.</p>
        {inputs && <p>{describeCycleWindow(inputs.cycle)}.</p>}
      </header>
      {result && trend && inputs && (
        <>
          <section aria-labelledby="findings">
            <h2 id="findings">Findings</h2>
            <ul className="findings">
              {result.occupations.map((o) => (
                <li key={o.occupation}>{findingOf(o, 'shared')}</li>
              ))}
            </ul>
            <p>
              {result.programsReporting} programs and {result.employersReporting} employers reported
              for this cycle. Coverage is supply ÷ demand: up to 0.59 severe shortage, 0.60–0.90
              shortage, 0.91–1.20 balanced, 1.21–1.49 surplus, 1.50 or more large surplus.
              Employer-reported demand and published openings are two bases, shown side by side and
              never added.
            </p>
            <p className="confidentiality">
              Confidentiality: a figure drawn from fewer than 3 employers, and any total from which
              one could be worked out, reads “{SUPPRESSED_TEXT}”.
            </p>
            <DataTable caption="All occupations" table={overview(result)} />
          </section>
          {result.occupations.map((o) => (
            <div className="report-occupation" key={o.occupation}>
              <OccupationPanel occupation={o} trend={trend[o.occupation]} audience="shared" />
            </div>
          ))}
          <section className="report-section" aria-labelledby="assumptions">
            <h2 id="assumptions">Assumptions</h2>
            <Assumptions result={result} defaults={inputs.context.defaults} />
          </section>
          {result.scenarios.length > 0 && (
            <section className="report-section" aria-labelledby="scenarios">
              <h2 id="scenarios">Scenarios</h2>
              {result.scenarios.map((s) => (
                <DataTable
                  key={s.name}
                  caption={s.label}
                  table={{
                    columns: [
                      'Occupation',
                      'Demand basis',
                      'Coverage reported',
                      'Coverage in the scenario',
                      'Binding constraint in the scenario',
                    ],
                    rows: s.occupations.flatMap((so) => {
                      const name =
                        result.occupations.find((o) => o.occupation === so.occupation)?.name ??
                        so.occupation
                      return so.scenario.map((c, i) => [
                        `${name}`,
                        DEMAND_BASIS_LABELS[c.basis],
                        so.baseline[i]
                          ? protectedText(so.baseline[i].coverage, 'shared', coverageText)
                          : 'unknown',
                        protectedText(c.coverage, 'shared', coverageText),
                        so.bindingScenario,
                      ])
                    }),
                  }}
                />
              ))}
            </section>
          )}
          <section className="report-section" aria-labelledby="reporting">
            <h2 id="reporting">Reporting status</h2>
            {held && (
              <ReportingTotalsTable
                matrix={reportingMatrix(inputs.cycle, mergedRevisionsIn(inputs.cycle, held), today)}
              />
            )}
          </section>
        </>
      )}
    </main>
  )
}

function overview(result: AnalysisResult) {
  return {
    columns: [
      'Occupation',
      'Supply',
      ...result.occupations[0]!.comparisons.flatMap((c) => [
        `${DEMAND_BASIS_LABELS[c.basis]}`,
        `Coverage and band (${c.basis === 'published-openings' ? 'published openings' : 'employer-reported'})`,
      ]),
    ],
    rows: result.occupations.map((o) => [
      o.name,
      figureText(o.supply.value),
      ...o.comparisons.flatMap((c) => [
        protectedText(c.demand, 'shared', figureText),
        c.coverage.protection !== 'none'
          ? SUPPRESSED_TEXT
          : c.band.value === null
            ? 'unknown'
            : `${coverageText(c.coverage.value)}, ${BAND_LABELS[c.band.value]}`,
      ]),
    ]),
  }
}

function Assumptions({
  result,
  defaults,
}: {
  result: AnalysisResult
  defaults:
    | {
        passShare?: number | undefined
        placementShare?: number | undefined
        inRegionShare?: number | undefined
        source?: string | undefined
      }
    | undefined
}) {
  const assumed = result.occupations.flatMap((o) => o.assumed.map((a) => `${o.name}: ${a}`))
  const share = (v: number | undefined) =>
    v === undefined ? 'none (figures needing it are unknown)' : coverageText(v)
  return (
    <>
      <p>
        Board defaults, used only where a program reported no data for a share
        {defaults?.source ? ` (${defaults.source})` : ''}: first-attempt pass share{' '}
        {share(defaults?.passShare)}, placement share {share(defaults?.placementShare)}, in-region
        share {share(defaults?.inRegionShare)}.
      </p>
      {assumed.length === 0 ? (
        <p>No default share feeds any figure of this cycle: every share is from reported data.</p>
      ) : (
        <ul>
          {assumed.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ul>
      )}
      <p>
        Expected completers are the programs’ own “expected completers next year” where reported,
        otherwise this year’s completers (marked estimated). Pass shares pool the last 3 academic
        years the board holds; multi-year rates are Σ numerators ÷ Σ denominators.
      </p>
    </>
  )
}
