// The registry must cover the database: a table added to SCHEMA_VERSIONS without a row schema
// would be left out of every backup and emptied by every restore.
import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { SCHEMA_VERSIONS, openDatabase } from '../db/database'
import {
  CURRENT_DATABASE_VERSION,
  ROW_SCHEMAS,
  TABLE_NAMES,
  primaryKeyPath,
  tablesAtVersion,
} from './backup-format'
import { createBackup, readBackup } from './backup'

describe('backup format', () => {
  it('has a row schema for every table the database declares, and for no other', () => {
    const declared = new Set(SCHEMA_VERSIONS.flatMap((v) => Object.keys(v.stores)))
    expect([...TABLE_NAMES]).toEqual([...declared].sort())
    expect(Object.keys(ROW_SCHEMAS).sort()).toEqual([...declared].sort())
  })

  it('covers every table of an opened database', () => {
    const db = openDatabase('backup-format-tables')
    expect(db.tables.map((t) => t.name).sort()).toEqual(TABLE_NAMES)
    db.close()
  })

  it('reads back a backup of a database opened by this version, and refuses one a version newer', async () => {
    const db = openDatabase('backup-format-version')
    await db.open()
    const bytes = await createBackup(db, new Date('2026-11-28T14:05:00.000Z'), 'x')
    db.close()
    await Dexie.delete('backup-format-version')
    const document = JSON.parse(new TextDecoder().decode(bytes)) as { databaseVersion: number }
    expect(readBackup(bytes)).toMatchObject({ ok: true })
    const newer = { ...document, databaseVersion: document.databaseVersion + 1 }
    expect(readBackup(new TextEncoder().encode(JSON.stringify(newer)))).toMatchObject({
      ok: false,
      problem: expect.stringContaining('Update the app first') as unknown,
    })
  })

  it('finds each table’s primary key among the fields its row schema declares', () => {
    for (const [table, keyPath] of tablesAtVersion(CURRENT_DATABASE_VERSION)) {
      const schema = ROW_SCHEMAS[table as keyof typeof ROW_SCHEMAS]
      expect(schema).toBeInstanceOf(z.ZodObject)
      const fields = Object.keys(schema.shape)
      for (const field of typeof keyPath === 'string' ? [keyPath] : keyPath)
        expect(fields).toContain(field)
    }
  })

  it('lists the tables of each older version', () => {
    expect([...tablesAtVersion(1).keys()].sort()).toEqual(['institutions', 'profile', 'settings'])
    expect(tablesAtVersion(2).get('cells')).toEqual(['periodId', 'rowId', 'measure'])
  })

  it('reads primary keys from Dexie store declarations', () => {
    expect(primaryKeyPath('t', 'id, name')).toBe('id')
    expect(primaryKeyPath('t', '&code')).toBe('code')
    expect(primaryKeyPath('t', '[periodId+rowId+measure], periodId')).toEqual([
      'periodId',
      'rowId',
      'measure',
    ])
    expect(() => primaryKeyPath('log', '++, at')).toThrow(/outside its rows/)
    expect(() => primaryKeyPath('log', ', at')).toThrow(/outside its rows/)
  })
})
