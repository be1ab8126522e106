// The review receipts the board issued for the revisions of one period: when, by whom, about
// which revision and what they said; each file can be saved again to send it once more.
import { receiptFileName } from '../../../shared/intake/receipt'
import { receipts } from '../../db/app-data'
import type { HeldSubmission } from '../../db/board-records'
import { useIssuedReceipts } from '../../db/receipt-hooks'
import { platform } from '../../platform'
import { RECEIPT_FILTER } from './IssueReceiptDialog'

export function IssuedReceipts({
  revisions,
  onMessage,
}: {
  revisions: readonly HeldSubmission[]
  onMessage: (message: string) => void
}) {
  const issued = useIssuedReceipts(revisions.map((r) => r.id))
  if (!issued || issued.length === 0) return null
  const period = revisions[0]?.period.label ?? ''
  return (
    <table className="data-table" aria-label={`Receipts issued for ${period}`}>
      <thead>
        <tr>
          <th scope="col">Issued</th>
          <th scope="col">Revision</th>
          <th scope="col">Answer</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {issued.map((r) => {
          const { receipt } = r.file
          const name = receiptFileName(receipt)
          return (
            <tr key={r.id}>
              <td>
                {new Date(r.issuedAt).toLocaleString(undefined, {
                  dateStyle: 'medium',
                  timeStyle: 'short',
                })}{' '}
                by {r.issuedBy.name}
              </td>
              <td>r{receipt.submission.revision}</td>
              <td>
                {receipt.verdict === 'accepted' ? (
                  'Accepted'
                ) : (
                  <>
                    Has issues:
                    <ul className="reasons">
                      {receipt.questions.map((q) => (
                        <li key={`${q.sheet}!${q.cell}|${q.text}`}>
                          {q.sheet}!{q.cell}: {q.text}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </td>
              <td>
                <button
                  type="button"
                  onClick={() =>
                    void receipts
                      .issuedReceiptText(r.id)
                      .then((text) =>
                        platform.saveFile(name, new TextEncoder().encode(text), RECEIPT_FILTER),
                      )
                      .then((saved) => onMessage(saved ? `${name} saved.` : ''))
                  }
                >
                  Save the receipt file
                </button>
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
