// The backup file: one JSON document holding every table of the local database, so that a
// partner can move to a new computer or recover from a lost one. The document says which
// database version wrote it; its rows are checked against the registry below before anything
// is restored.
//
// Rule for whoever changes the database: a new table needs an entry in ROW_SCHEMAS (a test
// fails otherwise), and a change to the shape of a stored row needs a new database version
// (even when no index changes), so that a backup's `databaseVersion` says which shapes it holds.
// When a version reshapes existing rows, add a step that upgrades an older backup's rows here,
// next to the Dexie upgrade function that does the same to stored data.
import type { Table } from 'dexie'
import { z } from 'zod'
import { Institution } from '../../shared/domain/partners'
import { AuditEntry } from '../../shared/intake/audit'
import { CollectionCycle } from '../../shared/intake/cycle'
import { Profile } from '../../shared/domain/profile'
import { MAX_OPEN_FILE_BYTES } from '../../shared/ipc/contract'
import { Cell, ReportingPeriod } from '../../shared/reports/draft'
import { Program } from '../../shared/reports/schemas'
import { PROFILE_KEY, SCHEMA_VERSIONS, type AppDatabase } from '../db/database'
import {
  BoardKeyCardRecord,
  HeldSubmission,
  IssuedReceipt,
  ReceivedReceipt,
  SubmissionEvidence,
  TrustRegistryRecord,
} from '../db/board-records'
import { BoardContextRecord, ScenarioRecord } from '../db/analysis-records'
import { ExportRecord } from '../db/export-record'
import { RevisionMark } from '../db/revision-mark'

export const BACKUP_FORMAT = 'allied-pipeline-backup'
/**
 * 1: every row as JSON. 2: the board's tables too, some with bytes (the original workbooks),
 * which JSON cannot hold: those fields (BINARY_FIELDS) are written as base64 text. A format 1
 * backup still restores; an app that reads only format 1 refuses a format 2 backup as newer
 * rather than misread its bytes.
 */
export const BACKUP_FORMAT_VERSION = 2
export const BACKUP_FORMAT_VERSIONS = [1, 2] as const

/**
 * Largest backup read or written. The same as the largest file the app opens at all, so that
 * no backup is ever saved that could not be opened again.
 */
export const MAX_BACKUP_BYTES = MAX_OPEN_FILE_BYTES

/** The newest database version this app declares. */
export const CURRENT_DATABASE_VERSION: number = SCHEMA_VERSIONS.reduce(
  (max, v) => Math.max(max, v.version),
  0,
)

/** Names of the tables declared on AppDatabase (its Dexie members that are tables). */
type DatabaseTableName = {
  [K in keyof AppDatabase]: AppDatabase[K] extends Table ? K : never
}[keyof AppDatabase]

type StoredRow<N extends DatabaseTableName> = AppDatabase[N] extends Table<infer Row> ? Row : never

/** Every table's row schema. `satisfies` makes a table declared on AppDatabase without one a type error. */
export const ROW_SCHEMAS = {
  profile: Profile.extend({ key: z.literal(PROFILE_KEY) }),
  institutions: Institution,
  // A setting is whatever JSON value the app stored; JSON is all a backup can carry exactly.
  settings: z.object({ key: z.string().min(1).max(200), value: z.json() }),
  periods: ReportingPeriod,
  programs: Program,
  cells: Cell,
  exports: ExportRecord,
  revisions: RevisionMark,
  trustRegistry: TrustRegistryRecord,
  cycles: CollectionCycle,
  heldSubmissions: HeldSubmission,
  evidence: SubmissionEvidence,
  auditLog: AuditEntry,
  issuedReceipts: IssuedReceipt,
  boardKeyCards: BoardKeyCardRecord,
  receivedReceipts: ReceivedReceipt,
  boardContext: BoardContextRecord,
  scenarios: ScenarioRecord,
} as const satisfies { [N in DatabaseTableName]: z.ZodType<StoredRow<N>> }

export type TableName = keyof typeof ROW_SCHEMAS

/** Fields holding bytes, per table: base64 text in the backup file (format 2 on). */
export const BINARY_FIELDS: Partial<Record<TableName, readonly string[]>> = {
  evidence: ['fileBytes'],
}
export const TABLE_NAMES = Object.keys(ROW_SCHEMAS).sort() as TableName[]

export function isTableName(name: string): name is TableName {
  return Object.hasOwn(ROW_SCHEMAS, name)
}

export type BackupRow<N extends TableName> = z.output<(typeof ROW_SCHEMAS)[N]>
export type BackupTables = { [N in TableName]: BackupRow<N>[] }

/** The document's header and table list, checked before any row is. */
export const BackupEnvelope = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSIONS),
  databaseVersion: z.int().min(1),
  appVersion: z.string().max(200),
  createdAt: z.iso.datetime(),
  tables: z.record(z.string(), z.array(z.unknown())),
})
export type BackupEnvelope = z.infer<typeof BackupEnvelope>

/** A backup whose every row passed its table's schema, with every current table present. */
export type Backup = Omit<BackupEnvelope, 'tables'> & { tables: BackupTables }

/** Where a row keeps its primary key: one property, or several for a compound key. */
export type KeyPath = string | readonly string[]

/** Tables, with their primary key, as the database stood at `version`. */
export function tablesAtVersion(version: number): Map<string, KeyPath> {
  const tables = new Map<string, KeyPath>()
  for (const step of SCHEMA_VERSIONS) {
    if (step.version > version) continue
    for (const [name, spec] of Object.entries(step.stores))
      tables.set(name, primaryKeyPath(name, spec))
  }
  return tables
}

/** The primary key of a Dexie store declaration: "id, name" → "id"; "[a+b], a" → ["a", "b"]. */
export function primaryKeyPath(table: string, spec: string): KeyPath {
  const first = (spec.split(',')[0] ?? '').trim().replace(/^(\+\+|&)/, '')
  // A key kept outside the row (auto-increment with no name, or none) would not be in the backup.
  if (first === '')
    throw new Error(
      `The ${table} table keeps its keys outside its rows, which a backup cannot carry.`,
    )
  if (first.startsWith('[') && first.endsWith(']'))
    return first
      .slice(1, -1)
      .split('+')
      .map((p) => p.trim())
  return first
}

/** A row's primary key as text, for finding two rows with the same key. */
export function keyOf(row: object, keyPath: KeyPath): string {
  const paths = typeof keyPath === 'string' ? [keyPath] : keyPath
  return JSON.stringify(paths.map((path) => valueAt(row, path.split('.'))))
}

export function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let at = value
  for (const step of path) {
    if (typeof at !== 'object' || at === null) return undefined
    at = (at as Record<PropertyKey, unknown>)[step]
  }
  return at
}
