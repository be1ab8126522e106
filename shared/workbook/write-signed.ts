// Export: the submission is checked again (schema, then the rules), its canonical form signed
// with Ed25519, and the workbook written from that payload alone: cover, programs, one sheet per
// catalogue section, explanations, and the very hidden signature sheet.
import type { ZodError } from 'zod'
import { toBase64 } from '../crypto/bytes'
import { canonicalJson } from '../crypto/canonical'
import { fingerprint, type SigningKey } from '../crypto/keys'
import { sign, verify } from '../crypto/sign'
import type { Report } from '../reports/schemas'
import type { Finding } from '../rules'
import { blockingSummary, exportReadiness, type ExportReadiness } from '../submission/export-gate'
import {
  SUBMISSION_FORMAT,
  SUBMISSION_FORMAT_VERSION,
  Submission,
  submissionFileName,
} from '../submission/payload'
import { newWorkbook } from './excel'
import { submissionLayout, type SheetLayout } from './layout'
import { renderSheet } from './render'
import { writeSignatureSheet } from './signature-sheet'

export interface WorkbookSigner {
  /** The partner's Ed25519 private key (non-extractable is fine: it only has to sign). */
  readonly privateKey: SigningKey
  /** The matching 32-byte raw public key; its SHA-256 must be the header's keyId. */
  readonly publicKeyRaw: Uint8Array
}

export interface SignedWorkbook {
  readonly bytes: Uint8Array
  /** `AHWG_<institution>_<period>_r<revision>.xlsx` */
  readonly fileName: string
}

/**
 * Export refused: the submission is out of shape, or the export gate blocks it (errors,
 * warnings without an explanation, required figures still empty, no rows).
 */
export class ExportBlockedError extends Error {
  override readonly name = 'ExportBlockedError'
  readonly findings: readonly Finding[]
  constructor(readonly readiness: ExportReadiness) {
    super(`The report cannot be exported yet: it has ${blockingSummary(readiness)}.`)
    this.findings = readiness.blocking
  }
}

/** Schema problems in the shape of the gate's answer, so the caller shows one list. */
function schemaReadiness(error: ZodError): ExportReadiness {
  const errors = error.issues.map((issue): Finding => {
    const path = issue.path.map(String).join('.')
    return {
      level: 'error',
      rule: 'schema',
      rowId: '',
      measure: path,
      related: [],
      message: path === '' ? issue.message : `${path}: ${issue.message}`,
      explained: false,
    }
  })
  return {
    ok: false,
    findings: errors,
    errors,
    unexplained: [],
    missing: [],
    empty: null,
    comparedWithPrevious: false,
    blocking: errors,
  }
}

export interface WriteOptions {
  /** The same partner's report for the previous period, for the rules that compare years. */
  readonly previous?: Report | undefined
}

export async function writeSignedWorkbook(
  submission: Submission,
  signer: WorkbookSigner,
  options: WriteOptions = {},
): Promise<SignedWorkbook> {
  const parsed = Submission.safeParse(submission)
  if (!parsed.success) throw new ExportBlockedError(schemaReadiness(parsed.error))
  const checked = parsed.data
  const readiness = exportReadiness(checked.report, { previous: options.previous })
  if (!readiness.ok) throw new ExportBlockedError(readiness)

  const bytes = await writeSignedSheets(submissionLayout(checked), checked, signer, {
    format: SUBMISSION_FORMAT,
    formatVersion: SUBMISSION_FORMAT_VERSION,
    keyId: checked.header.keyId,
    createdAt: checked.header.createdAt,
    what: 'report',
  })
  return { bytes, fileName: submissionFileName(checked.header) }
}

export interface SignedSheetsOptions {
  readonly format: string
  readonly formatVersion: number
  /** The key the payload names; the signer's must be it. */
  readonly keyId: string
  readonly createdAt: string
  /** What the payload is, for a message: "report", "regional analysis". */
  readonly what: string
}

/**
 * The one way a signed workbook is made, for a submission and the regional analysis alike: the
 * payload's canonical form signed with Ed25519 (and checked against the public key), the visible
 * sheets rendered from the layout of that payload, and the very hidden signature sheet.
 */
export async function writeSignedSheets(
  sheets: readonly SheetLayout[],
  payloadValue: unknown,
  signer: WorkbookSigner,
  options: SignedSheetsOptions,
): Promise<Uint8Array> {
  const keyId = await fingerprint(signer.publicKeyRaw)
  if (keyId !== options.keyId) {
    throw new Error(
      `The ${options.what} names signing key ${options.keyId} but the key given is ${keyId}; nothing was written.`,
    )
  }
  const payload = canonicalJson(payloadValue)
  if (/[\uFFFE\uFFFF]/.test(payload)) {
    throw new Error(
      `The ${options.what} contains the character U+FFFE or U+FFFF, which a workbook cannot hold; remove it and export again.`,
    )
  }
  const bytes = new TextEncoder().encode(payload)
  const signature = await sign(signer.privateKey, bytes)
  if (!(await verify(signer.publicKeyRaw, bytes, signature))) {
    throw new Error('The private key does not match the public key given; nothing was written.')
  }

  const workbook = newWorkbook()
  const created = new Date(options.createdAt)
  workbook.creator = 'Allied Pipeline'
  workbook.created = created
  workbook.modified = created
  for (const sheet of sheets) renderSheet(workbook, sheet, { notes: false })
  writeSignatureSheet(workbook, {
    format: options.format,
    formatVersion: options.formatVersion,
    publicKey: toBase64(signer.publicKeyRaw),
    signature: toBase64(signature),
    payload,
  })
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
