import { describe, expect, test } from 'vitest'
import { toBase64 } from '../crypto/bytes'
import { createKeyCard, type KeyCard } from '../crypto/key-card'
import { exportPublicKeyRaw, generateSigningKeyPair, type SigningKey } from '../crypto/keys'
import { InstitutionId } from '../domain/ids'
import {
  TRUST_REGISTRY_FORMAT,
  addKeyCard,
  confirmKey,
  emptyTrustRegistry,
  readTrustRegistry,
  revokeKey,
  trustOf,
  trustRegistryText,
  type KeyChange,
  type TrustRegistry,
} from './registry'

const hospital = {
  id: InstitutionId.parse('sample-regional-hospital'),
  name: 'Sample Regional Hospital (fictional)',
}
const college = {
  id: InstitutionId.parse('example-community-college'),
  name: 'Example Community College (fictional)',
}
const contact = { name: 'Sam Recruiter', email: 'sam.recruiter@example.org' }
const day1 = new Date('2025-10-01T09:00:00.000Z')
const day2 = new Date('2025-10-02T09:00:00.000Z')
const day3 = new Date('2025-10-03T09:00:00.000Z')

interface Key {
  publicKeyRaw: Uint8Array
  privateKey: SigningKey
}

async function newKey(): Promise<Key> {
  const pair = await generateSigningKeyPair()
  return { publicKeyRaw: await exportPublicKeyRaw(pair.publicKey), privateKey: pair.privateKey }
}

function card(key: Key, institution = hospital, replaces?: Key, signed = true): Promise<KeyCard> {
  return createKeyCard({
    institution,
    contact,
    publicKeyRaw: key.publicKeyRaw,
    now: day1,
    ...(replaces
      ? {
          replaces: signed
            ? { publicKeyRaw: replaces.publicKeyRaw, privateKey: replaces.privateKey }
            : { publicKeyRaw: replaces.publicKeyRaw },
        }
      : {}),
  })
}

function applied(change: KeyChange): TrustRegistry {
  if (!change.ok) throw new Error(change.problem)
  return change.registry
}

/** A registry that pins `key` for the hospital, the way staff get there. */
async function pinned(key: Key): Promise<{ registry: TrustRegistry; card: KeyCard }> {
  const c = await card(key)
  const { registry } = await addKeyCard(emptyTrustRegistry(), c, day1)
  return { registry: applied(confirmKey(registry, hospital.id, c.fingerprint, day2)), card: c }
}

