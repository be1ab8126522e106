// Verification of a signed workbook, the one function the app and the command line both use:
// safe read, signature sheet, Ed25519 over the exact payload bytes, canonical form, schema,
// then every visible cell against the grid the payload says it should be. It never throws: a
// bad file is a result with findings.
import type { Workbook } from 'exceljs'
import { fromBase64 } from '../crypto/bytes'
import { canonicalJson } from '../crypto/canonical'
import { fingerprint, formatFingerprint, PUBLIC_KEY_BYTES } from '../crypto/keys'
import { verify } from '../crypto/sign'
import { Submission, SUBMISSION_FORMAT, SUBMISSION_FORMAT_VERSION } from '../submission/payload'
import { compareWorkbook } from './compare'
import { loadUntrustedWorkbook, reason, type LoadOptions } from './load'
import { SIGNATURE_SHEET, TEMPLATE_SHEET, submissionLayout } from './layout'
import { readSignatureSheet, type SignatureParts } from './signature-sheet'
import type { VerifyCode, VerifyFinding } from './verify-findings'

export type { VerifyCode, VerifyFinding } from './verify-findings'
export type VerifyOptions = LoadOptions

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
}

interface Signer {
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
    return refusal('unreadable', `The file could not be read: ${reason(error)}`)
  }
}

function refusal(code: VerifyCode, message: string, signer?: Signer): VerificationResult {
  return { valid: false, findings: [{ code, message }], ...signer }
}

async function verifyUnsafely(
  bytes: Uint8Array,
  options: VerifyOptions,
): Promise<VerificationResult> {
  const loaded = await loadUntrustedWorkbook(bytes, options)
  if (!loaded.ok) return refusal(loaded.reason, loaded.problem)
  const { workbook } = loaded

  const sheet = workbook.getWorksheet(SIGNATURE_SHEET)
  if (!sheet) return unsigned(workbook)
  const read = readSignatureSheet(sheet)
  if (!read.ok) return refusal('signature-sheet-damaged', read.problem)
  const { parts } = read
  const format = checkFormat(parts)
  if (format) return format

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

  const payloadBytes = new TextEncoder().encode(parts.payload)
  if (!(await verify(publicKeyRaw, payloadBytes, signature))) {
    return refusal(
      'signature-mismatch',
      'The signature does not match: the file was altered after it was signed.',
      signer,
    )
  }
  const parsed = parsePayload(parts.payload)
  if (!parsed.ok) return { valid: false, findings: parsed.findings, ...signer }
  const submission = parsed.submission
  if (submission.header.keyId !== keyId) {
    return refusal(
      'key-mismatch',
      `The file is signed with the key ${short(keyId)}… but its data names the key ${short(submission.header.keyId)}…; it was signed again with another key.`,
      signer,
    )
  }
  const findings = [
    ...compareWorkbook(submissionLayout(submission), workbook, new Set([SIGNATURE_SHEET])),
    ...activeContent(loaded.parts),
  ]
  return { valid: findings.length === 0, findings, submission, ...signer }
}

/**
 * Parts that make Excel reach outside the file or run code when someone opens it. A workbook
 * Allied Pipeline writes has none, and a re-save by Excel or LibreOffice adds none.
 */
const ACTIVE_PARTS: readonly [RegExp, string][] = [
  [/^xl\/externalLinks\//i, 'links to other files'],
  [/^xl\/vbaProject\.bin$/i, 'macros'],
  [/^xl\/activeX\//i, 'ActiveX controls'],
  [/^xl\/embeddings\//i, 'embedded objects'],
  [/^xl\/(?:connections\.xml$|queryTables\/)/i, 'data connections'],
]

function activeContent(parts: readonly string[]): VerifyFinding[] {
  return ACTIVE_PARTS.flatMap(([pattern, what]) => {
    const part = parts.find((p) => pattern.test(p))
    if (!part) return []
    return [
      {
        code: 'active-content' as const,
        message: `The workbook contains ${what} (${part}), which a report workbook never has; it was changed after signing.`,
      },
    ]
  })
}

function short(keyId: string): string {
  return formatFingerprint(keyId).slice(0, 9)
}

function unsigned(workbook: Workbook): VerificationResult {
  if (workbook.getWorksheet(TEMPLATE_SHEET)) {
    return refusal(
      'unsigned-template',
      'This is an unsigned Allied Pipeline template, not a signed report: nothing in it says who filled it in. Import it into Allied Pipeline and export a signed workbook from there, or pass it to the board’s staff to enter.',
    )
  }
  return refusal(
    'not-signed',
    'This is not an Allied Pipeline workbook: it has no signature sheet.',
  )
}

function checkFormat(parts: SignatureParts): VerificationResult | null {
  if (parts.format !== SUBMISSION_FORMAT) {
    return refusal(
      'unsupported-format',
      `This is not an Allied Pipeline report workbook: its signature sheet is for “${parts.format.slice(0, 40)}”.`,
    )
  }
  if (parts.formatVersion !== SUBMISSION_FORMAT_VERSION) {
    const newer = parts.formatVersion > SUBMISSION_FORMAT_VERSION
    return refusal(
      'unsupported-format',
      newer
        ? `This workbook uses format version ${parts.formatVersion}, newer than this copy of Allied Pipeline reads (version ${SUBMISSION_FORMAT_VERSION}). Update Allied Pipeline and try again.`
        : `This workbook uses format version ${parts.formatVersion}, which Allied Pipeline does not read.`,
    )
  }
  return null
}

type Parsed = { ok: true; submission: Submission } | { ok: false; findings: VerifyFinding[] }

/** The signed text must be JSON, exactly in its canonical form, and a valid submission. */
function parsePayload(text: string): Parsed {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return invalid('payload-invalid', 'The signed data is not readable: it is not JSON text.')
  }
  let canonical: string | null
  try {
    canonical = canonicalJson(value)
  } catch {
    canonical = null
  }
  if (canonical !== text) {
    return invalid(
      'payload-not-canonical',
      'The signed data is not in the canonical form Allied Pipeline writes, so it was not made by Allied Pipeline.',
    )
  }
  const parsed = Submission.safeParse(value)
  if (parsed.success) return { ok: true, submission: parsed.data }
  return {
    ok: false,
    findings: parsed.error.issues.slice(0, 20).map((issue) => {
      const path = issue.path.map(String).join('.') || 'the data'
      return {
        code: 'payload-invalid',
        message: `The signed data is not a valid report: ${path}: ${issue.message}.`,
      }
    }),
  }
}

function invalid(code: VerifyCode, message: string): Parsed {
  return { ok: false, findings: [{ code, message }] }
}
