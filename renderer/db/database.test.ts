// Upgrades: a database written by every older version opens with the current one and keeps its data.
import { Dexie } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { InstitutionId } from '../../shared/domain/ids'
import { academicYear } from '../../shared/domain/periods'
import type { TableName } from '../backup/backup-format'
import { checkRow } from '../backup/row-check'
import { analysisRowsAtV6, boardRowsAtV5 } from './board-rows'
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

/** Opens a database exactly as version `upTo` of the app declared it, upgrades included. */
function openAtVersion(name: string, upTo: number) {
  const db = new Dexie(name)
  for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= upTo)) {
    const declared = db.version(v.version).stores(v.stores)
    if (v.upgrade) declared.upgrade(v.upgrade)
  }
  return db
}

const profile = {
  institutionId: InstitutionId.parse('holyoke-community-college'),
  role: 'education' as const,
  contactName: 'Dana Whitfield',
  contactEmail: 'dwhitfield@example.edu',
  updatedAt: '2026-11-01T12:00:00.000Z',
}

/**
 * Every version as it was released. Adding a version means adding its entry here; an entry
 * never changes, because a database already upgraded to that version never runs it again.
 */
const RELEASED = [
  { version: 1, stores: { profile: 'key', institutions: 'id, name', settings: 'key' } },
  {
    version: 2,
    stores: {
      periods: 'id, kind',
      programs: 'id, occupation',
      cells: '[periodId+rowId+measure], periodId',
    },
  },
  { version: 3, stores: { exports: 'id, periodId' } },
  {
    version: 4,
    stores: { periods: 'id, kind, institutionId', revisions: '[institutionId+periodId]' },
    upgrade: true,
  },
  {
    version: 5,
    stores: {
      trustRegistry: 'key',
      cycles: 'id',
      heldSubmissions: 'id, ratchetKey, &payloadHash, institutionId',
      evidence: 'id',
      auditLog: '++seq, cycleId, batchId',
      issuedReceipts: 'id, heldId',
      boardKeyCards: 'fingerprint',
      receivedReceipts: 'id, [institutionId+periodId]',
    },
  },
  { version: 6, stores: { boardContext: 'key', scenarios: 'id, cycleId' } },
]

const at = '2026-11-20T15:30:00.000Z'
const submissionId = '0b7a8f0e-4c1d-4f7e-9a51-3c2b1d0e9f11'

/** One row for every table, in the shape the database stored at `version`. */
function rowsAt(version: number): Record<string, Record<string, unknown>[]> {
  const stamped = version >= 4 ? { institutionId: profile.institutionId } : {}
  const rows: Record<string, Record<string, unknown>[]> = {
    profile: [{ ...profile, key: 'me' }],
    institutions: [
      {
        id: 'westfield-vocational-academy',
        name: 'Westfield Vocational Academy',
        kind: 'high-school',
        county: 'Hampden',
        custom: true,
      },
    ],
    settings: [{ key: 'grid.columnWidths', value: { seats: 80 } }],
  }
  if (version >= 2) {
    rows.periods = [
      {
        id: 'AY2025-26',
        ...stamped,
        kind: 'education',
        period: academicYear(2025),
        rowIds: ['hcc-rad'],
        createdAt: at,
        updatedAt: at,
      },
    ]
    rows.programs = [
      {
        id: 'hcc-rad',
        occupation: 'radiologic-technologists',
        name: 'Radiologic Technology',
        cip: '51.0911',
        credential: 'associate',
        campus: '',
        accreditor: 'JRCERT',
      },
    ]
    rows.cells = [
      {
        periodId: 'AY2025-26',
        rowId: 'hcc-rad',
        measure: 'seats',
        value: 24,
        explanation: '',
        updatedAt: at,
        ...stamped,
      },
    ]
  }
  if (version >= 3) {
    rows.exports = [
      {
        id: 'AY2025-26#2',
        periodId: 'AY2025-26',
        revision: 2,
        submissionId,
        supersedes: null,
        fileName: 'AHWG_holyoke-community-college_AY2025-26_r2.xlsx',
        exportedAt: at,
        keyId: 'a'.repeat(64),
      },
    ]
  }
  if (version >= 4) {
    rows.revisions = [
      {
        institutionId: profile.institutionId,
        periodId: 'AY2025-26',
        revision: 2,
        submissionId,
        at,
      },
    ]
  }
  if (version >= 5) Object.assign(rows, boardRowsAtV5())
  if (version >= 6) Object.assign(rows, analysisRowsAtV6())
  return rows
}

describe('database', () => {
  it('declares versions in ascending order without gaps', () => {
    expect(SCHEMA_VERSIONS.map((s) => s.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1))
  })

  it('keeps every released version exactly as it was released', () => {
    const declared = SCHEMA_VERSIONS.map((v) => ({
      version: v.version,
      stores: v.stores,
      ...(v.upgrade ? { upgrade: true } : {}),
    }))
    // An edited entry fails here: add a new version instead. A new version fails here until
    // its entry is added to RELEASED.
    expect(declared).toEqual(RELEASED)
  })

  for (const { version } of SCHEMA_VERSIONS) {
    it(`upgrades a database written at version ${version}, keeping a row of every table`, async () => {
      const name = freshName()
      const old = openAtVersion(name, version)
      await old.open()
      const written = rowsAt(version)
      for (const [table, rows] of Object.entries(written)) await old.table(table).bulkPut(rows)
      old.close()

      const db = openDatabase(name)
      expect(await loadProfile(db)).toEqual(profile)
      expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version)
      const current = rowsAt(db.verno)
      // Every table the current version declares holds the row written at `version`, in the
      // current shape; the revision mark comes from the export when there was one.
      for (const table of db.tables) {
        const derived = table.name === 'revisions' && written.exports !== undefined
        const expected = written[table.name] || derived ? current[table.name] : []
        const stored = await table.toArray()
        expect(stored, table.name).toEqual(expected)
        // And in a shape the app (and a backup) accepts.
        for (const row of stored)
          expect(checkRow(table.name as TableName, row, 0)).toMatchObject({ ok: true })
      }
      db.close()
    })
  }

  it('leaves periods of a database without a profile as they were, rather than guess whose they are', async () => {
    const name = freshName()
    const old = openAtVersion(name, 3)
    await old.open()
    const { periods = [] } = rowsAt(3)
    await old.table('periods').bulkPut(periods)
    old.close()
    const db = openDatabase(name)
    expect(await db.periods.toArray()).toEqual(periods)
    expect(await db.revisions.count()).toBe(0)
    db.close()
  })

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
