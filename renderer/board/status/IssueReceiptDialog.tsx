// The board's answer to one held submission: accepted, or has issues with questions each tied
// to a figure of that submission (named as the partner's workbook shows it, "Outcomes!C4"). It
// is signed with the board's key, kept, and saved as the file to send the partner. A native
// modal <dialog>: the browser keeps focus inside it and Escape closes it.
import { useEffect, useId, useRef, useState } from 'react'
import type { Profile } from '../../../shared/domain/profile'
import { figureChoices, type FigureChoice } from '../../../shared/intake/receipt-figures'
import { receiptFileName, receiptText } from '../../../shared/intake/receipt'
import { boardData, issueBoardReceipt } from '../../db/app-data'
import type { HeldSubmission } from '../../db/board-records'
import type { KeyOwner } from '../../keys/key-store'
import { useSigningKey } from '../../keys/useSigningKey'
import { platform } from '../../platform'

export const RECEIPT_FILTER = [{ name: 'Allied Pipeline review receipt', extensions: ['json'] }]

interface Question {
  readonly id: number
  /** `${rowId}|${measure}`, or '' before a figure is chosen. */
  readonly figure: string
  readonly text: string
}

const figureValue = (c: FigureChoice) => `${c.rowId}|${c.measure}`

export function IssueReceiptDialog({
  held,
  profile,
  owner,
  onDone,
}: {
  held: HeldSubmission
  profile: Profile
  owner: KeyOwner
  /** Closed; with the sentence to show when a receipt was issued. */
  onDone: (message: string) => void
}) {
  const dialog = useRef<HTMLDialogElement>(null)
  // What to tell the history once the dialog has closed (the close event comes after close()).
  const outcome = useRef('')
  const id = useId()
  const key = useSigningKey(profile.institutionId)
  const [choices, setChoices] = useState<FigureChoice[] | string | null>(null)
  const [verdict, setVerdict] = useState<'accepted' | 'has-issues'>('accepted')
  const [questions, setQuestions] = useState<Question[]>([{ id: 1, figure: '', text: '' }])
  const [problem, setProblem] = useState('')
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    dialog.current?.showModal()
    let live = true
    void boardData
      .loadHeldSubmission(held.id)
      .then(({ submission }) => figureChoices(submission.report))
      .catch((e: unknown) => (e instanceof Error ? e.message : String(e)))
      .then((c) => live && setChoices(c))
    return () => {
      live = false
    }
  }, [held.id])

  const about = `${held.institutionName}, ${held.period.label}, revision ${held.revision}`
  const rows = Array.isArray(choices) ? [...new Set(choices.map((c) => c.rowLabel))] : []
  const update = (qid: number, change: Partial<Question>) =>
    setQuestions((qs) => qs.map((q) => (q.id === qid ? { ...q, ...change } : q)))

  async function issue() {
    const asked = questions.filter((q) => q.figure !== '' || q.text.trim() !== '')
    if (verdict === 'has-issues') {
      if (asked.length === 0) return setProblem('Ask at least one question, or choose Accepted.')
      const incomplete = asked.findIndex((q) => q.figure === '' || q.text.trim() === '')
      if (incomplete >= 0) {
        return setProblem(
          `Question ${incomplete + 1}: choose the figure it is about and write the question.`,
        )
      }
    }
    setBusy(true)
    setProblem('')
    try {
      const issued = await issueBoardReceipt(profile, owner, held.id, {
        verdict,
        questions:
          verdict === 'accepted'
            ? []
            : asked.map((q) => {
                const [rowId = '', measure = ''] = q.figure.split('|')
                return { rowId, measure, text: q.text.trim() }
              }),
      })
      const name = receiptFileName(issued.file.receipt)
      const saved = await platform.saveFile(
        name,
        new TextEncoder().encode(receiptText(issued.file)),
        RECEIPT_FILTER,
      )
      outcome.current = saved
        ? `Receipt signed and saved as ${name}. Send it to ${held.institutionName}.`
        : 'Receipt signed and kept; it was not saved to a file. Save it from the list of receipts.'
      dialog.current?.close()
    } catch (error) {
      setProblem(
        `The receipt was not issued: ${error instanceof Error ? error.message : String(error)}`,
      )
    } finally {
      setBusy(false)
    }
  }

  return (
    <dialog
      ref={dialog}
      aria-labelledby={`${id}-title`}
      className="confirm-dialog receipt-dialog"
      onClose={() => onDone(outcome.current)}
    >
      <h2 id={`${id}-title`}>Review receipt: {about}</h2>
      <p className="hint">
        The receipt is signed with the board’s key and saved as a file to e-mail the partner. Their
        app shows your answer on the period, and each question beside the cell it is about.
      </p>
      {key === null && (
        <p className="dialog-warning">
          The board has no signing key yet: issuing this receipt makes one. Save its key card in
          Settings and send it to every partner, or they cannot check the receipt.
        </p>
      )}
      <fieldset className="verdict">
        <legend>The board’s answer</legend>
        <label>
          <input
            type="radio"
            name={`${id}-verdict`}
            checked={verdict === 'accepted'}
            onChange={() => setVerdict('accepted')}
          />{' '}
          Accepted
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-verdict`}
            checked={verdict === 'has-issues'}
            onChange={() => setVerdict('has-issues')}
          />{' '}
          Has issues: ask the partner about figures
        </label>
      </fieldset>
      {verdict === 'has-issues' && typeof choices === 'string' && (
        <p className="field-error">{choices}</p>
      )}
      {verdict === 'has-issues' && choices === null && <p aria-busy="true">Reading the figures…</p>}
      {verdict === 'has-issues' && Array.isArray(choices) && (
        <ol className="receipt-questions">
          {questions.map((q, i) => (
            <li key={q.id}>
              <label>
                Figure of question {i + 1}
                <select value={q.figure} onChange={(e) => update(q.id, { figure: e.target.value })}>
                  <option value="">Choose the figure…</option>
                  {rows.map((row) => (
                    <optgroup key={row} label={row}>
                      {choices
                        .filter((c) => c.rowLabel === row)
                        .map((c) => (
                          <option key={figureValue(c)} value={figureValue(c)}>
                            {c.rowLabel} · {c.measureLabel} ({c.at.sheet}!{c.at.cell}:{' '}
                            {c.shown || 'empty'})
                          </option>
                        ))}
                    </optgroup>
                  ))}
                </select>
              </label>
              <label>
                Question {i + 1}
                <textarea
                  rows={2}
                  maxLength={1000}
                  value={q.text}
                  placeholder="For example: 18 passes of 15 takers?"
                  onChange={(e) => update(q.id, { text: e.target.value })}
                />
              </label>
              {questions.length > 1 && (
                <button
                  type="button"
                  className="quiet"
                  onClick={() => setQuestions((qs) => qs.filter((x) => x.id !== q.id))}
                >
                  Remove question {i + 1}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      {verdict === 'has-issues' && Array.isArray(choices) && (
        <button
          type="button"
          onClick={() =>
            setQuestions((qs) => [
              ...qs,
              { id: Math.max(0, ...qs.map((q) => q.id)) + 1, figure: '', text: '' },
            ])
          }
        >
          Add another question
        </button>
      )}
      <p role="alert" className="field-error">
        {problem}
      </p>
      <div className="dialog-actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void issue()}>
          Sign and save the receipt…
        </button>
        <button type="button" onClick={() => dialog.current?.close()}>
          Cancel
        </button>
      </div>
    </dialog>
  )
}
