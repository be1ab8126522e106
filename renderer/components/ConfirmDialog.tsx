// A yes-or-no question before something is replaced or deleted: a native modal dialog, so focus
// is trapped and Escape cancels. Focus starts on Cancel, the choice that loses nothing.
import { useEffect, useId, useRef } from 'react'

interface Props {
  title: string
  /** The full sentence saying what is lost and what takes its place. */
  question: string
  confirm: string
  onConfirm: () => void
  onCancel: () => void
}

const CONFIRMED = 'confirmed'

export function ConfirmDialog({ title, question, confirm, onConfirm, onCancel }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const cancelRef = useRef<HTMLButtonElement>(null)
  const titleId = useId()
  const questionId = useId()

  useEffect(() => {
    const dialog = dialogRef.current
    // Under StrictMode the effect runs twice; showModal on an open dialog would throw.
    if (dialog && !dialog.open) dialog.showModal()
    cancelRef.current?.focus()
  }, [])

  return (
    <dialog
      ref={dialogRef}
      className="confirm-dialog"
      aria-labelledby={titleId}
      aria-describedby={questionId}
      // Every way out (the buttons, Escape) closes the dialog; only the confirm button sets this.
      onClose={(event) =>
        event.currentTarget.returnValue === CONFIRMED ? onConfirm() : onCancel()
      }
    >
      <h2 id={titleId}>{title}</h2>
      <p id={questionId}>{question}</p>
      <div className="dialog-actions">
        <button
          type="button"
          className="danger"
          onClick={() => dialogRef.current?.close(CONFIRMED)}
        >
          {confirm}
        </button>
        <button type="button" ref={cancelRef} onClick={() => dialogRef.current?.close()}>
          Cancel
        </button>
      </div>
    </dialog>
  )
}
