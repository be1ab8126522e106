// After a paste, every value the grid refused, each with its cell, the text as it came from
// the clipboard and what to do; the grid marks the same cells. The status line names only the
// first few: this list has them all.
import type { MeasureDef } from '../../shared/reports/measures'
import type { CellAddress, PasteReport } from '../grid/types'

interface Props {
  report: PasteReport
  measures: readonly MeasureDef[]
  rowLabel: (rowId: string) => string
  onJump: (cell: CellAddress) => void
  onDismiss: () => void
}

export function PasteRefusals({ report, measures, rowLabel, onJump, onDismiss }: Props) {
  const labelOf = new Map(measures.map((m) => [m.key, m.label]))
  const count = report.rejected.length
  return (
    <section className="panel paste-refusals" aria-labelledby="paste-refusals-heading">
      <h2 id="paste-refusals-heading">
        {count === 1 ? '1 pasted value was not taken' : `${count} pasted values were not taken`}
      </h2>
      <p className="hint">
        Those cells kept what they had and are marked with a dashed frame. Correct the value in the
        cell, or paste again from a corrected copy.
      </p>
      <ul className="problem-list">
        {report.rejected.map((cell) => (
          <li key={`${cell.rowId}-${cell.key}`} className="error">
            <span className="problem-level">
              {labelOf.get(cell.key) ?? cell.key}, {rowLabel(cell.rowId)}
            </span>
            <span className="problem-message">{cell.reason}</span>
            <button type="button" onClick={() => onJump(cell)}>
              Go to cell
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="link" onClick={onDismiss}>
        Close this list
      </button>
    </section>
  )
}
