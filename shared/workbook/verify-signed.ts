// The second half of verifyWorkbook (verify.ts), loaded once a file has passed the strict reader
// and carries a signature sheet: Ed25519 over the exact payload bytes, canonical form, schema
// and format upgrade, then every visible cell against the grid the payload says it should be.
// It brings the payloads' schemas (zod), which the reader's refusals never need.
import { toBase64 } from '../crypto/bytes'
import { formatFingerprint } from '../crypto/keys'
import { REGIONAL_FORMAT } from '../regional/format-id'
import { REGIONAL_PAYLOAD } from '../regional/payload'
import {
  openSignedPayload,
  type PayloadFormat,
  type SignedPayload,
} from '../submission/format-upgrade'
import { SUBMISSION_PAYLOAD } from '../submission/payload'
import { compareWorkbook } from './compare'
import { submissionLayout } from './layout'
import type { ParsedWorkbook } from './read-untrusted'
import { regionalLayout } from './regional-layout'
import { SIGNATURE_SHEET } from './sheet-names'
import type { SignatureParts } from './signature-sheet'
import type { SignedEvidence, Signer, VerificationResult } from './verify'

export async function checkSignedPayload(
  parts: SignatureParts,
  { signature, ...signer }: Signer & { signature: Uint8Array },
  workbook: ParsedWorkbook,
): Promise<VerificationResult> {
  const { publicKeyRaw } = signer
  const evidence: SignedEvidence = {
    payload: parts.payload,
    formatVersion: parts.formatVersion,
    publicKey: toBase64(publicKeyRaw),
    signature: toBase64(signature),
  }
  const signed = {
    payload: parts.payload,
    formatVersion: parts.formatVersion,
    publicKeyRaw,
    signature,
  }
  if (parts.format === REGIONAL_FORMAT) {
    const opened = await checkSigned(signed, REGIONAL_PAYLOAD, signer)
    if (!opened.ok) return opened.result
    const findings = compareWorkbook(regionalLayout(opened.value), workbook, SIGNATURE_SHEET)
    return {
      valid: findings.length === 0,
      findings,
      regional: opened.value,
      signed: evidence,
      ...signer,
    }
  }
  const opened = await checkSigned(signed, SUBMISSION_PAYLOAD, signer)
  if (!opened.ok) return opened.result
  const submission = opened.value
  const findings = compareWorkbook(submissionLayout(submission), workbook, SIGNATURE_SHEET)
  return { valid: findings.length === 0, findings, submission, signed: evidence, ...signer }
}

/**
 * The signature, canonical form and schema of a payload of either format, and the key its
 * header names against the key that signed it.
 */
async function checkSigned<T extends { header: { keyId: string } }>(
  signed: SignedPayload,
  format: PayloadFormat<T>,
  signer: Signer,
): Promise<{ ok: true; value: T } | { ok: false; result: VerificationResult }> {
  const opened = await openSignedPayload(signed, format)
  if (!opened.ok) {
    const withSigner = opened.problems.some((p) => p.code !== 'unsupported-format')
    return {
      ok: false,
      result: { valid: false, findings: opened.problems, ...(withSigner ? signer : {}) },
    }
  }
  const named = opened.value.header.keyId
  if (named !== signer.keyId) {
    return {
      ok: false,
      result: {
        valid: false,
        findings: [
          {
            code: 'key-mismatch',
            message: `The file is signed with the key ${short(signer.keyId)}… but its data names the key ${short(named)}…; it was signed again with another key.`,
          },
        ],
        ...signer,
      },
    }
  }
  return { ok: true, value: opened.value }
}

function short(keyId: string): string {
  return formatFingerprint(keyId).slice(0, 9)
}
