// The dry run's table: every file of the batch with its one status and its reasons, in the order
// chosen. The Merge column says what Merge does with each file: a ticked box only where Merge
// would store it (untick to leave it out, tick again to take it back), "Not merged" where it
// would not, and for two files of the batch in conflict a way to leave the wrong one out; the
// others are decided again without it. A conflict opens both submissions side by side.
import { useEffect, useState } from 'react'
import {
  IMPORT_STATUS_LABELS,
  type ImportDecision,
  type ImportStatus,
} from '../../../shared/intake/statuses'
import type { ImportStore } from './dry-run'
import type { BatchEntry } from './read-batch'
import { ConflictView } from './ConflictView'

const ROWS_PER_FRAME = 25

const TONE: Record<ImportStatus, 'ok' | 'same' | 'refused'> = {
  accepted: 'ok',
  'newer-revision': 'ok',
  identical: 'same',
  'older-revision': 'refused',
  conflict: 'refused',
  tampered: 'refused',
  'unknown-signer': 'refused',
  'key-changed': 'refused',
  'revoked-key': 'refused',
  'outside-cycle': 'refused',
  'not-a-submission': 'refused',
  unreadable: 'refused',
}

export function DryRunTable({
  entries,
  decisions,
  excluded,
  onExclude,
  store,
  disabled,
}: {
  entries: readonly BatchEntry[]
  decisions: readonly ImportDecision[]
  excluded: ReadonlySet<string>
  onExclude: (id: string, excluded: boolean) => void
  store: ImportStore
  disabled: boolean
}) {
  const [comparing, setComparing] = useState<string | null>(null)
  // Rows are laid out a screenful per frame, so that a list of hundreds never holds the window.
  const [shown, setShown] = useState(ROWS_PER_FRAME)
  useEffect(() => {
    if (shown >= entries.length) return
    const frame = requestAnimationFrame(() => setShown((n) => n + ROWS_PER_FRAME))
    return () => cancelAnimationFrame(frame)
  }, [shown, entries.length])
  const byId = new Map(decisions.map((d) => [d.file.id, d]))
  const decisionOf = (id: string) => byId.get(id)

  return (
    <table className="data-table dry-run" aria-label="Files checked">
      {/* Fixed widths: the reasons, often a paragraph, get the room; a file name wraps. */}
      <colgroup>
        <col className="col-merge" />
        <col className="col-file" />
        <col className="col-partner" />
        <col className="col-status" />
        <col />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">Merge</th>
          <th scope="col">File</th>
          <th scope="col">Partner and period</th>
          <th scope="col">Status</th>
          <th scope="col">Why</th>
        </tr>
      </thead>
      <tbody>
        {entries.slice(0, shown).map((entry) => {
          const d = decisionOf(entry.id)
          const out = excluded.has(entry.id)
          const header = d?.submission?.header
          return (
            <tr key={entry.id} className={out ? 'excluded' : undefined}>
              <td>
                <MergeChoice
                  name={entry.name}
                  decision={out ? undefined : d}
                  excluded={out}
                  disabled={disabled}
                  onExclude={(value) => onExclude(entry.id, value)}
                />
              </td>
              <th scope="row" className="file-name">
                {entry.name}
              </th>
              <td>
                {header
                  ? `${header.institution.name}, ${header.period.label}, revision ${header.revision}`
                  : ''}
              </td>
              <td>
                {out ? (
                  <span className="status-pill excluded">Excluded</span>
                ) : d ? (
                  <span className={`status-pill import-${TONE[d.status]}`} data-status={d.status}>
                    {IMPORT_STATUS_LABELS[d.status]}
                  </span>
                ) : null}
              </td>
              <td>
                {out ? (
                  <p className="hint">Left out of this import; tick the box to take it back.</p>
                ) : (
                  <>
                    <ul className="reasons">
                      {(d?.reasons ?? []).map((r, i) => (
                        <li key={i}>{r}</li>
                      ))}
                    </ul>
                    {d?.status === 'conflict' && (
                      <button
                        type="button"
                        aria-expanded={comparing === entry.id}
                        onClick={() => setComparing(comparing === entry.id ? null : entry.id)}
                      >
                        {comparing === entry.id ? 'Hide the comparison' : 'Compare side by side'}
                      </button>
                    )}
                    {d?.status === 'conflict' && comparing === entry.id && (
                      <ConflictView decision={d} decisions={decisions} store={store} />
                    )}
                  </>
                )}
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}

/** What Merge does with one file, and the one choice that changes it. */
function MergeChoice({
  name,
  decision,
  excluded,
  disabled,
  onExclude,
}: {
  name: string
  decision: ImportDecision | undefined
  excluded: boolean
  disabled: boolean
  onExclude: (excluded: boolean) => void
}) {
  if (excluded || decision?.merged) {
    return (
      <input
        type="checkbox"
        checked={!excluded}
        disabled={disabled}
        aria-label={`Merge ${name}`}
        onChange={(e) => onExclude(!e.target.checked)}
      />
    )
  }
  if (!decision) return null
  const inBatchConflict =
    decision.status === 'conflict' &&
    decision.conflictsWith !== undefined &&
    'fileId' in decision.conflictsWith
  return (
    <>
      <span className="not-merged">
        {decision.status === 'identical' ? 'No change' : 'Not merged'}
      </span>
      {inBatchConflict && (
        <button
          type="button"
          className="quiet"
          disabled={disabled}
          aria-label={`Leave ${name} out of this import`}
          onClick={() => onExclude(true)}
        >
          Leave out
        </button>
      )}
    </>
  )
}
