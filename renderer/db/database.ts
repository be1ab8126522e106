// The one place that declares IndexedDB tables and their versions. Versions are append-only:
// never edit a released version (database.test.ts holds a snapshot of each and fails if one
// changes); add a new one with an upgrade function, and give the upgrade test a row of the old
// shape for every table.
import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie'
import type { Institution } from '../../shared/domain/partners'
import type { AuditEntry } from '../../shared/intake/audit'
import type { CollectionCycle } from '../../shared/intake/cycle'
import type { Profile } from '../../shared/domain/profile'
import type { Cell, ReportingPeriod } from '../../shared/reports/draft'
import type { Program } from '../../shared/reports/schemas'
import type {
  BoardKeyCardRecord,
  HeldSubmission,
  IssuedReceipt,
  ReceivedReceipt,
  SubmissionEvidence,
  TrustRegistryRecord,
} from './board-records'
import type { BoardContextRecord, ScenarioRecord } from './analysis-records'
import type { ExportRecord } from './export-record'
import type { RevisionMark } from './revision-mark'
import { upgradeDatabaseToV4 } from './upgrades'

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
  revisions: Table<RevisionMark, [string, string]>
  trustRegistry: EntityTable<TrustRegistryRecord, 'key'>
  cycles: EntityTable<CollectionCycle, 'id'>
  heldSubmissions: EntityTable<HeldSubmission, 'id'>
  evidence: EntityTable<SubmissionEvidence, 'id'>
  auditLog: EntityTable<AuditEntry, 'seq'>
  issuedReceipts: EntityTable<IssuedReceipt, 'id'>
  boardKeyCards: EntityTable<BoardKeyCardRecord, 'fingerprint'>
  receivedReceipts: EntityTable<ReceivedReceipt, 'id'>
  boardContext: EntityTable<BoardContextRecord, 'key'>
  scenarios: EntityTable<ScenarioRecord, 'id'>
}

export interface SchemaVersion {
  version: number
  stores: Record<string, string>
  /** Reshapes the rows stored at the version before; runs once, when a database is opened. */
  upgrade?: (tx: Transaction) => Promise<void>
}

/** Table declarations per version, oldest first; backups read the tables of each version here. */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
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
  {
    // Periods and cells record their institution; the revision high-water mark per
    // institution and period, which deleting a period or restoring a backup never lowers.
    version: 4,
    stores: {
      periods: 'id, kind, institutionId',
      revisions: '[institutionId+periodId]',
    },
    upgrade: upgradeDatabaseToV4,
  },
  {
    // The board's side: its trust registry (one row), collection cycles, the submissions it
    // merged (one row per revision, unique by payload hash) with their evidence kept apart so
    // that listing them stays light, the append-only audit log, and the review receipts it
    // issued. And a partner's side of receipts: the board key cards it holds and the receipts
    // it received, per period.
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
  {
    // The board's analysis: its context (published projections, regional employment, default
    // shares; one row) and the scenarios saved per cycle.
    version: 6,
    stores: {
      boardContext: 'key',
      scenarios: 'id, cycleId',
    },
  },
]

export function openDatabase(name = DATABASE_NAME): AppDatabase {
  // Strict durability: a write is on disk before Dexie reports it done, so a crash right after
  // an edit loses nothing the user saw as saved.
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as AppDatabase
  for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
    const declared = db.version(version).stores(stores)
    if (upgrade) declared.upgrade(upgrade)
  }
  return db
}

let shared: AppDatabase | undefined

/** The app's database, opened on first use. */
export function database(): AppDatabase {
  shared ??= openDatabase()
  return shared
}
