// Export: the submission is checked again (schema, then the rules), its canonical form signed
// with Ed25519, and the workbook written from that payload alone: cover, programs, one sheet per
// catalogue section, explanations, and the very hidden signature sheet.
import type { ZodError } from 'zod'
import { toBase64 } from '../crypto/bytes'
import { canonicalJson } from '../crypto/canonical'
import { fingerprint, type SigningKey } from '../crypto/keys'
import { sign, verify } from '../crypto/sign'
import type { Report } from '../reports/schemas'
import { canExport, validateReport, type Finding } from '../rules'
import { Submission, submissionFileName } from '../submission/payload'
import { newWorkbook } from './excel'
import { submissionLayout } from './layout'
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

/** Export refused: the report still has errors, or warnings without an explanation. */
export class ExportBlockedError extends Error {
  override readonly name = 'ExportBlockedError'
  constructor(readonly findings: readonly Finding[]) {
    super(blockedMessage(findings))
  }
}

function blockedMessage(findings: readonly Finding[]): string {
  const errors = findings.filter((f) => f.level === 'error').length
  const warnings = findings.length - errors
  const parts = [
    errors > 0 ? `${errors} ${errors === 1 ? 'error' : 'errors'}` : '',
    warnings > 0
      ? `${warnings} ${warnings === 1 ? 'warning' : 'warnings'} without an explanation`
      : '',
  ].filter((p) => p !== '')
  return `The report cannot be exported yet: ${parts.join(' and ')} remain.`
}

/** Schema problems in the shape of rule findings, so the caller shows one list. */
function schemaFindings(error: ZodError): Finding[] {
  return error.issues.map((issue) => {
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
  if (!parsed.success) throw new ExportBlockedError(schemaFindings(parsed.error))
  const checked = parsed.data
  const check = canExport(validateReport(checked.report, { previous: options.previous }))
  if (!check.ok) throw new ExportBlockedError([...check.errors, ...check.unexplained])

  const keyId = await fingerprint(signer.publicKeyRaw)
  if (keyId !== checked.header.keyId) {
    throw new Error(
      `The submission names signing key ${checked.header.keyId} but the key given is ${keyId}; nothing was written.`,
    )
  }
  const payload = canonicalJson(checked)
  if (/[\uFFFE\uFFFF]/.test(payload)) {
    throw new Error(
      'The report contains the character U+FFFE or U+FFFF, which a workbook cannot hold; remove it and export again.',
    )
  }
  const bytes = new TextEncoder().encode(payload)
  const signature = await sign(signer.privateKey, bytes)
  if (!(await verify(signer.publicKeyRaw, bytes, signature))) {
    throw new Error('The private key does not match the public key given; nothing was written.')
  }

  const workbook = newWorkbook()
  const created = new Date(checked.header.createdAt)
  workbook.creator = 'Allied Pipeline'
  workbook.created = created
  workbook.modified = created
  for (const sheet of submissionLayout(checked)) renderSheet(workbook, sheet)
  writeSignatureSheet(workbook, {
    publicKey: toBase64(signer.publicKeyRaw),
    signature: toBase64(signature),
    payload,
  })
  const written = await workbook.xlsx.writeBuffer()
  return { bytes: new Uint8Array(written), fileName: submissionFileName(checked.header) }
}
