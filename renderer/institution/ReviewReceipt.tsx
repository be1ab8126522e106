// What the board answered about this period, from the review receipts imported: the latest in
// one sentence ("Accepted by … on 12 Oct 2026, revision 2" or "… has 2 questions about revision
// 2"), each question with the cell it is about (a button that goes to the cell), and earlier
// receipts below. A receipt about an older revision than the last one sent says so.
import { receiptSummary } from '../../shared/intake/receipt'
import { measuresFor, type ReportKind } from '../../shared/reports/schemas'
import type { PeriodReview } from '../db/received-receipt-repository'

const wordingHere = () => ({
  locale: typeof navigator === 'undefined' ? undefined : navigator.language,
  timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
})

export function ReviewReceipt({
  review,
  kind,
  rowLabel,
  onGoToCell,
}: {
  review: PeriodReview
  kind: ReportKind
  rowLabel: (rowId: string) => string
  onGoToCell: (rowId: string, measure: string) => void
}) {
  const [latest, ...earlier] = review.receipts
  if (!latest) return null
  const { receipt, boardName } = latest
  const revision = receipt.submission.revision
  const measures = measuresFor(kind)
  const measureLabel = (key: string) => measures.find((m) => m.key === key)?.label ?? key
  return (
    <section className={`review-receipt ${receipt.verdict}`} aria-labelledby="review-receipt-title">
      <h2 id="review-receipt-title" className="visually-hidden">
        The board’s review
      </h2>
      <p className="review-summary" data-testid="review-summary">
        {receiptSummary(receipt, { boardName, ...wordingHere() })}.
      </p>
      {revision < review.latestSent && (
        <p className="hint">
          This receipt is about revision {revision}; you have since sent revision{' '}
          {review.latestSent}.
        </p>
      )}
      {receipt.questions.length > 0 && (
        <ol className="review-questions" aria-label={`Questions from ${boardName}`}>
          {receipt.questions.map((q) => (
            <li key={`${q.rowId}|${q.measure}|${q.text}`}>
              <button type="button" className="link" onClick={() => onGoToCell(q.rowId, q.measure)}>
                {q.sheet}!{q.cell} · {rowLabel(q.rowId)}, {measureLabel(q.measure)}
              </button>
              : {q.text}
            </li>
          ))}
        </ol>
      )}
      {earlier.length > 0 && (
        <details>
          <summary>Earlier receipts ({earlier.length})</summary>
          <ul>
            {earlier.map((r) => (
              <li key={`${r.receipt.keyId}|${r.receipt.issuedAt}`}>
                {receiptSummary(r.receipt, { boardName: r.boardName, ...wordingHere() })}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  )
}
