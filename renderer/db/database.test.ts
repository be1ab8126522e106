// Upgrades: a database written by every older version opens with the current one and keeps its data.
import { Dexie } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { InstitutionId } from '../../shared/domain/ids'
import { SCHEMA_VERSIONS, openDatabase } from './database'
import { loadDirectory, loadProfile, saveProfile } from './profile-repository'

const names: string[] = []
function freshName() {
  const name = `test-${names.length}-${Math.random().toString(36).slice(2)}`
  names.push(name)
  return name
}

afterEach(async () => {
  await Promise.all(names.splice(0).map((n) => Dexie.delete(n)))
})

/** Opens a database exactly as version `upTo` of the app declared it. */
function openAtVersion(name: string, upTo: number) {
  const db = new Dexie(name)
  for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= upTo))
    db.version(v.version).stores(v.stores)
  return db
}

const profile = {
  institutionId: InstitutionId.parse('holyoke-community-college'),
  role: 'education' as const,
  contactName: 'Dana Whitfield',
  contactEmail: 'dwhitfield@example.edu',
  updatedAt: '2026-11-01T12:00:00.000Z',
}

describe('database', () => {
  it('declares versions in ascending order without gaps', () => {
    expect(SCHEMA_VERSIONS.map((s) => s.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1))
  })

  for (const { version } of SCHEMA_VERSIONS) {
    it(`upgrades a database written at version ${version} and keeps the profile`, async () => {
      const name = freshName()
      const old = openAtVersion(name, version)
      await old.open()
      await old.table('profile').put({ ...profile, key: 'me' })
      old.close()

      const db = openDatabase(name)
      expect(await loadProfile(db)).toEqual(profile)
      expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version)
      db.close()
    })
  }

  it('stores a new institution with the profile and lists it in the directory', async () => {
    const db = openDatabase(freshName())
    const id = InstitutionId.parse('westfield-vocational-academy')
    await saveProfile(
      db,
      { ...profile, institutionId: id, role: 'high-school' },
      {
        id,
        name: 'Westfield Vocational Academy',
        kind: 'high-school',
        county: 'Hampden',
        custom: false,
      },
    )
    const directory = await loadDirectory(db)
    expect(directory.find((i) => i.id === id)).toMatchObject({
      name: 'Westfield Vocational Academy',
      custom: true,
    })
    expect((await loadProfile(db))?.institutionId).toBe(id)
    db.close()
  })

  it('refuses an invalid profile and leaves the stored one untouched', async () => {
    const db = openDatabase(freshName())
    await saveProfile(db, profile)
    await expect(saveProfile(db, { ...profile, contactEmail: 'nope' })).rejects.toThrow()
    expect(await loadProfile(db)).toEqual(profile)
    db.close()
  })

  it('reports a damaged stored profile instead of returning half of it', async () => {
    const db = openDatabase(freshName())
    await db.profile.put({ ...profile, role: 'astronaut' as never, key: 'me' })
    await expect(loadProfile(db)).rejects.toThrow(/role/)
    db.close()
  })
})
