import { zipSync } from 'fflate'
import { afterEach, describe, expect, it } from 'vitest'
import { PROFILE_KEY, type AppDatabase } from '../db/database'
import { loadProfile } from '../db/profile-repository'
import {
  DANA,
  deleteTestDatabases,
  dumpTables,
  fillAsAnalyst,
  fillAsRegistrar,
  fillBoardTables,
  freshDatabase,
} from './backup-fixtures'
import { analysisRowsAtV6, boardRowsAtV5 } from '../db/board-rows'
import {
  BACKUP_FORMAT,
  CURRENT_DATABASE_VERSION,
  MAX_BACKUP_BYTES,
  TABLE_NAMES,
  type Backup,
  type TableName,
} from './backup-format'
import { KeyId, SubmissionId } from '../../shared/domain/ids'
import { listExports, nextRevision, recordExport } from '../db/reporting-repository'
import {
  BackupError,
  createBackup,
  keptRevisionsMessage,
  readBackup,
  restoreBackup,
  summarizeDatabase,
} from './backup'

afterEach(deleteTestDatabases)

const NOW = new Date('2026-11-28T14:05:00.000Z')
const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value))
const decode = (bytes: Uint8Array) =>
  JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown> & {
    tables: Record<TableName, Record<string, unknown>[]>
  }

async function registrarBackup(): Promise<Uint8Array> {
  const db = freshDatabase()
  await fillAsRegistrar(db)
  return createBackup(db, NOW, '0.1.0 (test)')
}

/** The backup document as JSON, to damage before encoding it again. */
async function registrarDocument() {
  return decode(await registrarBackup())
}

function mustRead(bytes: Uint8Array): Backup {
  const result = readBackup(bytes)
  if (!result.ok) throw new Error(result.problem)
  return result.backup
}

/** What the Restore button does: read the file, and restore only a good one. */
async function restoreFile(db: AppDatabase, bytes: Uint8Array): Promise<string | null> {
  const result = readBackup(bytes)
  if (!result.ok) return result.problem
  await restoreBackup(db, result.backup)
  return null
}

describe('createBackup', () => {
  it('writes a versioned document with every table', async () => {
    const document = await registrarDocument()
    expect(document).toMatchObject({
      format: BACKUP_FORMAT,
      formatVersion: 2,
      databaseVersion: CURRENT_DATABASE_VERSION,
      appVersion: '0.1.0 (test)',
      createdAt: '2026-11-28T14:05:00.000Z',
    })
    expect(Object.keys(document.tables)).toEqual(TABLE_NAMES)
    expect(document.tables.profile).toEqual([{ ...DANA, key: PROFILE_KEY }])
    expect(document.tables.cells).toHaveLength(17)
  })

  it('gives the same bytes for the same data, whatever order it was entered in', async () => {
    const a = freshDatabase()
    await fillAsRegistrar(a)
    const b = freshDatabase()
    await restoreBackup(b, mustRead(await createBackup(a, NOW, 'x')))
    // Store b's figures with their fields in another order: the file must not change.
    const cells = await b.cells.toArray()
    await b.cells.clear()
    await b.cells.bulkAdd(
      cells.reverse().map((c) => Object.fromEntries(Object.entries(c).reverse()) as typeof c),
    )
    expect(Object.keys((await b.cells.toArray())[0]!)[0]).toBe('institutionId')
    expect(await createBackup(b, NOW, 'x')).toEqual(await createBackup(a, NOW, 'x'))
  })

  it('refuses to save data it could not restore, naming the row', async () => {
    const db = freshDatabase()
    await fillAsRegistrar(db)
    await db.cells.put({
      periodId: 'AY2025-26',
      institutionId: DANA.institutionId,
      rowId: 'hcc-mlt',
      measure: 'seats',
      value: 'forty' as unknown as number,
      explanation: '',
      updatedAt: NOW.toISOString(),
    })
    const attempt = createBackup(db, NOW, 'x')
    await expect(attempt).rejects.toBeInstanceOf(BackupError)
    await expect(attempt).rejects.toThrow(/row \d+ of cells is damaged: value must be a number/)
  })

  it('refuses a setting JSON cannot carry exactly', async () => {
    const db = freshDatabase()
    await db.settings.put({ key: 'lastOpened', value: new Date() })
    await expect(createBackup(db, NOW, 'x')).rejects.toThrow(
      'A backup cannot be made: row 1 of settings is damaged: value is not plain data',
    )
  })
})

