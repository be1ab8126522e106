// Every open problem of the period, errors first; each one jumps to its cell.
import type { Finding } from '../../shared/rules'

interface Props {
  findings: readonly Finding[]
  missingCount: number
  onJump: (rowId: string, measure: string) => void
}

export function ProblemsPanel({ findings, missingCount, onJump }: Props) {
  const errors = findings.filter((f) => f.level === 'error')
  const warnings = findings.filter((f) => f.level === 'warning' && !f.explained)
  const explained = findings.filter((f) => f.level === 'warning' && f.explained)
  const open = [...errors, ...warnings]

  return (
    <section className="panel problems" aria-labelledby="problems-heading">
      <h2 id="problems-heading">
        Problems{' '}
        <span className="count">{open.length === 0 ? 'none open' : `${open.length} open`}</span>
      </h2>
      <p className="hint">
        Errors must be corrected before you export. Warnings need a short explanation, kept with the
        figure.
        {missingCount > 0 &&
          ` ${missingCount} required figure${missingCount === 1 ? ' is' : 's are'} still empty.`}
      </p>
      {open.length > 0 && (
        <ul className="problem-list">
          {open.map((f) => (
            <li key={`${f.rule}-${f.rowId}-${f.measure}`} className={f.level}>
              <span className="problem-level">
                {f.level === 'error' ? 'Error' : 'Needs explanation'}
              </span>
              <span className="problem-message">{f.message}</span>
              <button type="button" onClick={() => onJump(f.rowId, f.measure)}>
                Go to cell
              </button>
            </li>
          ))}
        </ul>
      )}
      {explained.length > 0 && (
        <p className="hint">
          {explained.length} warning{explained.length === 1 ? ' is' : 's are'} explained.
        </p>
      )}
    </section>
  )
}
