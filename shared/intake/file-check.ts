// From what verification found in a file to what the import decides on: the one mapping of a
// VerificationResult to a FileCheck, for the app's bulk import and for `allied-pipeline merge`.
//
// - The safe reader refused it (too large, damaged, not a zip, macros…): unreadable, with the
//   reader's own sentence.
// - Readable, but no signed submission in it (a blank template, any other workbook, a format
//   this copy does not read, signed data that is not a report Allied Pipeline writes): not a
//   submission.
// - It carries a signature that fails, a damaged signature sheet, or visible cells that differ
//   from what was signed: tampered, every finding named with its sheet and cell.
// - The board's own regional analysis workbook: not a submission, whatever its state.
// - Otherwise it is intact, with the payload hash: hex SHA-256 of the canonical payload bytes
//   the signature covers, exactly as signed.
import { ownBytes, toHex } from '../crypto/bytes'
import { subtle } from '../crypto/keys'
import { KeyId } from '../domain/ids'
import type { VerificationResult, VerifyCode, VerifyFinding } from '../workbook/verify'
import type { FileCheck, IncomingFile } from './statuses'

/** The reader could not or would not open the file as a workbook at all. */
const UNREADABLE: ReadonlySet<VerifyCode> = new Set(['refused', 'unreadable', 'active-content'])

/** A readable workbook, but not a signed submission this copy of Allied Pipeline reads. */
const NOT_A_SUBMISSION: ReadonlySet<VerifyCode> = new Set([
  'not-signed',
  'unsigned-template',
  'unsupported-format',
  'payload-not-canonical',
  'payload-invalid',
])

/** Hex SHA-256 of bytes. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return toHex(new Uint8Array(await subtle().digest('SHA-256', ownBytes(bytes))))
}

/** The payload hash: hex SHA-256 of the UTF-8 bytes of the signed payload text. */
export function payloadHash(payload: string): Promise<string> {
  return sha256Hex(new TextEncoder().encode(payload))
}

/** A finding as one reason: "Programs!E7 changed after signing: 24 → 42" already names its cell. */
function reasonOf(finding: VerifyFinding): string {
  const where = finding.sheet ? `${finding.sheet}${finding.cell ? `!${finding.cell}` : ''}` : ''
  return where && !finding.message.startsWith(where)
    ? `${where}: ${finding.message}`
    : finding.message
}

export async function fileCheckOf(result: VerificationResult): Promise<FileCheck> {
  const reasons = result.findings.map(reasonOf)
  if (result.regional) {
    // Valid or not, the board's own publication is never a partner's report to merge.
    return {
      outcome: 'not-a-submission',
      reasons: [
        `This is the regional gap analysis ${result.regional.header.board.name} published for ${result.regional.header.cycle.id}, not a partner’s report.`,
        ...reasons,
      ],
    }
  }
  if (result.valid) {
    const { submission, signed } = result
    const keyId = KeyId.safeParse(result.keyId)
    if (!submission || !keyId.success || !signed) {
      return {
        outcome: 'unreadable',
        reasons: ['The file was reported valid without its signed data; it was not accepted.'],
      }
    }
    return {
      outcome: 'intact',
      submission,
      payloadHash: await payloadHash(signed.payload),
      keyId: keyId.data,
      signed,
    }
  }
  if (result.findings.length === 0) {
    return { outcome: 'unreadable', reasons: ['The file could not be checked.'] }
  }
  if (result.findings.some((f) => UNREADABLE.has(f.code))) return { outcome: 'unreadable', reasons }
  if (result.findings.every((f) => NOT_A_SUBMISSION.has(f.code))) {
    return { outcome: 'not-a-submission', reasons }
  }
  return { outcome: 'tampered', reasons }
}

/** A file of a batch: its name as the user knows it, the SHA-256 of its bytes, what verification made of it. */
export async function incomingFile(
  id: string,
  name: string,
  fileSha256: string,
  result: VerificationResult,
): Promise<IncomingFile> {
  return { id, name, sha256: fileSha256, check: await fileCheckOf(result) }
}