describe('restore', () => {
  it('gives back identical data in every table', async () => {
    const source = freshDatabase()
    await fillAsRegistrar(source)
    await fillBoardTables(source)
    const bytes = await createBackup(source, NOW, 'x')

    const target = freshDatabase()
    await restoreBackup(target, mustRead(bytes))
    const before = await dumpTables(source)
    expect(await dumpTables(target)).toEqual(before)
    expect(Object.values(before).every((rows) => rows.length > 0)).toBe(true)
  })

  it('replaces what was there, leaving nothing of it behind', async () => {
    const source = freshDatabase()
    await fillAsRegistrar(source)
    const target = freshDatabase()
    await fillAsAnalyst(target)

    await restoreBackup(target, mustRead(await createBackup(source, NOW, 'x')))
    expect(await dumpTables(target)).toEqual(await dumpTables(source))
    expect(await loadProfile(target)).toEqual(DANA)
  })

  it('changes nothing when writing fails midway', async () => {
    const target = freshDatabase()
    await fillAsAnalyst(target)
    const before = await dumpTables(target)
    const backup = mustRead(await registrarBackup())
    // Two cells with one key get past nothing but the database itself: bulkAdd fails after
    // the other tables were already cleared and filled.
    const cell = backup.tables.cells[0]!
    await expect(
      restoreBackup(target, {
        ...backup,
        tables: { ...backup.tables, cells: [...backup.tables.cells, cell] },
      }),
    ).rejects.toThrow()
    expect(await dumpTables(target)).toEqual(before)
  })

  it('restores a backup from database version 1, emptying the tables it did not have', async () => {
    const target = freshDatabase()
    await fillAsRegistrar(target)
    const marks = await target.revisions.toArray()
    const v1 = {
      format: BACKUP_FORMAT,
      formatVersion: 1,
      databaseVersion: 1,
      appVersion: '0.0.9',
      createdAt: '2026-06-30T10:00:00.000Z',
      tables: {
        profile: [
          {
            key: 'me',
            institutionId: 'westfield-medical-group',
            role: 'employer',
            contactName: 'Ray Ortiz',
            contactEmail: 'ray.ortiz@example.org',
            updatedAt: '2026-06-01T09:00:00.000Z',
          },
        ],
        institutions: [
          {
            id: 'westfield-medical-group',
            name: 'Westfield Medical Group',
            kind: 'employer',
            county: 'Hampden',
            custom: true,
          },
        ],
        settings: [],
      },
    }
    const result = readBackup(encode(v1))
    expect(result).toMatchObject({
      ok: true,
      summary: {
        contactName: 'Ray Ortiz',
        institutionName: 'Westfield Medical Group',
        periods: 0,
        programs: 0,
        figures: 0,
      },
    })
    expect(await restoreFile(target, encode(v1))).toBeNull()
    const after = await dumpTables(target)
    expect(after).toEqual({
      ...v1.tables,
      periods: [],
      programs: [],
      cells: [],
      exports: [],
      ...Object.fromEntries(
        Object.keys({ ...boardRowsAtV5(), ...analysisRowsAtV6() }).map((t) => [t, []]),
      ),
      // The one thing a restore never lowers: the revision this computer already exported.
      revisions: marks,
    })
    expect((await loadProfile(target))?.contactName).toBe('Ray Ortiz')
  })
})

