// The question asked before a restore replaces everything: a native modal dialog, so focus is
// trapped and Escape cancels without extra code. Focus starts on Cancel, the choice that loses
// nothing.
import { useEffect, useId, useRef } from 'react'

interface Props {
  /** The full sentence saying what is replaced and with what. */
  question: string
  onReplace: () => void
  onCancel: () => void
}

const REPLACE = 'replace'

export function ConfirmReplaceDialog({ question, onReplace, onCancel }: Props) {
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
      // Every way out (the buttons, Escape) closes the dialog; only the Replace button sets this value.
      onClose={(event) => (event.currentTarget.returnValue === REPLACE ? onReplace() : onCancel())}
    >
      <h2 id={titleId}>Replace your data with this backup?</h2>
      <p id={questionId}>{question}</p>
      <div className="dialog-actions">
        <button type="button" className="danger" onClick={() => dialogRef.current?.close(REPLACE)}>
          Replace my data
        </button>
        <button type="button" ref={cancelRef} onClick={() => dialogRef.current?.close()}>
          Cancel
        </button>
      </div>
    </dialog>
  )
}
