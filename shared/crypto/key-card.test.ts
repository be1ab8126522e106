import { describe, expect, test } from 'vitest'
import { InstitutionId } from '../domain/ids'
import { fromBase64, toBase64 } from './bytes'
import { canonicalJson } from './canonical'
import {
  KEY_CARD_FORMAT,
  MAX_KEY_CARD_CHARS,
  createKeyCard,
  keyCardFileName,
  keyCardText,
  readKeyCard,
  replacementStatement,
  verifyReplacement,
  type KeyCard,
} from './key-card'
import { exportPublicKeyRaw, fingerprint, generateSigningKeyPair } from './keys'

const institution = {
  id: InstitutionId.parse('example-community-college'),
  name: 'Example Community College (fictional)',
}
const contact = { name: 'Pat Registrar', email: 'pat.registrar@example.edu' }
const now = new Date('2025-09-15T14:30:00.000Z')

async function keyPair() {
  const pair = await generateSigningKeyPair()
  return { ...pair, publicKeyRaw: await exportPublicKeyRaw(pair.publicKey) }
}

async function cardFor(key: { publicKeyRaw: Uint8Array }) {
  return createKeyCard({ institution, contact, publicKeyRaw: key.publicKeyRaw, now })
}

async function problemOf(text: string): Promise<string> {
  const result = await readKeyCard(text)
  if (result.ok) throw new Error('expected the card to be refused')
  return result.problem
}

describe('key card', () => {
  test('created, written and read back', async () => {
    const key = await keyPair()
    const card = await cardFor(key)
    expect(card).toEqual({
      format: KEY_CARD_FORMAT,
      version: 1,
      institution,
      contact,
      publicKey: toBase64(key.publicKeyRaw),
      fingerprint: await fingerprint(key.publicKeyRaw),
      createdAt: '2025-09-15T14:30:00.000Z',
    })
    const read = await readKeyCard(keyCardText(card))
    expect(read).toEqual({ ok: true, card })
    expect(keyCardFileName(card)).toBe(
      `AHWG_key_example-community-college_${card.fingerprint.slice(0, 8)}.json`,
    )
  })

  test('a byte-order mark in front is tolerated', async () => {
    const card = await cardFor(await keyPair())
    expect((await readKeyCard(`\uFEFF${keyCardText(card)}`)).ok).toBe(true)
  })

  test('refuses a fingerprint that is not the hash of the key', async () => {
    const card = await cardFor(await keyPair())
    const other = await cardFor(await keyPair())
    const text = JSON.stringify({ ...card, fingerprint: other.fingerprint })
    expect(await problemOf(text)).toMatch(/fingerprint is not the SHA-256 of its public key/)
  })

  test.each<[string, (card: KeyCard) => unknown, RegExp]>([
    ['another format', (c) => ({ ...c, format: 'allied-pipeline-key' }), /"format" is not/],
    ['a future version', (c) => ({ ...c, version: 2 }), /^This is not a usable key card: version/],
    ['a bad e-mail', (c) => ({ ...c, contact: { ...c.contact, email: 'pat' } }), /contact\.email/],
    [
      'a bad institution id',
      (c) => ({ ...c, institution: { ...c.institution, id: 'Ex CC' } }),
      /institution\.id/,
    ],
    [
      'a short key',
      (c) => ({ ...c, publicKey: toBase64(new Uint8Array(31)) }),
      /publicKey: must be a 32-byte/,
    ],
    [
      'an upper-case fingerprint',
      (c) => ({ ...c, fingerprint: c.fingerprint.toUpperCase() }),
      /fingerprint/,
    ],
    ['an unknown field', (c) => ({ ...c, privateKey: 'x' }), /privateKey/],
    ['a missing contact', ({ contact: _, ...rest }) => rest, /contact/],
  ])('refuses %s', async (_what, change, message) => {
    const card = await cardFor(await keyPair())
    expect(await problemOf(JSON.stringify(change(card)))).toMatch(message)
  })

  test.each([
    ['not JSON', '{"format":', /not JSON/],
    ['an array', '[]', /not a JSON object/],
    ['null', 'null', /not a JSON object/],
    ['too long', ' '.repeat(MAX_KEY_CARD_CHARS + 1), /at most 16384/],
    ['deeply nested', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, /at most/],
  ])('refuses text that is %s, without throwing', async (_what, text, message) => {
    expect(await problemOf(text)).toMatch(message)
  })
})

