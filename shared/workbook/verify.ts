// Verification of a signed workbook (a partner's report or the board's regional analysis, told
// apart by the signature sheet's format id), the one function the app and the command line use:
// the strict reader (bytes → zip entries → allowed parts → parsed sheets), the signature sheet,
// Ed25519 over the exact payload bytes, canonical form, schema and format upgrade, then every
// visible cell, and how it looks, against the grid the payload says it should be. It never
// throws: a bad file is a result with findings. exceljs is not reachable from here.
import { fromBase64 } from '../crypto/bytes'
import { fingerprint, formatFingerprint, PUBLIC_KEY_BYTES } from '../crypto/keys'
import { REGIONAL_FORMAT } from '../regional/format-id'
import type { RegionalPublication } from '../regional/payload'
import { SUBMISSION_FORMAT } from '../submission/format-id'
import type { Submission } from '../submission/payload'
import { readUntrustedWorkbook, type ParsedWorkbook, type ReadOptions } from './read-untrusted'
import { SIGNATURE_SHEET, TEMPLATE_SHEET } from './sheet-names'
import { readSignatureSheet } from './signature-sheet'
import type { VerifyCode, VerifyFinding } from './verify-findings'

export type { VerifyCode, VerifyFinding } from './verify-findings'
export type VerifyOptions = ReadOptions

/**
 * What the signature covers, exactly as the file carries it: the canonical payload text as
 * signed (before any format upgrade), its format version, the key and the signature. Kept as the
 * evidence of a merged submission, so that it can be checked again without the workbook.
 */
export interface SignedEvidence {
  readonly payload: string
  readonly formatVersion: number
  /** Base64 of the raw Ed25519 public key. */
  readonly publicKey: string
  /** Base64 of the Ed25519 signature of the payload's UTF-8 bytes. */
  readonly signature: string
}

export interface VerificationResult {
  /** True only when nothing at all was found. */
  readonly valid: boolean
  readonly findings: readonly VerifyFinding[]
  /** The signed submission, once the signature, the canonical form and the schema all hold. */
  readonly submission?: Submission
  /** Hex SHA-256 of the public key the file carries (look it up in the trust registry). */
  readonly keyId?: string
  /** The same, grouped for reading aloud. */
  readonly fingerprint?: string
  readonly publicKeyRaw?: Uint8Array
  /**
   * The board's signed regional gap analysis, when the file is one (format
   * allied-pipeline-regional-analysis) and its signature, canonical form and schema hold.
   * Never set together with `submission`.
   */
  readonly regional?: RegionalPublication
  /** Set with `submission` or `regional`: the signed payload itself. */
  readonly signed?: SignedEvidence
}

export interface Signer {
  keyId: string
  fingerprint: string
  publicKeyRaw: Uint8Array
}

export async function verifyWorkbook(
  bytes: Uint8Array,
  options: VerifyOptions = {},
): Promise<VerificationResult> {
  try {
    return await verifyUnsafely(bytes, options)
  } catch (error) {
    return refusal('unreadable', `The file could not be read: ${firstLine(error)}`)
  }
}

function refusal(
  code: VerifyCode,
  message: string,
  signer?: Signer,
  place: { sheet?: string; cell?: string } = {},
): VerificationResult {
  return { valid: false, findings: [{ code, message, ...place }], ...signer }
}

async function verifyUnsafely(
  bytes: Uint8Array,
  options: VerifyOptions,
): Promise<VerificationResult> {
  const read = readUntrustedWorkbook(bytes, 'verify', options)
  if (!read.ok && read.code === 'active-content' && isTemplate(bytes, options)) {
    return unsignedTemplate()
  }
  if (!read.ok) {
    const place = {
      ...(read.sheet === undefined ? {} : { sheet: read.sheet }),
      ...(read.cell === undefined ? {} : { cell: read.cell }),
    }
    return refusal(read.code, read.problem, undefined, place)
  }
  const { workbook } = read

  const sheet = workbook.sheet(SIGNATURE_SHEET)
  if (!sheet) return unsigned(workbook)
  const signatureSheet = readSignatureSheet(sheet)
  if (!signatureSheet.ok) return refusal('signature-sheet-damaged', signatureSheet.problem)
  const { parts } = signatureSheet
  if (parts.format !== SUBMISSION_FORMAT && parts.format !== REGIONAL_FORMAT) {
    return refusal(
      'unsupported-format',
      `This is not an Allied Pipeline report workbook: its signature sheet is for “${parts.format.slice(0, 40)}”.`,
    )
  }

  let publicKeyRaw: Uint8Array
  let signature: Uint8Array
  try {
    publicKeyRaw = fromBase64(parts.publicKey)
    signature = fromBase64(parts.signature)
  } catch {
    return refusal(
      'signature-sheet-damaged',
      'The signature sheet is damaged: the key or signature is not base64 text.',
    )
  }
  if (publicKeyRaw.length !== PUBLIC_KEY_BYTES) {
    return refusal(
      'signature-sheet-damaged',
      'The signature sheet is damaged: the public key is not an Ed25519 key.',
    )
  }
  const keyId = await fingerprint(publicKeyRaw)
  const signer: Signer = { keyId, fingerprint: formatFingerprint(keyId), publicKeyRaw }

  // The payloads' schemas (zod) load only now, once the file has passed the strict reader and
  // carries a signature sheet: most hostile files are refused before, without them.
  const { checkSignedPayload } = await import('./verify-signed')
  return checkSignedPayload(parts, { signature, ...signer }, workbook)
}

/**
 * A blank or filled template carries notes on its headers, which verification refuses as
 * drawings; read as an import would, it is named for what it is rather than for its notes.
 */
function isTemplate(bytes: Uint8Array, options: VerifyOptions): boolean {
  const read = readUntrustedWorkbook(bytes, 'import', options)
  return read.ok && !read.workbook.sheet(SIGNATURE_SHEET) && !!read.workbook.sheet(TEMPLATE_SHEET)
}

function unsignedTemplate(): VerificationResult {
  return refusal(
    'unsigned-template',
    'This is an unsigned Allied Pipeline template, not a signed report: nothing in it says who filled it in. Import it into Allied Pipeline and export a signed workbook from there, or pass it to the board’s staff to enter.',
  )
}

function unsigned(workbook: ParsedWorkbook): VerificationResult {
  if (workbook.sheet(TEMPLATE_SHEET)) return unsignedTemplate()
  return refusal(
    'not-signed',
    'This is not an Allied Pipeline workbook: it has no signature sheet.',
  )
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  const line = text.split('\n')[0] ?? ''
  return line.length > 200 ? `${line.slice(0, 199)}…` : line
}