describe('adding key cards', () => {
  test('a new key is pending, and confirming pins it', async () => {
    const c = await card(await newKey())
    const { registry, outcome } = await addKeyCard(emptyTrustRegistry(), c, day1)
    expect(outcome).toMatchObject({ kind: 'pending', keyId: c.fingerprint })
    expect(outcome.message).toMatch(/call Sam Recruiter and compare the fingerprint/)
    expect(registry.institutions).toEqual([
      {
        institutionId: hospital.id,
        name: hospital.name,
        keys: [
          {
            keyId: c.fingerprint,
            publicKey: c.publicKey,
            status: 'pending',
            addedAt: day1.toISOString(),
            contact,
          },
        ],
      },
    ])
    expect(trustOf(registry, hospital.id, c.fingerprint).level).toBe('pending')

    const note = 'Read aloud by Sam Recruiter on the phone.'
    const confirmed = applied(confirmKey(registry, hospital.id, c.fingerprint, day2, note))
    expect(confirmed.institutions[0]?.keys[0]).toMatchObject({
      status: 'pinned',
      confirmedAt: day2.toISOString(),
      confirmedBy: 'fingerprint',
      note,
    })
    expect(trustOf(confirmed, hospital.id, c.fingerprint)).toMatchObject({
      level: 'trusted',
      institutionName: hospital.name,
    })
    // the input registry is left as it was
    expect(registry.institutions[0]?.keys[0]?.status).toBe('pending')
  })

  test('a replacement signed by the pinned key is pinned and the old key revoked', async () => {
    const oldKey = await newKey()
    const { registry, card: oldCard } = await pinned(oldKey)
    const newCard = await card(await newKey(), hospital, oldKey)
    const result = await addKeyCard(registry, newCard, day3)
    expect(result.outcome).toMatchObject({
      kind: 'replaced',
      keyId: newCard.fingerprint,
      replacedKeyId: oldCard.fingerprint,
    })
    const keys = result.registry.institutions[0]?.keys ?? []
    expect(keys.find((k) => k.keyId === newCard.fingerprint)).toMatchObject({
      status: 'pinned',
      confirmedAt: day3.toISOString(),
      confirmedBy: 'replacement',
      replaces: oldCard.fingerprint,
    })
    expect(keys.find((k) => k.keyId === oldCard.fingerprint)).toMatchObject({
      status: 'revoked',
      revokedAt: day3.toISOString(),
      replacedBy: newCard.fingerprint,
    })
    expect(trustOf(result.registry, hospital.id, newCard.fingerprint).level).toBe('trusted')
    const old = trustOf(result.registry, hospital.id, oldCard.fingerprint)
    expect(old.level).toBe('revoked')
    expect(old.message).toMatch(/was replaced on 2025-10-03/)
  })

  test('a replacement without the old key’s signature waits like any new key', async () => {
    const oldKey = await newKey()
    const { registry } = await pinned(oldKey)
    const result = await addKeyCard(
      registry,
      await card(await newKey(), hospital, oldKey, false),
      day3,
    )
    expect(result.outcome.kind).toBe('pending')
    expect(result.outcome.message).toMatch(/not validly signed/)
    expect(result.registry.institutions[0]?.keys.map((k) => k.status)).toEqual([
      'pinned',
      'pending',
    ])
  })

  test('a replacement signed by a key that is only pending is not automatic', async () => {
    const oldKey = await newKey()
    const { registry } = await addKeyCard(emptyTrustRegistry(), await card(oldKey), day1)
    const result = await addKeyCard(registry, await card(await newKey(), hospital, oldKey), day2)
    expect(result.outcome.kind).toBe('pending')
    expect(result.outcome.message).toMatch(/replaces a key that is pending/)
  })

  test('a replacement signed by another institution’s pinned key is not automatic', async () => {
    const hospitalKey = await newKey()
    const { registry } = await pinned(hospitalKey)
    const result = await addKeyCard(
      registry,
      await card(await newKey(), college, hospitalKey),
      day3,
    )
    expect(result.outcome.kind).toBe('pending')
    expect(result.outcome.message).toMatch(/does not hold for this institution/)
    expect(trustOf(result.registry, hospital.id, (await card(hospitalKey)).fingerprint).level).toBe(
      'trusted',
    )
  })

  test('a card read twice changes nothing', async () => {
    const c = await card(await newKey())
    const once = await addKeyCard(emptyTrustRegistry(), c, day1)
    const twice = await addKeyCard(once.registry, c, day2)
    expect(twice.outcome).toMatchObject({ kind: 'unchanged', status: 'pending' })
    expect(twice.registry).toBe(once.registry)
  })

  test('a revoked key stays revoked when its card comes again', async () => {
    const key = await newKey()
    const { registry, card: c } = await pinned(key)
    const revoked = applied(revokeKey(registry, hospital.id, c.fingerprint, day3, 'laptop stolen'))
    const again = await addKeyCard(revoked, c, day3)
    expect(again.outcome).toMatchObject({ kind: 'unchanged', status: 'revoked' })
    expect(confirmKey(revoked, hospital.id, c.fingerprint, day3)).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/cannot be trusted again/) as unknown,
    })
  })

  test('refuses a key already registered to another institution', async () => {
    const key = await newKey()
    const { registry } = await pinned(key)
    const result = await addKeyCard(registry, await card(key, college), day3)
    expect(result.outcome).toMatchObject({ kind: 'refused' })
    expect(result.outcome.message).toMatch(/already registered to Sample Regional Hospital/)
    expect(result.registry).toBe(registry)
  })

  test('refuses a card whose fingerprint is not its key', async () => {
    const c = await card(await newKey())
    const other = await card(await newKey())
    const result = await addKeyCard(
      emptyTrustRegistry(),
      { ...c, fingerprint: other.fingerprint },
      day1,
    )
    expect(result.outcome.kind).toBe('refused')
  })
})

