import { afterEach, describe, expect, it } from 'vitest'
import { createKeyCard, keyCardText } from '../../shared/crypto/key-card'
import { formatFingerprint } from '../../shared/crypto/keys'
import { trustRegistryText } from '../../shared/trust/registry'
import { testSigner } from '../../shared/workbook/test-fixtures'
import { InstitutionId } from '../../shared/domain/ids'
import { NOW, STAFF, deleteBoardDatabases, freshBoardDatabase } from './board-test-data'
import {
  confirmRegistryKey,
  fingerprintMismatch,
  importKeyCards,
  loadRegistry,
  replaceRegistry,
} from './trust-repository'

afterEach(deleteBoardDatabases)

async function cardFile(slug: string) {
  const signer = await testSigner()
  const card = await createKeyCard({
    institution: { id: InstitutionId.parse(slug), name: `${slug} (fictional)` },
    contact: { name: 'Dana Contact', email: 'dana@example.org' },
    publicKeyRaw: signer.publicKeyRaw,
    now: NOW,
  })
  return { card, file: { name: `${slug}.json`, text: keyCardText(card) } }
}

describe('trust registry repository', () => {
  it('imports many key cards at once as pending keys; a bad file is refused on its own', async () => {
    const db = freshBoardDatabase()
    const a = await cardFile('college-a')
    const b = await cardFile('college-b')
    const results = await importKeyCards(
      db,
      [a.file, { name: 'notes.txt', text: 'hello' }, b.file],
      NOW,
    )
    expect(results.map((r) => [r.fileName, r.outcome.kind])).toEqual([
      ['college-a.json', 'pending'],
      ['notes.txt', 'refused'],
      ['college-b.json', 'pending'],
    ])
    const registry = await loadRegistry(db)
    expect(registry.institutions.map((i) => [i.institutionId, i.keys[0]?.status])).toEqual([
      ['college-a', 'pending'],
      ['college-b', 'pending'],
    ])
  })

  it('pins a key only for its full fingerprint, spaces and case ignored, and records who confirmed', async () => {
    const db = freshBoardDatabase()
    const { card, file } = await cardFile('college-a')
    await importKeyCards(db, [file], NOW)
    const keyId = card.fingerprint
    const wrong = `${keyId.slice(0, 63)}${keyId.endsWith('0') ? '1' : '0'}`
    const attempt = (typedFingerprint: string) =>
      confirmRegistryKey(
        db,
        {
          institutionId: card.institution.id,
          keyId,
          typedFingerprint,
          who: STAFF,
          contactName: 'Dana Contact',
        },
        NOW,
      )
    expect(await attempt(wrong)).toEqual({ ok: false, problem: fingerprintMismatch(keyId, wrong) })
    expect(fingerprintMismatch(keyId, wrong)).toMatch(/does not match/)
    expect(fingerprintMismatch(keyId, keyId.slice(0, 20))).toMatch(/20 of the fingerprint’s 64/)
    expect(fingerprintMismatch(keyId, 'yes')).toMatch(/only the digits/)
    expect((await loadRegistry(db)).institutions[0]?.keys[0]?.status).toBe('pending')

    const typed = formatFingerprint(keyId).toLowerCase().replace(/\n/, '  ')
    expect((await attempt(typed)).ok).toBe(true)
    const key = (await loadRegistry(db)).institutions[0]?.keys[0]
    expect(key).toMatchObject({
      status: 'pinned',
      confirmedBy: 'fingerprint',
      confirmedAt: NOW.toISOString(),
    })
    expect(key?.note).toBe(
      'Confirmed by Jordan Staff (jordan.staff@example.org), who typed back the fingerprint Dana Contact read out on the phone.',
    )
  })

  it('does not lose a change made in another window meanwhile', async () => {
    const db = freshBoardDatabase()
    const cards = await Promise.all(['a-college', 'b-college', 'c-college'].map(cardFile))
    // Three imports at once, as from three windows: each sees the others' keys.
    await Promise.all(cards.map((c) => importKeyCards(db, [c.file], NOW)))
    expect((await loadRegistry(db)).institutions.map((i) => i.institutionId).sort()).toEqual([
      'a-college',
      'b-college',
      'c-college',
    ])
  })

  it('replaces the registry from a registry file, and refuses a damaged one without change', async () => {
    const db = freshBoardDatabase()
    const { file } = await cardFile('college-a')
    await importKeyCards(db, [file], NOW)
    const exported = trustRegistryText(await loadRegistry(db))
    const other = freshBoardDatabase()
    expect((await replaceRegistry(other, exported, NOW)).ok).toBe(true)
    expect(await loadRegistry(other)).toEqual(await loadRegistry(db))
    const refused = await replaceRegistry(other, '{"format":"something else"}', NOW)
    expect(refused.ok).toBe(false)
    if (!refused.ok) expect(refused.problem).toMatch(/^This is not a usable trust registry/)
    expect(await loadRegistry(other)).toEqual(await loadRegistry(db))
  })
})