describe('restoring an older backup', () => {
  const exportOf = (revision: number, submissionId: string) => ({
    id: `AY2025-26#${revision}`,
    periodId: 'AY2025-26',
    revision,
    submissionId: SubmissionId.parse(submissionId),
    supersedes: null,
    fileName: `AHWG_holyoke-community-college_AY2025-26_r${revision}.xlsx`,
    exportedAt: '2026-11-29T09:00:00.000Z',
    keyId: KeyId.parse('a'.repeat(64)),
  })

  it('does not lower the next revision, and says so', async () => {
    const db = freshDatabase()
    await fillAsRegistrar(db)
    const older = mustRead(await createBackup(db, NOW, 'x'))
    // After the backup, two more revisions went to the board.
    await recordExport(db, exportOf(2, '1c8b9f1f-5d2e-4a8f-8b62-4d3c2e1f0a22'))
    await recordExport(db, exportOf(3, '2d9c0a2a-6e3f-4b9a-9c73-5e4d3f2a1b33'))

    const { kept } = await restoreBackup(db, older)
    expect(await nextRevision(db, DANA.institutionId, 'AY2025-26')).toEqual({
      revision: 4,
      supersedes: '2d9c0a2a-6e3f-4b9a-9c73-5e4d3f2a1b33',
    })
    expect(keptRevisionsMessage(kept)).toBe(
      'This computer had already exported AY 2025–26 as revision 3, later than the backup’s revision 1, ' +
        'so the next export of AY 2025–26 will be revision 4: the board never receives a revision it already holds.',
    )
    // Everything else is the backup's: its export history ends at revision 1.
    expect((await listExports(db, 'AY2025-26')).map((e) => e.revision)).toEqual([1])
  })

  it('keeps the same mark on another computer that never exported, from the backup alone', async () => {
    const source = freshDatabase()
    await fillAsRegistrar(source)
    await recordExport(source, exportOf(2, '1c8b9f1f-5d2e-4a8f-8b62-4d3c2e1f0a22'))
    const target = freshDatabase()
    const { kept } = await restoreBackup(target, mustRead(await createBackup(source, NOW, 'x')))
    expect(kept).toEqual([])
    expect((await nextRevision(target, DANA.institutionId, 'AY2025-26')).revision).toBe(3)
  })

  it('even when the period was deleted after the backup it now exports above what the board holds', async () => {
    const db = freshDatabase()
    await fillAsRegistrar(db)
    const older = mustRead(await createBackup(db, NOW, 'x'))
    await db.revisions.put({
      institutionId: DANA.institutionId,
      periodId: 'AY2024-25',
      revision: 5,
      submissionId: SubmissionId.parse('3e0d1b3b-7f4a-4cab-8d84-6f5e4a3b2c44'),
      at: NOW.toISOString(),
    })
    const { kept } = await restoreBackup(db, older)
    expect(kept).toEqual([{ periodId: 'AY2024-25', label: 'AY 2024–25', kept: 5, inBackup: 0 }])
    expect((await nextRevision(db, DANA.institutionId, 'AY2024-25')).revision).toBe(6)
  })

  it('stamps the periods and figures of a backup from database version 3 with its institution', async () => {
    const document = await registrarDocument()
    // Version 3 had no revisions table, and its periods and cells had no institution.
    const tables: Partial<typeof document.tables> = { ...document.tables }
    delete tables.revisions
    const v3 = {
      ...document,
      databaseVersion: 3,
      tables: {
        ...tables,
        periods: document.tables.periods.map(({ institutionId: _i, ...p }) => p),
        cells: document.tables.cells.map(({ institutionId: _i, ...c }) => c),
      },
    }
    const target = freshDatabase()
    expect(await restoreFile(target, encode(v3))).toBeNull()
    const source = freshDatabase()
    await fillAsRegistrar(source)
    expect(await dumpTables(target)).toEqual(await dumpTables(source))
  })
})

