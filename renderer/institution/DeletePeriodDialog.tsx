// The question asked before a period is deleted: a native modal dialog, so focus moves into it
// and stays there and Escape cancels. Focus starts on Cancel, the choice that loses nothing.
// For a period already sent, it says plainly that the board keeps what it received.
import { useEffect, useId, useRef } from 'react'
import type { ReportingPeriod } from '../../shared/reports/draft'

interface Props {
  rp: ReportingPeriod
  /** The highest revision sent to the board; 0 when none was. */
  sentRevision: number
  onDelete: () => void
  onCancel: () => void
}

const DELETE = 'delete'

export function DeletePeriodDialog({ rp, sentRevision, onDelete, onCancel }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const cancelRef = useRef<HTMLButtonElement>(null)
  const titleId = useId()
  const bodyId = useId()
  const label = rp.period.label

  useEffect(() => {
    const dialog = dialogRef.current
    // Under StrictMode the effect runs twice; showModal on an open dialog would throw.
    if (dialog && !dialog.open) dialog.showModal()
    cancelRef.current?.focus()
  }, [])

  const rows = rp.kind === 'education' ? 'programs' : 'occupations'
  return (
    <dialog
      ref={dialogRef}
      className="confirm-dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onClose={(event) => (event.currentTarget.returnValue === DELETE ? onDelete() : onCancel())}
    >
      <h2 id={titleId}>Delete {label}?</h2>
      <div id={bodyId}>
        <p>
          Every figure and explanation entered for {label} is deleted from this computer, with its
          export history. Your {rows} stay, for other periods. This cannot be undone; save a backup
          first if you may need the figures.
        </p>
        {sentRevision > 0 && (
          <p className="dialog-warning">
            <strong>
              The board already holds revision {sentRevision} of {label} from you.
            </strong>{' '}
            Deleting it here does not withdraw it: the board keeps those figures. If you start{' '}
            {label} again, its next export will be revision {sentRevision + 1} and will replace them
            at the board.
          </p>
        )}
      </div>
      <div className="dialog-actions">
        <button type="button" className="danger" onClick={() => dialogRef.current?.close(DELETE)}>
          Delete {label}
        </button>
        <button type="button" ref={cancelRef} onClick={() => dialogRef.current?.close()}>
          Cancel
        </button>
      </div>
    </dialog>
  )
}
