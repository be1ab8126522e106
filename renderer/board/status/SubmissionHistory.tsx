// Every revision the board holds of one partner's report: the original file can be saved back
// out, any two revisions of one period compared cell by cell in the partner's own labels, and a
// review receipt issued for any revision.
import { useEffect, useState } from 'react'
import type { Profile } from '../../../shared/domain/profile'
import { diffRevisions, type RevisionDiff } from '../../../shared/intake/revision-diff'
import { boardData } from '../../db/app-data'
import type { HeldSubmission } from '../../db/board-records'
import { platform } from '../../platform'
import { XLSX_FILTER } from '../../platform/filters'
import type { KeyOwner } from '../../keys/key-store'
import { IssueReceiptDialog } from './IssueReceiptDialog'
import { IssuedReceipts } from './IssuedReceipts'

export function SubmissionHistory({
  held,
  title,
  profile,
  owner,
  onClose,
}: {
  held: readonly HeldSubmission[]
  title: string
  profile: Profile
  /** The board, as its key card names it. */
  owner: KeyOwner
  onClose: () => void
}) {
  const [message, setMessage] = useState('')
  const [reviewing, setReviewing] = useState<HeldSubmission | null>(null)
  const periods = [...new Set(held.map((h) => h.ratchetKey))]
  return (
    <section className="panel" aria-labelledby="history-title">
      <h2 id="history-title">{title}</h2>
      <p role="status">{message}</p>
      {periods.map((ratchetKey) => {
        const revisions = held
          .filter((h) => h.ratchetKey === ratchetKey)
          .sort((a, b) => a.revision - b.revision)
        return (
          <div key={ratchetKey}>
            <h3>{revisions[0]?.period.label}</h3>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Revision</th>
                  <th scope="col">File</th>
                  <th scope="col">Merged</th>
                  <th scope="col">SHA-256 of the file</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {revisions.map((h) => (
                  <tr key={h.id}>
                    <th scope="row">r{h.revision}</th>
                    <td>{h.fileName}</td>
                    <td>
                      {h.mergedAt.slice(0, 10)} by {h.mergedBy.name}
                    </td>
                    <td>
                      <code className="fingerprint inline">{h.fileSha256.slice(0, 16)}…</code>
                    </td>
                    <td>
                      <button
                        type="button"
                        onClick={() =>
                          void boardData
                            .originalFile(h.id)
                            .then((f) => platform.saveFile(f.fileName, f.bytes, XLSX_FILTER))
                            .then((saved) =>
                              setMessage(
                                saved ? `${h.fileName} saved, as the board received it.` : '',
                              ),
                            )
                        }
                      >
                        Save the original file
                      </button>{' '}
                      <button
                        type="button"
                        aria-label={`Issue a review receipt for revision ${h.revision} of ${h.period.label}…`}
                        onClick={() => {
                          setMessage('')
                          setReviewing(h)
                        }}
                      >
                        Issue a review receipt…
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <IssuedReceipts revisions={revisions} onMessage={setMessage} />
            {revisions.length > 1 && <CompareRevisions revisions={revisions} />}
          </div>
        )
      })}
      <div className="actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      {reviewing && (
        <IssueReceiptDialog
          held={reviewing}
          profile={profile}
          owner={owner}
          onDone={(said) => {
            setReviewing(null)
            if (said) setMessage(said)
          }}
        />
      )}
    </section>
  )
}

function CompareRevisions({ revisions }: { revisions: readonly HeldSubmission[] }) {
  const [from, setFrom] = useState(revisions.at(-2)?.id ?? '')
  const [to, setTo] = useState(revisions.at(-1)?.id ?? '')
  // The comparison shown belongs to the pair it was made for; a new pair shows "Comparing…".
  const [result, setResult] = useState<{ pair: string; diff: RevisionDiff | string } | null>(null)
  const pair = `${from}|${to}`
  const diff = result?.pair === pair ? result.diff : null

  useEffect(() => {
    let live = true
    void Promise.all([boardData.loadHeldSubmission(from), boardData.loadHeldSubmission(to)])
      .then(([a, b]) => diffRevisions(a.submission.report, b.submission.report))
      .catch((e: unknown) => (e instanceof Error ? e.message : String(e)))
      .then((d) => {
        if (live) setResult({ pair: `${from}|${to}`, diff: d })
      })
    return () => {
      live = false
    }
  }, [from, to])

  const picker = (label: string, value: string, set: (v: string) => void) => (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => set(e.target.value)}>
        {revisions.map((r) => (
          <option key={r.id} value={r.id}>
            revision {r.revision}
          </option>
        ))}
      </select>
    </label>
  )
  return (
    <div className="revision-diff">
      <div className="filters">
        {picker('Compare', from, setFrom)}
        {picker('with', to, setTo)}
      </div>
      {diff === null && <p aria-busy="true">Comparing…</p>}
      {typeof diff === 'string' && <p className="field-error">{diff}</p>}
      {diff !== null && typeof diff !== 'string' && (
        <>
          {diff.changes.length === 0 &&
            diff.rowsAdded.length === 0 &&
            diff.rowsRemoved.length === 0 && <p>No figure or explanation differs.</p>}
          {diff.rowsAdded.length > 0 && <p>Rows added: {diff.rowsAdded.join(', ')}</p>}
          {diff.rowsRemoved.length > 0 && <p>Rows removed: {diff.rowsRemoved.join(', ')}</p>}
          {diff.changes.length > 0 && (
            <table className="data-table" aria-label="Changes between the revisions">
              <thead>
                <tr>
                  <th scope="col">Cell</th>
                  <th scope="col">Row</th>
                  <th scope="col">Figure</th>
                  <th scope="col">Before</th>
                  <th scope="col">After</th>
                </tr>
              </thead>
              <tbody>
                {diff.changes.map((c) => (
                  <tr key={`${c.rowId}|${c.measure}|${c.kind}`}>
                    <td>
                      {c.at.sheet}!{c.at.cell}
                    </td>
                    <td>{c.rowLabel}</td>
                    <td>
                      {c.measureLabel}
                      {c.kind === 'explanation' ? ' (explanation)' : ''}
                    </td>
                    <td>{c.before || '(empty)'}</td>
                    <td>{c.after || '(empty)'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </div>
  )
}
