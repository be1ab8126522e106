// The review receipts the board issues: each signed with the board's key for one held
// submission, stored so that staff see what they answered (when, by whom, which), and given back
// as the file to send the partner.
import { issueReceipt, receiptText, type BoardSigner } from '../../shared/intake/receipt'
import type { StaffMember } from '../../shared/intake/audit'
import { questionAbout } from '../../shared/intake/receipt-figures'
import type { InstitutionId } from '../../shared/domain/ids'
import { IssuedReceipt } from './board-records'
import { loadHeldSubmission } from './board-repository'
import type { AppDatabase } from './database'

export interface ReceiptAnswer {
  readonly verdict: 'accepted' | 'has-issues'
  /** Each tied to one figure of the submission; none when accepted. */
  readonly questions: readonly { rowId: string; measure: string; text: string }[]
}

/** The board that signs: who it is (as on its key card) and its key. */
export interface ReceiptIssuer {
  readonly board: { readonly id: InstitutionId; readonly name: string }
  readonly signer: BoardSigner
  readonly staff: StaffMember
}

/**
 * Signs a receipt for the held submission `heldId` and stores it. The submission is read back
 * from its evidence (its signature checked again), so a question's sheet and cell are where that
 * very submission's workbook shows the figure.
 */
export async function issueReviewReceipt(
  db: AppDatabase,
  heldId: string,
  answer: ReceiptAnswer,
  issuer: ReceiptIssuer,
  now = new Date(),
): Promise<IssuedReceipt> {
  const { held, submission } = await loadHeldSubmission(db, heldId)
  const questions =
    answer.verdict === 'accepted'
      ? []
      : answer.questions.map((q) => questionAbout(submission.report, q))
  const file = await issueReceipt(
    {
      board: issuer.board,
      submission: {
        submissionId: held.submissionId,
        institution: { id: held.institutionId, name: held.institutionName },
        role: held.kind,
        period: held.period,
        revision: held.revision,
        payloadHash: held.payloadHash,
      },
      verdict: answer.verdict,
      questions,
      issuedAt: now.toISOString(),
    },
    issuer.signer,
  )
  const record = IssuedReceipt.parse({
    id: crypto.randomUUID(),
    heldId,
    file,
    issuedAt: now.toISOString(),
    issuedBy: issuer.staff,
  })
  await db.issuedReceipts.add(record)
  return record
}

/** The receipts issued for these held submissions, oldest first. */
export async function listIssuedReceipts(
  db: AppDatabase,
  heldIds: readonly string[],
): Promise<IssuedReceipt[]> {
  const rows = await db.issuedReceipts.where('heldId').anyOf(heldIds).toArray()
  return rows
    .map((r) => IssuedReceipt.parse(r))
    .sort((a, b) => a.issuedAt.localeCompare(b.issuedAt) || a.id.localeCompare(b.id))
}

/** The file of an issued receipt, to send (again) to the partner. */
export async function issuedReceiptText(db: AppDatabase, id: string): Promise<string> {
  const row = await db.issuedReceipts.get(id)
  if (!row) throw new Error('The board holds no such receipt.')
  return receiptText(IssuedReceipt.parse(row).file)
}
