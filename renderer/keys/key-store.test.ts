import { Dexie } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { verifyReplacement } from '../../shared/crypto/key-card'
import { sign, verify } from '../../shared/crypto/sign'
import { InstitutionId } from '../../shared/domain/ids'
import { openKeyDatabase } from '../db/key-database'
import { currentKey, ensureKey, replaceKey, type KeyOwner } from './key-store'

const owner: KeyOwner = {
  institution: {
    id: InstitutionId.parse('holyoke-community-college'),
    name: 'Holyoke Community College',
  },
  contact: { name: 'Dana Whitfield', email: 'dwhitfield@example.edu' },
}
const names: string[] = []
const fresh = () => {
  const name = `keys-${Math.random().toString(36).slice(2)}`
  names.push(name)
  return openKeyDatabase(name)
}
afterEach(async () => {
  await Promise.all(names.splice(0).map((n) => Dexie.delete(n)))
})

describe('signing keys', () => {
  it('makes one non-extractable key on first use and returns it afterwards', async () => {
    const db = fresh()
    const first = await ensureKey(db, owner)
    const again = await ensureKey(db, owner)
    expect(again.keyId).toBe(first.keyId)
    expect(first.privateKey.extractable).toBe(false)
    await expect(crypto.subtle.exportKey('pkcs8', first.privateKey)).rejects.toThrow()
    const message = new TextEncoder().encode('figures')
    expect(await verify(first.publicKeyRaw, message, await sign(first.privateKey, message))).toBe(
      true,
    )
    expect(first.card.fingerprint).toBe(first.keyId)
  })

  it('replaces a key with a statement signed by the old one', async () => {
    const db = fresh()
    const old = await ensureKey(db, owner)
    const next = await replaceKey(db, owner)
    expect(next.keyId).not.toBe(old.keyId)
    expect((await currentKey(db, owner.institution.id))?.keyId).toBe(next.keyId)
    expect((await db.keys.get(old.keyId))?.status).toBe('retired')
    expect(next.card.replaces?.keyId).toBe(old.keyId)
    expect(await verifyReplacement(next.card)).toBe(true)
  })
})