describe('readBackup', () => {
  it('summarizes what the backup holds', async () => {
    const result = readBackup(await registrarBackup())
    expect(result.ok && result.summary).toEqual({
      contactName: 'Dana Whitfield',
      institutionName: 'Holyoke Community College',
      periods: 2,
      programs: 2,
      figures: 16,
    })
  })

  it('counts the data on this computer the same way', async () => {
    const db = freshDatabase()
    await fillAsAnalyst(db)
    expect(await summarizeDatabase(db)).toEqual({
      contactName: 'Ray Ortiz',
      institutionName: 'Westfield Medical Group',
      periods: 1,
      programs: 0,
      figures: 1,
    })
  })

  type Damage = (doc: Awaited<ReturnType<typeof registrarDocument>>) => unknown
  const damaged = (damage: Damage) => async () => {
    const doc = await registrarDocument()
    const changed = damage(doc)
    return encode(changed === undefined ? doc : changed)
  }

  const refusals: [string, () => Promise<Uint8Array> | Uint8Array, string][] = [
    [
      'an empty file',
      () => new Uint8Array(),
      'This file is not an Allied Pipeline backup: it is not a JSON document.',
    ],
    [
      'garbage bytes',
      () => new Uint8Array([0xff, 0xfe, 0x00, 0x41, 0x80, 0x81]),
      'This file is not an Allied Pipeline backup: it is not a JSON document.',
    ],
    [
      'text that is not JSON',
      () => new TextEncoder().encode('Name,Seats\nRadiography,40\n'),
      'This file is not an Allied Pipeline backup: it is not a JSON document.',
    ],
    [
      'an Excel workbook',
      () =>
        zipSync({
          '[Content_Types].xml': new TextEncoder().encode('<Types/>'),
          'xl/workbook.xml': new TextEncoder().encode('<workbook/>'),
        }),
      'This is an Excel workbook, not a backup file. A backup is the .json file that “Save a backup…” saves.',
    ],
    [
      'some other zip file',
      () => zipSync({ 'notes.txt': new TextEncoder().encode('hello') }),
      'This is a compressed (zip) file, not a backup file. A backup is the .json file that “Save a backup…” saves.',
    ],
    [
      'a JSON list',
      () => encode([1, 2, 3]),
      'This file is not an Allied Pipeline backup: it is not a JSON document.',
    ],
    [
      'JSON of another kind',
      () => encode({ format: 'something-else', tables: {} }),
      'This file is not an Allied Pipeline backup: it is a JSON document of another kind.',
    ],
    [
      'a newer database version',
      damaged((d) => void (d.databaseVersion = CURRENT_DATABASE_VERSION + 1)),
      `This backup was made by a newer version of Allied Pipeline (database version ${CURRENT_DATABASE_VERSION + 1}; this app knows up to ${CURRENT_DATABASE_VERSION}). Update the app first.`,
    ],
    [
      'a newer backup format',
      damaged((d) => void (d.formatVersion = 3)),
      'This backup was made by a newer version of Allied Pipeline (backup format 3; this app reads format 2). Update the app first.',
    ],
    [
      'a missing date',
      damaged((d) => void delete d.createdAt),
      'This backup is damaged: the date it was made is missing or not valid.',
    ],
    [
      'a table that is not a list',
      damaged((d) => void ((d.tables as Record<string, unknown>).cells = {})),
      'This backup is damaged: the cells table is not a list of rows.',
    ],
    [
      'an unknown table',
      damaged((d) => void ((d.tables as Record<string, unknown>).gapScenarios = [])),
      'This backup holds a table this version of Allied Pipeline does not know (“gapScenarios”), so it is damaged or was changed by hand. Nothing was restored from it.',
    ],
    [
      'a missing table',
      damaged((d) => void delete (d.tables as Record<string, unknown>).cells),
      'This backup is incomplete: the cells table is missing.',
    ],
    [
      'a damaged row',
      damaged((d) => void (d.tables.cells[13]!.value = '12')),
      'Row 14 of cells is damaged: value must be a number.',
    ],
    [
      'a missing field',
      damaged((d) => void delete d.tables.programs[1]!.cip),
      'Row 2 of programs is damaged: cip is missing.',
    ],
    [
      'a field the schema words itself',
      damaged((d) => void (d.tables.programs[0]!.cip = '51.9')),
      'Row 1 of programs is damaged: cip: CIP code looks like 51.0908.',
    ],
    [
      'a nested field',
      damaged((d) => void ((d.tables.periods[0]!.period as Record<string, unknown>).end = 'June')),
      'Row 1 of periods is damaged: period.end is not a valid date.',
    ],
    [
      'a row that is not a record',
      damaged((d) => void ((d.tables.institutions as unknown[])[0] = 'hello')),
      'Row 1 of institutions is damaged: it is not a record.',
    ],
    [
      'a wrong role',
      damaged((d) => void (d.tables.profile[0]!.role = 'astronaut')),
      'Row 1 of profile is damaged: role is not one of the allowed values.',
    ],
    [
      'an unknown field',
      damaged((d) => void (d.tables.programs[0]!.colour = 'blue')),
      'Row 1 of programs is damaged: it has a field this version of Allied Pipeline does not know (“colour”).',
    ],
    [
      'a duplicate figure',
      damaged((d) => void d.tables.cells.push({ ...d.tables.cells[2]! })),
      'Rows 3 and 18 of cells have the same periodId, rowId, measure (“AY2025-26”, “hcc-mlt”, “completers”). A backup holds each record once, so this one is damaged.',
    ],
    [
      'two profiles',
      damaged(
        (d) => void d.tables.profile.push({ ...d.tables.profile[0]!, contactName: 'Someone Else' }),
      ),
      'Rows 1 and 2 of profile have the same key (“me”). A backup holds each record once, so this one is damaged.',
    ],
    [
      'an oversized file',
      () => new Uint8Array(MAX_BACKUP_BYTES + 1),
      'This file is 25.1 MB, more than the 25 MB a backup can be, so it was not read. Check that you picked a backup file.',
    ],
  ]

  for (const [what, bytes, problem] of refusals) {
    it(`refuses ${what} and leaves the stored data untouched`, async () => {
      const db = freshDatabase()
      await fillAsAnalyst(db)
      const before = await dumpTables(db)
      expect(await restoreFile(db, await bytes())).toBe(problem)
      expect(await dumpTables(db)).toEqual(before)
    })
  }

  it('refuses a "__proto__" key anywhere, and leaves the prototypes alone', () => {
    const result = readBackup(
      new TextEncoder().encode(
        `{"__proto__":{"polluted":true},"format":"${BACKUP_FORMAT}","formatVersion":1,"databaseVersion":1,"appVersion":"x","createdAt":"${NOW.toISOString()}","tables":{}}`,
      ),
    )
    expect(result).toEqual({
      ok: false,
      problem:
        'This backup was changed by hand or is damaged: it has a field named “__proto__”, which Allied Pipeline never writes. Nothing was restored from it.',
    })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('never throws, whatever the bytes', () => {
    const samples = [
      encode({
        format: BACKUP_FORMAT,
        formatVersion: 1,
        databaseVersion: 2,
        appVersion: 'x',
        createdAt: NOW.toISOString(),
        tables: { __proto__: [] },
      }),
      new TextEncoder().encode(`${'['.repeat(100_000)}${']'.repeat(100_000)}`),
      new TextEncoder().encode(
        '{"format":"allied-pipeline-backup","formatVersion":1,"databaseVersion":"2"}',
      ),
      new TextEncoder().encode('\uFEFF{"format":"allied-pipeline-backup"}'),
    ]
    for (const bytes of samples) {
      const result = readBackup(bytes)
      expect(result.ok).toBe(false)
    }
  })

  it('accepts a backup written with a byte-order mark and line breaks', async () => {
    const doc = await registrarDocument()
    const text = `\uFEFF${JSON.stringify(doc, null, 2)}\r\n`
    expect(readBackup(new TextEncoder().encode(text)).ok).toBe(true)
  })
})
