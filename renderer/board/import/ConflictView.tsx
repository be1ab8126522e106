// A conflict, side by side: the file's figures against those of what it conflicts with (the
// revision the board holds, or another file of this batch), every difference at its cell in the
// partner's own labels (diffRevisions).
import { useEffect, useState } from 'react'
import { diffRevisions, type RevisionDiff } from '../../../shared/intake/revision-diff'
import type { ImportDecision } from '../../../shared/intake/statuses'
import type { Submission } from '../../../shared/submission/payload'
import type { ImportStore } from './dry-run'

type Other = { name: string; submission: Submission | undefined }

export function ConflictView({
  decision,
  decisions,
  store,
}: {
  decision: ImportDecision
  decisions: readonly ImportDecision[]
  store: ImportStore
}) {
  const against = decision.conflictsWith
  const inBatch =
    against && 'fileId' in against
      ? {
          name: against.fileName,
          submission: decisions.find((d) => d.file.id === against.fileId)?.submission,
        }
      : undefined
  const [held, setHeld] = useState<Other | undefined>()

  useEffect(() => {
    if (!against || !('held' in against) || !decision.ratchetKey) return
    let live = true
    void store
      .heldSubmission(decision.ratchetKey, against.held.revision)
      .then(
        (submission) => live && setHeld({ name: `${against.held.fileName} (merged)`, submission }),
      )
    return () => {
      live = false
    }
  }, [against, decision.ratchetKey, store])

  const other = inBatch ?? held
  const mine = decision.submission
  if (!other) return <p className="hint">Reading what it conflicts with…</p>
  if (!mine || !other.submission) {
    return <p className="finding error">The other submission could not be read back to compare.</p>
  }
  const diff: RevisionDiff = diffRevisions(other.submission.report, mine.report)
  return (
    <table
      className="data-table conflict"
      aria-label={`${decision.file.name} beside ${other.name}`}
    >
      <thead>
        <tr>
          <th scope="col">Cell</th>
          <th scope="col">Figure</th>
          <th scope="col">{other.name}</th>
          <th scope="col">{decision.file.name}</th>
        </tr>
      </thead>
      <tbody>
        {diff.changes.map((c) => (
          <tr key={`${c.at.sheet}!${c.at.cell}|${c.kind}`}>
            <td>
              {c.at.sheet}!{c.at.cell}
            </td>
            <td>
              {c.rowLabel}: {c.measureLabel}
              {c.kind === 'explanation' ? ' (explanation)' : ''}
            </td>
            <td>{c.before || '—'}</td>
            <td>{c.after || '—'}</td>
          </tr>
        ))}
        {diff.rowsAdded.map((r) => (
          <tr key={`+${r}`}>
            <td colSpan={2}>{r}</td>
            <td>—</td>
            <td>added</td>
          </tr>
        ))}
        {diff.rowsRemoved.map((r) => (
          <tr key={`-${r}`}>
            <td colSpan={2}>{r}</td>
            <td>present</td>
            <td>removed</td>
          </tr>
        ))}
        {diff.changes.length + diff.rowsAdded.length + diff.rowsRemoved.length === 0 && (
          <tr>
            <td colSpan={4}>The figures are the same; the files differ in their header only.</td>
          </tr>
        )}
      </tbody>
    </table>
  )
}
