// The second half of verifyWorkbook (verify.ts), loaded once a file has passed the strict reader
// and carries a signature sheet: Ed25519 over the exact payload bytes, canonical form, schema
// and format upgrade, then every visible cell against the grid the payload says it should be.
// It brings the payload's schemas (zod), which the reader's refusals never need.
import { toBase64 } from '../crypto/bytes'
import { formatFingerprint } from '../crypto/keys'
import { openSignedPayload } from '../submission/format-upgrade'
import { SUBMISSION_PAYLOAD } from '../submission/payload'
import { compareWorkbook } from './compare'
import { submissionLayout } from './layout'
import type { ParsedWorkbook } from './read-untrusted'
import { SIGNATURE_SHEET } from './sheet-names'
import type { SignatureParts } from './signature-sheet'
import type { SignedEvidence, Signer, VerificationResult } from './verify'

export async function checkSignedPayload(
  parts: SignatureParts,
  { signature, ...signer }: Signer & { signature: Uint8Array },
  workbook: ParsedWorkbook,
): Promise<VerificationResult> {
  const { keyId, publicKeyRaw } = signer
  const opened = await openSignedPayload(
    { payload: parts.payload, formatVersion: parts.formatVersion, publicKeyRaw, signature },
    SUBMISSION_PAYLOAD,
  )
  if (!opened.ok) {
    const withSigner = opened.problems.some((p) => p.code !== 'unsupported-format')
    return { valid: false, findings: opened.problems, ...(withSigner ? signer : {}) }
  }
  const submission = opened.value
  if (submission.header.keyId !== keyId) {
    return {
      valid: false,
      findings: [
        {
          code: 'key-mismatch',
          message: `The file is signed with the key ${short(keyId)}… but its data names the key ${short(submission.header.keyId)}…; it was signed again with another key.`,
        },
      ],
      ...signer,
    }
  }
  const findings = compareWorkbook(submissionLayout(submission), workbook, SIGNATURE_SHEET)
  const signed: SignedEvidence = {
    payload: parts.payload,
    formatVersion: parts.formatVersion,
    publicKey: toBase64(publicKeyRaw),
    signature: toBase64(signature),
  }
  return { valid: findings.length === 0, findings, submission, signed, ...signer }
}

function short(keyId: string): string {
  return formatFingerprint(keyId).slice(0, 9)
}
