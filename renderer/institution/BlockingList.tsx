// Every reason a report cannot be exported yet, each with a way to where it is fixed: the cell
// for a figure, the Programs (or Occupations) tab for a row's own fields or an empty report.
import { measuresFor } from '../../shared/reports/schemas'
import type { ReportingPeriod } from '../../shared/reports/draft'
import type { Finding } from '../../shared/rules'

export interface GoTo {
  cell: (rowId: string, measure: string) => void
  rows: () => void
}

function kindOf(f: Finding): string {
  if (f.rule === 'report-empty') return 'Nothing to send'
  if (f.rule === 'required-missing') return 'Required figure empty'
  return f.level === 'error' ? 'Error' : 'Needs an explanation'
}

export function BlockingList({
  rp,
  findings,
  goTo,
}: {
  rp: ReportingPeriod
  findings: readonly Finding[]
  goTo: GoTo
}) {
  const measures = new Set(measuresFor(rp.kind).map((m) => m.key))
  const rowsTab = rp.kind === 'education' ? 'Programs' : 'Occupations'
  return (
    <ul className="problem-list blocking-list">
      {findings.map((f) => {
        const inGrid = rp.rowIds.includes(f.rowId) && measures.has(f.measure)
        return (
          <li key={`${f.rule}-${f.rowId}-${f.measure}`} className={f.level}>
            <span className="problem-level">{kindOf(f)}</span>
            <span className="problem-message">{f.message}</span>
            {inGrid ? (
              <button type="button" onClick={() => goTo.cell(f.rowId, f.measure)}>
                Go to cell
              </button>
            ) : (
              <button type="button" onClick={goTo.rows}>
                Open {rowsTab}
              </button>
            )}
          </li>
        )
      })}
    </ul>
  )
}