describe('key replacement', () => {
  test('a statement signed by the old key verifies', async () => {
    const oldKey = await keyPair()
    const newKey = await keyPair()
    const card = await createKeyCard({
      institution,
      contact,
      publicKeyRaw: newKey.publicKeyRaw,
      now,
      replaces: { publicKeyRaw: oldKey.publicKeyRaw, privateKey: oldKey.privateKey },
    })
    expect(card.replaces).toMatchObject({
      keyId: await fingerprint(oldKey.publicKeyRaw),
      publicKey: toBase64(oldKey.publicKeyRaw),
      replacedAt: '2025-09-15T14:30:00.000Z',
    })
    expect(fromBase64(card.replaces?.signature ?? '')).toHaveLength(64)
    expect(await verifyReplacement(card)).toBe(true)

    const read = await readKeyCard(keyCardText(card))
    expect(read.ok && (await verifyReplacement(read.card))).toBe(true)
  })

  test('the statement is the canonical JSON the design names', async () => {
    const card = await cardFor(await keyPair())
    const oldKeyId = await fingerprint((await keyPair()).publicKeyRaw)
    const statement = replacementStatement(card, { keyId: oldKeyId, replacedAt: card.createdAt })
    expect(canonicalJson(statement)).toBe(
      `{"institutionId":"example-community-college","newKeyId":"${card.fingerprint}",` +
        `"newPublicKey":"${card.publicKey}","oldKeyId":"${oldKeyId}",` +
        `"replacedAt":"2025-09-15T14:30:00.000Z","statement":"allied-pipeline-key-replacement"}`,
    )
  })

  test('without the old private key the card names the old key but is not signed', async () => {
    const oldKey = await keyPair()
    const card = await createKeyCard({
      institution,
      contact,
      publicKeyRaw: (await keyPair()).publicKeyRaw,
      now,
      replaces: { publicKeyRaw: oldKey.publicKeyRaw },
    })
    expect(card.replaces?.signature).toBeUndefined()
    expect((await readKeyCard(keyCardText(card))).ok).toBe(true)
    expect(await verifyReplacement(card)).toBe(false)
  })

  test('a card that replaces nothing is not a replacement', async () => {
    expect(await verifyReplacement(await cardFor(await keyPair()))).toBe(false)
  })

  test.each<[string, (card: KeyCard, extra: KeyCard) => KeyCard]>([
    [
      'another institution',
      (c) => ({
        ...c,
        institution: { ...c.institution, id: InstitutionId.parse('sample-regional-hospital') },
      }),
    ],
    ['another new key', (c, x) => ({ ...c, publicKey: x.publicKey, fingerprint: x.fingerprint })],
    [
      'another date',
      (c) => ({ ...c, replaces: { ...c.replaces!, replacedAt: '2025-09-16T00:00:00.000Z' } }),
    ],
    [
      'a signature by another key',
      (c, x) => ({
        ...c,
        replaces: { ...c.replaces!, publicKey: x.publicKey, keyId: x.fingerprint },
      }),
    ],
    [
      'a mismatched old key id',
      (c, x) => ({ ...c, replaces: { ...c.replaces!, keyId: x.fingerprint } }),
    ],
  ])('a statement does not verify with %s', async (_what, change) => {
    const oldKey = await keyPair()
    const card = await createKeyCard({
      institution,
      contact,
      publicKeyRaw: (await keyPair()).publicKeyRaw,
      now,
      replaces: { publicKeyRaw: oldKey.publicKeyRaw, privateKey: oldKey.privateKey },
    })
    const extra = await cardFor(await keyPair())
    expect(await verifyReplacement(change(card, extra))).toBe(false)
  })

  test('reading refuses an old key id that is not the hash of the old key', async () => {
    const oldKey = await keyPair()
    const card = await createKeyCard({
      institution,
      contact,
      publicKeyRaw: (await keyPair()).publicKeyRaw,
      now,
      replaces: { publicKeyRaw: oldKey.publicKeyRaw },
    })
    const other = await cardFor(await keyPair())
    const text = JSON.stringify({
      ...card,
      replaces: { ...card.replaces, keyId: other.fingerprint },
    })
    expect(await problemOf(text)).toMatch(/key it replaces/)
  })

  test('a key cannot replace itself', async () => {
    const key = await keyPair()
    await expect(
      createKeyCard({
        institution,
        contact,
        publicKeyRaw: key.publicKeyRaw,
        now,
        replaces: { publicKeyRaw: key.publicKeyRaw, privateKey: key.privateKey },
      }),
    ).rejects.toThrow(/cannot replace itself/)
  })
})
