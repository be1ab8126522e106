// Ed25519 signatures over bytes (in practice: canonicalBytes of a submission payload).
import { ownBytes } from './bytes'
import {
  ED25519,
  PUBLIC_KEY_BYTES,
  SIGNATURE_BYTES,
  importPublicKeyRaw,
  subtle,
  type SigningKey,
} from './keys'

/** The 64-byte Ed25519 signature of `bytes`. Ed25519 is deterministic: same key, same bytes, same signature. */
export async function sign(
  privateKey: SigningKey,
  bytes: Uint8Array,
): Promise<Uint8Array<ArrayBuffer>> {
  const signature = new Uint8Array(await subtle().sign(ED25519, privateKey, ownBytes(bytes)))
  if (signature.length !== SIGNATURE_BYTES) throw new Error('An Ed25519 signature is 64 bytes.')
  return signature
}

/**
 * Whether `signature` is a valid signature of `bytes` by the holder of `publicKeyRaw`.
 * Anything malformed (a key or signature of the wrong length, a key that is not a curve point)
 * answers false rather than throwing: to the caller it is simply not a valid signature.
 */
export async function verify(
  publicKeyRaw: Uint8Array,
  bytes: Uint8Array,
  signature: Uint8Array,
): Promise<boolean> {
  if (publicKeyRaw.length !== PUBLIC_KEY_BYTES || signature.length !== SIGNATURE_BYTES) return false
  try {
    const key = await importPublicKeyRaw(publicKeyRaw)
    return await subtle().verify(ED25519, key, ownBytes(signature), ownBytes(bytes))
  } catch {
    return false
  }
}
