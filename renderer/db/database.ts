// The one place that declares IndexedDB tables and their versions. Versions are append-only:
// never edit a released version, add a new one with an upgrade function, and add the old
// version's shape to database.test.ts so the upgrade stays tested.
import { Dexie, type EntityTable, type Table } from 'dexie'
import type { Institution } from '../../shared/domain/partners'
import type { Profile } from '../../shared/domain/profile'
import type { Cell, ReportingPeriod } from '../../shared/reports/draft'
import type { Program } from '../../shared/reports/schemas'
import type { ExportRecord } from './export-record'

export const DATABASE_NAME = 'allied-pipeline'

/** The single profile row is stored under this key. */
export const PROFILE_KEY = 'me'
export type ProfileRecord = Profile & { key: typeof PROFILE_KEY }

export interface SettingRecord {
  key: string
  value: unknown
}

export type AppDatabase = Dexie & {
  profile: EntityTable<ProfileRecord, 'key'>
  institutions: EntityTable<Institution, 'id'>
  settings: EntityTable<SettingRecord, 'key'>
  periods: EntityTable<ReportingPeriod, 'id'>
  programs: EntityTable<Program, 'id'>
  cells: Table<Cell, [string, string, string]>
  exports: EntityTable<ExportRecord, 'id'>
}

/** Table declarations per version, oldest first. Exported for the upgrade tests. */
export const SCHEMA_VERSIONS: readonly { version: number; stores: Record<string, string> }[] = [
  {
    version: 1,
    stores: { profile: 'key', institutions: 'id, name', settings: 'key' },
  },
  {
    // Reporting: periods, education programs, and one record per entered cell.
    version: 2,
    stores: {
      periods: 'id, kind',
      programs: 'id, occupation',
      cells: '[periodId+rowId+measure], periodId',
    },
  },
  {
    // Signed workbooks exported, one record per revision.
    version: 3,
    stores: { exports: 'id, periodId' },
  },
]

export function openDatabase(name = DATABASE_NAME): AppDatabase {
  // Strict durability: a write is on disk before Dexie reports it done, so a crash right after
  // an edit loses nothing the user saw as saved.
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as AppDatabase
  for (const { version, stores } of SCHEMA_VERSIONS) db.version(version).stores(stores)
  return db
}

let shared: AppDatabase | undefined

/** The app's database, opened on first use. */
export function database(): AppDatabase {
  shared ??= openDatabase()
  return shared
}
