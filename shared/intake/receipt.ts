// A review receipt: the board's signed answer to one submission it merged, "accepted" or "has
// issues" with questions tied to sheet and cell. Staff issue it; the partner imports the file,
// their app checks the board's signature against the board's key card they hold, and the
// period shows the answer (and each question beside its cell). A small JSON file, signed like a
// key card's replacement statement: Ed25519 over the RFC 8785 form of the payload.
import { z } from 'zod'
import { fromBase64, toBase64 } from '../crypto/bytes'
import { canonicalBytes } from '../crypto/canonical'
import { KEY_CARD_FORMAT, type KeyCard } from '../crypto/key-card'
import {
  PUBLIC_KEY_BYTES,
  SIGNATURE_BYTES,
  fingerprint,
  formatFingerprint,
  type SigningKey,
} from '../crypto/keys'
import { sign, verify } from '../crypto/sign'
import { parseUntrustedJson } from '../crypto/untrusted-json'
import { InstitutionId, KeyId, SubmissionId } from '../domain/ids'
import { Period, periodKey } from '../domain/periods'
import { ReportKind } from './cycle'

export const RECEIPT_FORMAT = 'allied-pipeline-review-receipt'
export const RECEIPT_VERSION = 1
/** A receipt with a few dozen questions is a few KB; anything far larger is not one. */
export const MAX_RECEIPT_CHARS = 256 * 1024

const Timestamp = z.iso.datetime({ offset: true })
const Base64Of = (bytes: number) =>
  z
    .string()
    .max(200)
    .refine((text) => {
      try {
        return fromBase64(text).length === bytes
      } catch {
        return false
      }
    }, `must be ${bytes} bytes in base64`)

export const ReceiptQuestion = z.strictObject({
  /** Program id or occupation id, so the partner's app can put the question beside the cell. */
  rowId: z.string().min(1).max(64),
  measure: z.string().min(1).max(64),
  /** Where the figure sits in the partner's workbook: "Outcomes" and "C4". */
  sheet: z.string().min(1).max(31),
  cell: z.string().regex(/^[A-Z]{1,3}[1-9]\d{0,6}$/),
  text: z.string().trim().min(1).max(1000),
})
export type ReceiptQuestion = z.infer<typeof ReceiptQuestion>

export const ReceiptPayload = z
  .strictObject({
    format: z.literal(RECEIPT_FORMAT),
    version: z.literal(RECEIPT_VERSION),
    board: z.strictObject({ id: InstitutionId, name: z.string().trim().min(2).max(120) }),
    submission: z.strictObject({
      submissionId: SubmissionId,
      institution: z.strictObject({ id: InstitutionId, name: z.string().trim().min(2).max(120) }),
      role: ReportKind,
      period: Period,
      revision: z.int().min(1).max(10_000),
      /** Hex SHA-256 of the canonical payload the board merged. */
      payloadHash: z.string().regex(/^[0-9a-f]{64}$/),
    }),
    verdict: z.enum(['accepted', 'has-issues']),
    questions: z.array(ReceiptQuestion).max(200),
    issuedAt: Timestamp,
    /** The board key that signs the receipt. */
    keyId: KeyId,
  })
  .refine((p) => p.verdict === 'has-issues' || p.questions.length === 0, {
    message: 'An accepted submission has no open questions',
    path: ['questions'],
  })
  .refine((p) => p.verdict === 'accepted' || p.questions.length > 0, {
    message: 'A receipt that says "has issues" asks at least one question',
    path: ['questions'],
  })
export type ReceiptPayload = z.infer<typeof ReceiptPayload>

export const ReceiptFile = z.strictObject({
  receipt: ReceiptPayload,
  publicKey: Base64Of(PUBLIC_KEY_BYTES),
  signature: Base64Of(SIGNATURE_BYTES),
})
export type ReceiptFile = z.infer<typeof ReceiptFile>

export interface BoardSigner {
  readonly privateKey: SigningKey
  readonly publicKeyRaw: Uint8Array
}

/** Signs a receipt with the board's key; throws if the payload does not fit the schema. */
export async function issueReceipt(
  payload: Omit<ReceiptPayload, 'format' | 'version' | 'keyId'>,
  signer: BoardSigner,
): Promise<ReceiptFile> {
  const receipt = ReceiptPayload.parse({
    ...payload,
    format: RECEIPT_FORMAT,
    version: RECEIPT_VERSION,
    keyId: await fingerprint(signer.publicKeyRaw),
  })
  const signature = await sign(signer.privateKey, canonicalBytes(receipt))
  return { receipt, publicKey: toBase64(signer.publicKeyRaw), signature: toBase64(signature) }
}