describe('trustOf', () => {
  test('an unknown key is shown like a host-key change, with the keys the board holds', async () => {
    const { registry, card: c } = await pinned(await newKey())
    const stranger = await card(await newKey())
    const trust = trustOf(registry, hospital.id, stranger.fingerprint)
    expect(trust.level).toBe('unknown-key')
    if (trust.level !== 'unknown-key') return
    expect(trust.knownKeys.map((k) => k.keyId)).toEqual([c.fingerprint])
    expect(trust.message).toMatch(
      /^WARNING: this file is signed with a key the board has never seen/,
    )
    expect(trust.message).toContain(c.fingerprint.slice(0, 4).toUpperCase())
    expect(trust.message).toContain(stranger.fingerprint.slice(0, 4).toUpperCase())
  })

  test('a key id that is not a fingerprint is simply unknown', async () => {
    const { registry } = await pinned(await newKey())
    expect(trustOf(registry, hospital.id, 'not-a-key').level).toBe('unknown-key')
  })

  test('an unknown institution', async () => {
    const c = await card(await newKey())
    const trust = trustOf(emptyTrustRegistry(), hospital.id, c.fingerprint)
    expect(trust.level).toBe('unknown-institution')
    expect(trust.message).toMatch(/holds no key for institution "sample-regional-hospital"/)
  })

  test('a pinned key used for another institution is not trusted for it', async () => {
    const { registry, card: c } = await pinned(await newKey())
    const collegeCard = await card(await newKey(), college)
    const withCollege = (await addKeyCard(registry, collegeCard, day2)).registry
    const trust = trustOf(withCollege, college.id, c.fingerprint)
    expect(trust).toMatchObject({ level: 'unknown-key', registeredTo: hospital.id })
    expect(trust.message).toMatch(/registered to Sample Regional Hospital/)
    expect(trustOf(registry, college.id, c.fingerprint)).toMatchObject({
      level: 'unknown-institution',
      registeredTo: hospital.id,
    })
  })

  test('a revoked key', async () => {
    const { registry, card: c } = await pinned(await newKey())
    const revoked = applied(revokeKey(registry, hospital.id, c.fingerprint, day3))
    const trust = trustOf(revoked, hospital.id, c.fingerprint)
    expect(trust.level).toBe('revoked')
    expect(trust.message).toMatch(/was revoked on 2025-10-03. Do not accept it/)
    expect(revokeKey(revoked, hospital.id, c.fingerprint, day3).ok).toBe(false)
  })

  test('changing a key that is not there is refused', () => {
    const change = confirmKey(emptyTrustRegistry(), hospital.id, 'ab'.repeat(32), day1)
    expect(change).toMatchObject({ ok: false })
  })
})

describe('the registry file', () => {
  test('written and read back', async () => {
    const oldKey = await newKey()
    const { registry } = await pinned(oldKey)
    const replaced = (
      await addKeyCard(registry, await card(await newKey(), hospital, oldKey), day3)
    ).registry
    const text = trustRegistryText(replaced)
    expect(JSON.parse(text)).toMatchObject({ format: TRUST_REGISTRY_FORMAT, version: 1 })
    expect(await readTrustRegistry(text)).toEqual({ ok: true, registry: replaced })
  })

  test('refuses a key id that is not its key’s hash', async () => {
    const { registry } = await pinned(await newKey())
    const other = await newKey()
    const text = trustRegistryText(registry).replace(
      registry.institutions[0]?.keys[0]?.publicKey ?? '',
      toBase64(other.publicKeyRaw),
    )
    const read = await readTrustRegistry(text)
    expect(read).toMatchObject({ ok: false })
    expect(!read.ok && read.problem).toMatch(/not its public key's SHA-256/)
  })

  test.each([
    ['not JSON', 'nope', /not JSON/],
    ['another format', '{"format":"x","version":1,"institutions":[]}', /format/],
    ['a pinned key without confirmedAt', null, /confirmedAt/],
    ['too large', ' '.repeat(5 * 1024 * 1024), /larger than/],
  ])('refuses %s', async (_what, text, message) => {
    let input = text
    if (input === null) {
      const { registry } = await pinned(await newKey())
      const json = JSON.parse(trustRegistryText(registry)) as TrustRegistry
      delete json.institutions[0]?.keys[0]?.confirmedAt
      input = JSON.stringify(json)
    }
    const read = await readTrustRegistry(input)
    expect(read.ok).toBe(false)
    expect(!read.ok && read.problem).toMatch(message)
  })

  test('refuses the same key listed twice', async () => {
    const { registry } = await pinned(await newKey())
    const institution = registry.institutions[0]
    if (!institution) throw new Error('no institution')
    const doubled = {
      ...registry,
      institutions: [institution, { ...institution, institutionId: college.id }],
    }
    const read = await readTrustRegistry(JSON.stringify(doubled))
    expect(!read.ok && read.problem).toMatch(/listed twice/)
  })
})
