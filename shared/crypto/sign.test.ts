import * as noble from '@noble/ed25519'
import { ed25519 as curves } from '@noble/curves/ed25519.js'
import { describe, expect, test } from 'vitest'
import { fromHex, toHex } from './bytes'
import { canonicalBytes } from './canonical'
import {
  exportPublicKeyRaw,
  fingerprint,
  formatFingerprint,
  generateSigningKeyPair,
  importPrivateKeyPkcs8,
  importPublicKeyRaw,
  subtle,
} from './keys'
import { sign, verify } from './sign'

// RFC 8032 §7.1, TEST 1 (empty message) and TEST 2 (one byte).
const RFC8032 = [
  {
    seed: '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60',
    publicKey: 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
    message: '',
    signature:
      'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
  },
  {
    seed: '4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb',
    publicKey: '3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c',
    message: '72',
    signature:
      '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00',
  },
]

/** PKCS#8 DER of an Ed25519 seed (RFC 8410): fixed prefix + the 32-byte seed. */
function pkcs8FromSeed(seedHex: string): Uint8Array {
  return fromHex(`302e020100300506032b657004220420${seedHex}`)
}

const payload = canonicalBytes({
  institutionId: 'holyoke-community-college',
  revision: 3,
  rows: [{ seats: 24 }],
})

describe('Ed25519 through WebCrypto', () => {
  test('sign and verify round trip', async () => {
    const pair = await generateSigningKeyPair()
    const publicKeyRaw = await exportPublicKeyRaw(pair.publicKey)
    expect(publicKeyRaw).toHaveLength(32)
    const signature = await sign(pair.privateKey, payload)
    expect(signature).toHaveLength(64)
    expect(await verify(publicKeyRaw, payload, signature)).toBe(true)
    // deterministic: the same bytes give the same signature
    expect(toHex(await sign(pair.privateKey, payload))).toBe(toHex(signature))
  })

  test.each(RFC8032)(
    'RFC 8032 test vector (message "$message")',
    async ({ seed, publicKey, message, signature }) => {
      const privateKey = await importPrivateKeyPkcs8(pkcs8FromSeed(seed))
      expect(toHex(await sign(privateKey, fromHex(message)))).toBe(signature)
      expect(await verify(fromHex(publicKey), fromHex(message), fromHex(signature))).toBe(true)
    },
  )

  test('a private key made non-extractable cannot be exported', async () => {
    const pair = await generateSigningKeyPair({ extractable: false })
    expect(pair.privateKey.extractable).toBe(false)
    await expect(subtle().exportKey('pkcs8', pair.privateKey)).rejects.toThrow()
    await expect(subtle().exportKey('jwk', pair.privateKey)).rejects.toThrow()
    // the public half stays exportable: it is what we share
    expect(await exportPublicKeyRaw(pair.publicKey)).toHaveLength(32)
  })

  test('the default is non-extractable', async () => {
    const pair = await generateSigningKeyPair()
    expect(pair.privateKey.extractable).toBe(false)
  })

  test('verify answers false, never throws, on anything wrong', async () => {
    const pair = await generateSigningKeyPair()
    const publicKeyRaw = await exportPublicKeyRaw(pair.publicKey)
    const signature = await sign(pair.privateKey, payload)
    const other = await exportPublicKeyRaw((await generateSigningKeyPair()).publicKey)

    const flippedSignature = signature.slice()
    flippedSignature[10] = (flippedSignature[10] ?? 0) ^ 1
    const flippedPayload = payload.slice()
    flippedPayload[5] = (flippedPayload[5] ?? 0) ^ 0x20
    const flippedKey = publicKeyRaw.slice()
    flippedKey[0] = (flippedKey[0] ?? 0) ^ 1

    expect(await verify(publicKeyRaw, flippedPayload, signature)).toBe(false)
    expect(await verify(publicKeyRaw, payload, flippedSignature)).toBe(false)
    expect(await verify(other, payload, signature)).toBe(false)
    expect(await verify(flippedKey, payload, signature)).toBe(false)
    expect(await verify(publicKeyRaw, payload, signature.subarray(0, 63))).toBe(false)
    expect(await verify(publicKeyRaw, payload, new Uint8Array(64))).toBe(false)
    expect(await verify(publicKeyRaw, payload, new Uint8Array(0))).toBe(false)
    expect(await verify(publicKeyRaw.subarray(0, 31), payload, signature)).toBe(false)
    expect(await verify(new Uint8Array(32).fill(0xff), payload, signature)).toBe(false)
    expect(await verify(new Uint8Array(0), payload, signature)).toBe(false)
  })

  test('importPublicKeyRaw refuses a key of the wrong length', async () => {
    await expect(importPublicKeyRaw(new Uint8Array(31))).rejects.toThrow(/32 bytes/)
  })
})

describe('agreement with independent implementations', () => {
  test('a WebCrypto signature verifies with @noble/ed25519 and @noble/curves', async () => {
    const pair = await generateSigningKeyPair()
    const publicKeyRaw = await exportPublicKeyRaw(pair.publicKey)
    const signature = await sign(pair.privateKey, payload)
    expect(await noble.verifyAsync(signature, payload, publicKeyRaw)).toBe(true)
    expect(curves.verify(signature, payload, publicKeyRaw)).toBe(true)
    expect(await noble.verifyAsync(signature, payload.subarray(1), publicKeyRaw)).toBe(false)
  })

  test('a @noble/ed25519 signature verifies with WebCrypto', async () => {
    const { secretKey, publicKey } = await noble.keygenAsync()
    const signature = await noble.signAsync(payload, secretKey)
    expect(await verify(publicKey, payload, signature)).toBe(true)
    expect(await verify(publicKey, payload.subarray(1), signature)).toBe(false)
  })

  test('the same seed gives the same key and signature in both', async () => {
    const { secretKey, publicKey } = await noble.keygenAsync()
    const privateKey = await importPrivateKeyPkcs8(pkcs8FromSeed(toHex(secretKey)))
    expect(toHex(await sign(privateKey, payload))).toBe(
      toHex(await noble.signAsync(payload, secretKey)),
    )
    expect(toHex(await noble.getPublicKeyAsync(secretKey))).toBe(toHex(publicKey))
  })
})

describe('fingerprint', () => {
  test('is the hex SHA-256 of the raw public key', async () => {
    const key = fromHex(RFC8032[0]?.publicKey ?? '')
    const expected = toHex(new Uint8Array(await subtle().digest('SHA-256', new Uint8Array(key))))
    const id = await fingerprint(key)
    expect(id).toBe(expected)
    expect(id).toMatch(/^[0-9a-f]{64}$/)
    await expect(fingerprint(new Uint8Array(33))).rejects.toThrow(/32 bytes/)
  })

  test('is formatted in two lines of eight upper-case groups of four', () => {
    const hex = '7f3a09c2b1d45e600a9bc3d211f08e7d44a12b3c9d8e7f605a4b3c2d1e0fa9b8'
    expect(formatFingerprint(hex)).toBe(
      '7F3A 09C2 B1D4 5E60 0A9B C3D2 11F0 8E7D\n44A1 2B3C 9D8E 7F60 5A4B 3C2D 1E0F A9B8',
    )
    expect(formatFingerprint(hex).replace(/\s/g, '').toLowerCase()).toBe(hex)
    expect(() => formatFingerprint('abc')).toThrow(/64 hex/)
    expect(() => formatFingerprint(`${hex.slice(0, 63)}g`)).toThrow(/64 hex/)
  })
})