export function receiptText(file: ReceiptFile): string {
  return `${JSON.stringify(ReceiptFile.parse(file), null, 2)}\n`
}

/** `AHWG_receipt_<institution>_<period>_r<revision>.json` */
export function receiptFileName(receipt: ReceiptPayload): string {
  const { submission } = receipt
  return `AHWG_receipt_${submission.institution.id}_${periodKey(submission.period)}_r${submission.revision}.json`
}

export type ReceiptReadResult =
  | { ok: true; receipt: ReceiptPayload; boardName: string; file: ReceiptFile }
  | { ok: false; problem: string }

/**
 * Reads a receipt a partner received. Never throws. It must be well formed, signed by a key
 * whose card the partner holds (the board's key cards, from its settings), and be about this
 * partner's institution.
 */
export async function readReceipt(
  text: string,
  boardCards: readonly KeyCard[],
  institutionId: string,
): Promise<ReceiptReadResult> {
  const refuse = (why: string): ReceiptReadResult => ({
    ok: false,
    problem: `This receipt cannot be used: ${why}.`,
  })
  try {
    if (text.length > MAX_RECEIPT_CHARS) {
      return refuse(
        `it is ${text.length.toLocaleString('en-US')} characters long, a receipt is at most ${MAX_RECEIPT_CHARS.toLocaleString('en-US')}`,
      )
    }
    // Notepad and some mail programs put a byte-order mark in front of saved text.
    const read = parseUntrustedJson(text.replace(/^\uFEFF/, ''))
    if (!read.ok) {
      return refuse(
        read.reason === 'not-json'
          ? 'it is not JSON text'
          : 'it is not a review receipt (it has a "__proto__" key)',
      )
    }
    const json = read.value
    if ((json as { format?: unknown } | null)?.format === KEY_CARD_FORMAT) {
      return refuse(
        'it is a key card, not a review receipt. Import a board’s key card in Settings, Board key cards',
      )
    }
    const parsed = ReceiptFile.safeParse(json)
    if (!parsed.success) {
      const first = parsed.error.issues[0]
      const path = first?.path.map(String).join('.') ?? ''
      return refuse(
        `it is not a review receipt (${path ? `${path}: ` : ''}${first?.message ?? 'unknown shape'})`,
      )
    }
    const { receipt, publicKey, signature } = parsed.data
    const keyRaw = fromBase64(publicKey)
    if ((await fingerprint(keyRaw)) !== receipt.keyId) {
      return refuse('the key it carries is not the key it names')
    }
    const card = boardCards.find((c) => c.fingerprint === receipt.keyId)
    if (!card) {
      const spoken = formatFingerprint(receipt.keyId).replace('\n', ' ')
      return refuse(
        `it is signed by a key you do not hold a board key card for (fingerprint ${spoken}). Import the board’s key card in Settings first (Board key cards: the card ${receipt.board.name} sent you), then import the receipt again`,
      )
    }
    if (!(await verify(keyRaw, canonicalBytes(receipt), fromBase64(signature)))) {
      return refuse(
        'its signature does not match its contents; it was changed after the board signed it',
      )
    }
    if (receipt.submission.institution.id !== institutionId) {
      return refuse(`it is about ${receipt.submission.institution.name}'s submission, not yours`)
    }
    return { ok: true, receipt, boardName: card.institution.name, file: parsed.data }
  } catch {
    return refuse('it could not be read')
  }
}

export interface ReceiptWording {
  /** The board's name as its key card gives it (the partner's app shows that one). */
  readonly boardName?: string
  /** The reader's locale and time zone for the day; en-US and UTC by default. */
  readonly locale?: string | undefined
  readonly timeZone?: string | undefined
}

/**
 * "Accepted by MassHire Hampden County on Oct 12, 2026, revision 2", or
 * "MassHire Hampden County has 2 questions about revision 2 (Oct 12, 2026)".
 */
export function receiptSummary(receipt: ReceiptPayload, wording: ReceiptWording = {}): string {
  const day = new Date(receipt.issuedAt).toLocaleDateString(wording.locale ?? 'en-US', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: wording.timeZone ?? 'UTC',
  })
  const { submission, questions } = receipt
  const board = wording.boardName ?? receipt.board.name
  if (receipt.verdict === 'accepted') {
    return `Accepted by ${board} on ${day}, revision ${submission.revision}`
  }
  const count = `${questions.length} question${questions.length === 1 ? '' : 's'}`
  return `${board} has ${count} about revision ${submission.revision} (${day})`
}
