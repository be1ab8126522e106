// What verification made of one file, in the terms the import statuses use: the one mapping from
// a VerificationResult (shared/workbook/verify.ts) to a FileCheck, shared by the app's import and
// `allied-pipeline merge`. An intact file also gives its evidence: the payload text exactly as
// signed, the signature and the public key, which the board keeps with what it merges.
import { toBase64, toHex } from '../crypto/bytes'
import type { KeyId } from '../domain/ids'
import type { VerificationResult, VerifyCode } from '../workbook/verify'
import type { FileCheck } from './statuses'

/** What the board keeps as proof of a merged submission. */
export interface SignedEvidence {
  /** The canonical payload text exactly as signed; its UTF-8 bytes are what the signature covers. */
  readonly payload: string
  /** Base64 of the Ed25519 signature. */
  readonly signature: string
  /** Base64 of the raw Ed25519 public key. */
  readonly publicKey: string
  /** The payload format version the file was signed as. */
  readonly formatVersion: number
}

export interface CheckedFile {
  readonly check: FileCheck
  /** Set for intact files only. */
  readonly evidence?: SignedEvidence
}

/** Findings that mean the file was changed after it was signed, or its signature fails. */
const TAMPERED: ReadonlySet<VerifyCode> = new Set<VerifyCode>([
  'signature-sheet-damaged',
  'signature-mismatch',
  'payload-not-canonical',
  'key-mismatch',
  'sheet-missing',
  'sheet-added',
  'sheet-renamed',
  'sheet-hidden',
  'sheet-shown',
  'cell-changed',
  'cell-added',
  'formula',
  'display',
  'too-many-changes',
])

/** Readable, but not a signed submission this copy can take: no signature, another format. */
const NOT_A_SUBMISSION: ReadonlySet<VerifyCode> = new Set<VerifyCode>([
  'not-signed',
  'unsigned-template',
  'unsupported-format',
  'payload-invalid',
])

/** Hex SHA-256 of some bytes. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new Uint8Array(bytes))
  return toHex(new Uint8Array(digest))
}

/** Hex SHA-256 of the UTF-8 bytes of the payload text the signature covers. */
export function payloadHash(payload: string): Promise<string> {
  return sha256Hex(new TextEncoder().encode(payload))
}

/**
 * The FileCheck of a verified file. Intact only when verification found nothing at all;
 * otherwise tampered when any finding says the file changed after signing (every finding is a
 * reason, so every changed cell is named), not a submission when it carries none this copy reads,
 * and unreadable when the safe reader refused it.
 */
export async function fileCheckOf(result: VerificationResult): Promise<CheckedFile> {
  const { submission, keyId, publicKeyRaw, signed } = result
  if (result.valid && submission && keyId && publicKeyRaw && signed) {
    return {
      check: {
        outcome: 'intact',
        submission,
        payloadHash: await payloadHash(signed.payload),
        keyId: keyId as KeyId,
      },
      evidence: {
        payload: signed.payload,
        signature: toBase64(signed.signature),
        publicKey: toBase64(publicKeyRaw),
        formatVersion: signed.formatVersion,
      },
    }
  }
  const reasons = result.findings.map((f) => f.message)
  if (reasons.length === 0) reasons.push('The file could not be checked.')
  const codes = result.findings.map((f) => f.code)
  if (codes.some((c) => TAMPERED.has(c))) return { check: { outcome: 'tampered', reasons } }
  if (codes.some((c) => NOT_A_SUBMISSION.has(c))) {
    return { check: { outcome: 'not-a-submission', reasons } }
  }
  return { check: { outcome: 'unreadable', reasons } }
}
