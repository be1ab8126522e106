import { describe, expect, test } from 'vitest'
import { InstitutionId } from '../domain/ids'
import { fromBase64, toBase64, toHex } from './bytes'
import { KeyFile, KeyFileError, createKeyFile, importKeyFile, keyFileText } from './key-file'
import { fingerprint, subtle } from './keys'
import { sign, verify } from './sign'

const institution = InstitutionId.parse('holyoke-community-college')
const now = new Date('2025-07-01T12:00:00.000Z')

describe('key file', () => {
  test('round trip: created, written, read back, and it signs', async () => {
    const file = await createKeyFile(institution, now)
    expect(file).toMatchObject({
      format: 'allied-pipeline-key',
      version: 1,
      institutionId: institution,
      createdAt: '2025-07-01T12:00:00.000Z',
    })
    expect(fromBase64(file.publicKey)).toHaveLength(32)

    const text = keyFileText(file)
    expect(KeyFile.parse(JSON.parse(text))).toEqual(file)

    const key = await importKeyFile(text)
    expect(key.institutionId).toBe(institution)
    expect(toBase64(key.publicKeyRaw)).toBe(file.publicKey)
    expect(key.keyId).toBe(await fingerprint(key.publicKeyRaw))
    const bytes = new TextEncoder().encode('payload')
    expect(await verify(key.publicKeyRaw, bytes, await sign(key.privateKey, bytes))).toBe(true)
  })

  test('the imported private key is not extractable', async () => {
    const key = await importKeyFile(keyFileText(await createKeyFile(institution, now)))
    expect(key.privateKey.extractable).toBe(false)
    await expect(subtle().exportKey('pkcs8', key.privateKey)).rejects.toThrow()
  })

  test('a private key that does not match the public key is refused', async () => {
    const a = await createKeyFile(institution, now)
    const b = await createKeyFile(institution, now)
    const mixed = JSON.stringify({ ...a, privateKeyPkcs8: b.privateKeyPkcs8 })
    await expect(importKeyFile(mixed)).rejects.toThrow(/does not belong to its public key/)
  })

  test.each<[string, (file: KeyFile) => unknown, RegExp]>([
    ['another format', (f) => ({ ...f, format: 'ssh-key' }), /not an allied-pipeline-key file/],
    ['a future version', (f) => ({ ...f, version: 2 }), /version/],
    ['a bad institution id', (f) => ({ ...f, institutionId: 'Holyoke CC' }), /Institution id/],
    ['a bad date', (f) => ({ ...f, createdAt: 'yesterday' }), /createdAt/],
    ['a short public key', (f) => ({ ...f, publicKey: toBase64(new Uint8Array(31)) }), /32-byte/],
    ['base64 with whitespace', (f) => ({ ...f, publicKey: ` ${f.publicKey}` }), /32-byte/],
    ['an unknown field', (f) => ({ ...f, passphrase: 'x' }), /passphrase/],
    ['a missing private key', ({ privateKeyPkcs8: _, ...rest }) => rest, /privateKeyPkcs8/],
  ])('refuses %s', async (_what, change, message) => {
    const file = await createKeyFile(institution, now)
    const error = await importKeyFile(JSON.stringify(change(file))).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(KeyFileError)
    expect((error as Error).message).toMatch(message)
  })

  test('refuses text that is not JSON, and a PKCS#8 that is not Ed25519', async () => {
    await expect(importKeyFile('{')).rejects.toThrow(/not valid JSON/)
    const file = await createKeyFile(institution, now)
    const garbage = toBase64(new Uint8Array(48).fill(7))
    await expect(
      importKeyFile(JSON.stringify({ ...file, privateKeyPkcs8: garbage })),
    ).rejects.toThrow(/not an Ed25519 PKCS#8 key/)
  })

  test('the PKCS#8 is the RFC 8410 form (48 bytes, fixed prefix)', async () => {
    const file = await createKeyFile(institution, now)
    expect(toHex(fromBase64(file.privateKeyPkcs8)).slice(0, 32)).toBe(
      '302e020100300506032b657004220420',
    )
  })
})
