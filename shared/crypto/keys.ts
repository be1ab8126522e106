// Ed25519 keys through WebCrypto, and the fingerprint people read to each other over the phone.
import type { KeyId } from '../domain/ids'
import { ownBytes, toHex } from './bytes'

/** What WebCrypto calls CryptoKey, named so that it type-checks with DOM and with Node typings. */
export type SigningKey = Awaited<ReturnType<typeof globalThis.crypto.subtle.importKey>>
export interface SigningKeyPair {
  publicKey: SigningKey
  privateKey: SigningKey
}

export const ED25519 = { name: 'Ed25519' } as const
export const PUBLIC_KEY_BYTES = 32
export const SIGNATURE_BYTES = 64

export function subtle(): typeof globalThis.crypto.subtle {
  return globalThis.crypto.subtle
}

/**
 * A new key pair. The default keeps the private key non-extractable: it can sign, be stored in
 * IndexedDB and survive a restart, but no code (ours included) can read it out.
 */
export async function generateSigningKeyPair(
  options: { extractable: boolean } = { extractable: false },
): Promise<SigningKeyPair> {
  const made: unknown = await subtle().generateKey(ED25519, options.extractable, ['sign', 'verify'])
  if (!isKeyPair(made)) throw new Error('WebCrypto did not return an Ed25519 key pair.')
  return made
}

function isKeyPair(value: unknown): value is SigningKeyPair {
  return (
    typeof value === 'object' && value !== null && 'publicKey' in value && 'privateKey' in value
  )
}

/** The 32-byte raw public key (RFC 8032 encoding). */
export async function exportPublicKeyRaw(publicKey: SigningKey): Promise<Uint8Array<ArrayBuffer>> {
  const raw = new Uint8Array(await subtle().exportKey('raw', publicKey))
  if (raw.length !== PUBLIC_KEY_BYTES) throw new Error('An Ed25519 public key is 32 bytes.')
  return raw
}

export async function importPublicKeyRaw(publicKeyRaw: Uint8Array): Promise<SigningKey> {
  if (publicKeyRaw.length !== PUBLIC_KEY_BYTES) {
    throw new Error(`An Ed25519 public key is 32 bytes, not ${publicKeyRaw.length}.`)
  }
  return subtle().importKey('raw', ownBytes(publicKeyRaw), ED25519, true, ['verify'])
}

/** A private key from PKCS#8 DER (the key file's form); non-extractable unless asked. */
export async function importPrivateKeyPkcs8(
  pkcs8: Uint8Array,
  options: { extractable: boolean } = { extractable: false },
): Promise<SigningKey> {
  return subtle().importKey('pkcs8', ownBytes(pkcs8), ED25519, options.extractable, ['sign'])
}

/** Lower-case hex SHA-256 of the raw public key. It is also the key id. */
export async function fingerprint(publicKeyRaw: Uint8Array): Promise<KeyId> {
  if (publicKeyRaw.length !== PUBLIC_KEY_BYTES) {
    throw new Error(`An Ed25519 public key is 32 bytes, not ${publicKeyRaw.length}.`)
  }
  const digest = await subtle().digest('SHA-256', ownBytes(publicKeyRaw))
  return toHex(new Uint8Array(digest)) as KeyId
}

/**
 * A fingerprint laid out for reading aloud and comparing by eye: upper-case, 16 groups of 4
 * characters, 8 groups per line, e.g.
 *
 *     7F3A 09C2 B1D4 5E60 0A9B C3D2 11F0 8E7D
 *     44A1 2B3C 9D8E 7F60 5A4B 3C2D 1E0F A9B8
 *
 * Groups of four are short enough to say in one breath and to point at on a screen; the full
 * 256 bits are shown because staff confirm a new key with this and nothing else.
 */
export function formatFingerprint(hex: string): string {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new Error('A fingerprint is 64 hex characters.')
  const groups = hex.toUpperCase().match(/.{4}/g) ?? []
  return `${groups.slice(0, 8).join(' ')}\n${groups.slice(8).join(' ')}`
}
