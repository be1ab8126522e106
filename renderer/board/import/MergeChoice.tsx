// The dry run's Merge column for one file: it tells the truth about what Merge does with it. A
// ticked box only where Merge would store the file (untick to leave it out; an excluded file
// keeps an unticked box to take it back); "Not merged" (or "No change" for a file already held)
// where it would not, with no box, since ticking could change nothing; and for a file in
// conflict with another of the batch, a button to leave it out so the other can be merged.
import type { ImportDecision } from '../../../shared/intake/statuses'

/** What Merge does with one file, and the one choice that changes it. */
export function MergeChoice({
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
