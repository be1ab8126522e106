// What verification made of one file, as the import statuses need it: the one mapping from a
// VerificationResult to a FileCheck, used by the app's import and the command line's merge.
// The payload hash is the hex SHA-256 of the canonical payload text the signature covers, so
// the same signed submission has the same hash whatever workbook bytes carry it (a re-save by
// Excel changes the zip, not the payload).
import { sha256Hex, sha256OfText } from '../crypto/digest'
import { KeyId } from '../domain/ids'
import type { SignedParts, VerificationResult, VerifyCode } from '../workbook/verify'
import type { FileCheck, IncomingFile } from './statuses'

/** The signed parts the board keeps as evidence of a submission it merged. */
export type SignedEvidence = SignedParts

/** Refusals of the safe reader: the file could not be read as a workbook at all. */
const UNREADABLE: ReadonlySet<VerifyCode> = new Set(['refused', 'unreadable'])
/** A readable workbook that carries no signed submission of ours. */
const NOT_A_SUBMISSION: ReadonlySet<VerifyCode> = new Set([
  'not-signed',
  'unsigned-template',
  'unsupported-format',
])

export interface CheckedFile {
  readonly check: FileCheck
  /** Present when the file is intact: what Merge stores beside the original bytes. */
  readonly evidence?: SignedEvidence
}

/** The FileCheck of a verification result (async only for the payload hash). */
export async function fileCheckOf(result: VerificationResult): Promise<CheckedFile> {
  const reasons = result.findings.map((f) =>
    f.sheet && f.cell && !f.message.includes(`${f.sheet}!${f.cell}`)
      ? `${f.sheet}!${f.cell}: ${f.message}`
      : f.message,
  )
  if (result.valid && result.submission && result.keyId && result.signed) {
    return {
      check: {
        outcome: 'intact',
        submission: result.submission,
        payloadHash: await sha256OfText(result.signed.payload),
        keyId: KeyId.parse(result.keyId),
      },
      evidence: result.signed,
    }
  }
  const codes = result.findings.map((f) => f.code)
  const first = codes[0]
  if (first !== undefined && codes.every((c) => UNREADABLE.has(c))) {
    return { check: { outcome: 'unreadable', reasons } }
  }
  if (first !== undefined && codes.every((c) => NOT_A_SUBMISSION.has(c))) {
    return { check: { outcome: 'not-a-submission', reasons } }
  }
  return {
    check: {
      outcome: 'tampered',
      reasons: reasons.length > 0 ? reasons : ['The file did not pass verification.'],
    },
  }
}

/** An IncomingFile for a batch, from the file's bytes and what verification made of them. */
export async function incomingFile(
  id: string,
  name: string,
  bytes: Uint8Array,
  result: VerificationResult,
): Promise<{ file: IncomingFile; evidence?: SignedEvidence }> {
  const [sha256, checked] = await Promise.all([sha256Hex(bytes), fileCheckOf(result)])
  return {
    file: { id, name, sha256, check: checked.check },
    ...(checked.evidence ? { evidence: checked.evidence } : {}),
  }
}
