// A partner's side of review receipts: the board key cards it holds (imported from the file the
// board sent, through the strict key card reader) and the receipts it imported, each verified
// against those cards and checked against the periods and revisions this computer sent.
import { readKeyCard, type KeyCard } from '../../shared/crypto/key-card'
import type { InstitutionId, KeyId } from '../../shared/domain/ids'
import { periodKey } from '../../shared/domain/periods'
import { readReceipt, type ReceiptPayload } from '../../shared/intake/receipt'
import { BoardKeyCardRecord, ReceivedReceipt } from './board-records'
import type { AppDatabase } from './database'
import { ExportRecord } from './export-record'
import { RevisionMark } from './revision-mark'

export type BoardCardOutcome =
  | { readonly ok: true; readonly card: KeyCard; readonly already: boolean }
  | { readonly ok: false; readonly problem: string }

/** Board key cards held, in the order they were added. */
export async function listBoardKeyCards(db: AppDatabase): Promise<BoardKeyCardRecord[]> {
  const rows = await db.boardKeyCards.toArray()
  return rows
    .map((r) => BoardKeyCardRecord.parse(r))
    .sort((a, b) => a.addedAt.localeCompare(b.addedAt))
}

/**
 * Adds a board's key card from a file someone sent. Refuses what is not a key card, and a card
 * of this computer's own institution or of a partner the directory knows is not a board: its
 * signature on a receipt would mean nothing.
 */
export async function importBoardKeyCard(
  db: AppDatabase,
  text: string,
  myInstitution: InstitutionId,
  now = new Date(),
): Promise<BoardCardOutcome> {
  const read = await readKeyCard(text)
  if (!read.ok) return { ok: false, problem: read.problem }
  const { card } = read
  if (card.institution.id === myInstitution) {
    return {
      ok: false,
      problem: `This is the key card of your own institution (${card.institution.name}), not the board’s. Import the key card the board sent you.`,
    }
  }
  const known = await db.institutions.get(card.institution.id)
  if (known && known.kind !== 'workforce-board') {
    return {
      ok: false,
      problem: `This is the key card of ${card.institution.name}, which is not a workforce board. Import the key card the board sent you.`,
    }
  }
  return db.transaction('rw', db.boardKeyCards, async () => {
    if (await db.boardKeyCards.get(card.fingerprint)) return { ok: true, card, already: true }
    await db.boardKeyCards.add(
      BoardKeyCardRecord.parse({ fingerprint: card.fingerprint, card, addedAt: now.toISOString() }),
    )
    return { ok: true, card, already: false }
  })
}

export async function removeBoardKeyCard(db: AppDatabase, fingerprint: KeyId): Promise<void> {
  await db.boardKeyCards.delete(fingerprint)
}

export type ReceiptImport =
  | {
      readonly ok: true
      readonly receipt: ReceiptPayload
      readonly boardName: string
      /** The same receipt was imported before: nothing changed. */
      readonly already: boolean
    }
  | { readonly ok: false; readonly problem: string }

const refuse = (why: string): ReceiptImport => ({
  ok: false,
  problem: `This receipt cannot be used: ${why}.`,
})

/**
 * Imports a receipt file: read with the strict receipt reader and verified against the board key
 * cards held, for `institutionId`; then it must be about a period this computer holds for that
 * institution, of the same kind, and a revision it sent. Nothing is stored when it is refused.
 */
export async function importReceipt(
  db: AppDatabase,
  text: string,
  institutionId: InstitutionId,
  now = new Date(),
): Promise<ReceiptImport> {
  const cards = (await listBoardKeyCards(db)).map((r) => r.card)
  const read = await readReceipt(text, cards, institutionId)
  if (!read.ok) return { ok: false, problem: read.problem }
  const { receipt, boardName, file } = read
  const { submission } = receipt
  const periodId = periodKey(submission.period)
  // The signature is unique to the receipt: importing the same file twice stores it once.
  const id = `${periodId}#${file.signature}`
  return db.transaction(
    'rw',
    [db.periods, db.exports, db.revisions, db.receivedReceipts],
    async (): Promise<ReceiptImport> => {
      const rp = await db.periods.get(periodId)
      if (!rp || rp.institutionId !== institutionId || rp.kind !== submission.role) {
        return refuse(
          `it is about ${submission.period.label}, a period this computer does not hold for you`,
        )
      }
      const markRow = await db.revisions.get([institutionId, periodId])
      const sentUpTo = markRow ? RevisionMark.parse(markRow).revision : 0
      if (submission.revision > sentUpTo) {
        return refuse(
          sentUpTo === 0
            ? `it is about revision ${submission.revision} of ${submission.period.label}, and this computer has not sent that period`
            : `it is about revision ${submission.revision} of ${submission.period.label}, and this computer has sent up to revision ${sentUpTo}`,
        )
      }
      const sent = await db.exports.get(`${periodId}#${submission.revision}`)
      if (sent && ExportRecord.parse(sent).submissionId !== submission.submissionId) {
        return refuse(
          `it is about a revision ${submission.revision} of ${submission.period.label} that is not the one this computer sent`,
        )
      }
      if (await db.receivedReceipts.get(id)) return { ok: true, receipt, boardName, already: true }
      await db.receivedReceipts.add(
        ReceivedReceipt.parse({
          id,
          institutionId,
          periodId,
          file,
          importedAt: now.toISOString(),
        }),
      )
      return { ok: true, receipt, boardName, already: false }
    },
  )
}

export interface PeriodReceipt {
  readonly receipt: ReceiptPayload
  /** As the board's key card names it, when the card is still held; else as the receipt does. */
  readonly boardName: string
  readonly importedAt: string
}

export interface PeriodReview {
  /** Newest issued first. */
  readonly receipts: readonly PeriodReceipt[]
  /** The highest revision of the period this computer has sent; 0 before the first. */
  readonly latestSent: number
}

/** The receipts received for one period, and the latest revision sent. */
export async function periodReview(
  db: AppDatabase,
  institutionId: InstitutionId,
  periodId: string,
): Promise<PeriodReview> {
  return db.transaction('r', db.receivedReceipts, db.boardKeyCards, db.revisions, async () => {
    const rows = await db.receivedReceipts
      .where('[institutionId+periodId]')
      .equals([institutionId, periodId])
      .toArray()
    const cards = new Map(
      (await db.boardKeyCards.toArray()).map((c) => [c.fingerprint, c.card.institution.name]),
    )
    const receipts = rows
      .map((r) => ReceivedReceipt.parse(r))
      .map((r) => ({
        receipt: r.file.receipt,
        boardName: cards.get(r.file.receipt.keyId) ?? r.file.receipt.board.name,
        importedAt: r.importedAt,
      }))
      .sort((a, b) => b.receipt.issuedAt.localeCompare(a.receipt.issuedAt))
    const mark = await db.revisions.get([institutionId, periodId])
    return { receipts, latestSent: mark ? RevisionMark.parse(mark).revision : 0 }
  })
}
