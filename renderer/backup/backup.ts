// Backup and restore of the whole local database. A backup is read in one transaction, so it is
// a consistent snapshot; a restore replaces every table in one transaction, so a failure midway
// leaves the data as it was. Reading a file never throws: every refusal is a sentence for the user.
import { fromBase64, toBase64 } from '../../shared/crypto/bytes'
import { CanonicalError, canonicalJson } from '../../shared/crypto/canonical'
import { parseUntrustedJson } from '../../shared/crypto/untrusted-json'
import type { AppDatabase } from '../db/database'
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BINARY_FIELDS,
  BackupEnvelope,
  CURRENT_DATABASE_VERSION,
  MAX_BACKUP_BYTES,
  TABLE_NAMES,
  isTableName,
  keyOf,
  tablesAtVersion,
  valueAt,
  type Backup,
  type BackupTables,
  type KeyPath,
  type TableName,
} from './backup-format'
import { summarize, type DataSummary } from './backup-summary'
import { upgradeBackupTables } from './backup-upgrade'
import { checkRow } from './row-check'

/** A backup could not be made; the message is meant for the user. */
export class BackupError extends Error {
  override readonly name = 'BackupError'
}

export type ReadBackupResult =
  { ok: true; backup: Backup; summary: DataSummary } | { ok: false; problem: string }

/** Every table's rows, read in one transaction. */
async function readAllTables(db: AppDatabase): Promise<Record<TableName, unknown[]>> {
  return db.transaction('r', db.tables, async () => {
    const tables = {} as Record<TableName, unknown[]>
    for (const table of db.tables) {
      // A table without a row schema would be silently missing from the backup.
      if (!isTableName(table.name))
        throw new BackupError(`This version cannot back up the “${table.name}” table yet.`)
      tables[table.name] = (await table.toArray()) as unknown[]
    }
    return tables
  })
}

/**
 * The whole database as a backup file: canonical JSON (sorted keys, rows in key order), so the
 * same data always gives the same bytes. Refuses data it could not restore exactly.
 */
export async function createBackup(
  db: AppDatabase,
  now: Date,
  appVersion: string,
): Promise<Uint8Array> {
  const stored = await readAllTables(db)
  const keys = tablesAtVersion(CURRENT_DATABASE_VERSION)
  const tables: Record<string, unknown[]> = {}
  for (const name of TABLE_NAMES) {
    const rows = stored[name]
    rows.forEach((row, index) => {
      const check = checkRow(name, row, index)
      if (!check.ok)
        throw new BackupError(
          `A backup cannot be made: ${lowerFirst(check.problem)} Nothing was saved.`,
        )
    })
    const keyPath = keys.get(name) ?? 'id'
    tables[name] = rows
      .map((row) => ({ row, key: keyOf(row as object, keyPath) }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .map(({ row }) => encodeBinary(name, row))
  }
  const document = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    databaseVersion: db.verno,
    appVersion,
    createdAt: now.toISOString(),
    tables,
  }
  let text: string
  try {
    text = canonicalJson(document)
  } catch (error) {
    if (error instanceof CanonicalError) {
      throw new BackupError(
        `A backup cannot be made: a stored value has no exact JSON form (${error.path}: ${error.reason}).`,
      )
    }
    throw error
  }
  const bytes = new TextEncoder().encode(text)
  if (bytes.byteLength > MAX_BACKUP_BYTES) {
    throw new BackupError(
      `A backup cannot be made: it would be ${megabytes(bytes.byteLength)} MB, more than the ${megabytes(MAX_BACKUP_BYTES)} MB the app can open again.`,
    )
  }
  return bytes
}

/** Reads and checks a backup file completely; nothing is stored. */
export function readBackup(bytes: Uint8Array): ReadBackupResult {
  try {
    return readChecked(bytes)
  } catch {
    // Every expected refusal is returned above; this covers what no check foresaw.
    return { ok: false, problem: 'This file could not be read as an Allied Pipeline backup.' }
  }
}

const NOT_JSON = 'This file is not an Allied Pipeline backup: it is not a JSON document.'
const SAVED_BY = 'A backup is the .json file that “Save a backup…” saves.'

function refuse(problem: string): ReadBackupResult {
  return { ok: false, problem }
}

function readChecked(bytes: Uint8Array): ReadBackupResult {
  if (bytes.byteLength > MAX_BACKUP_BYTES) {
    return refuse(
      `This file is ${megabytes(bytes.byteLength)} MB, more than the ${megabytes(MAX_BACKUP_BYTES)} MB a backup can be, ` +
        'so it was not read. Check that you picked a backup file.',
    )
  }
  const kind = sniffBinary(bytes)
  if (kind !== undefined) return refuse(`${kind} ${SAVED_BY}`)

  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return refuse(NOT_JSON)
  }
  // A "__proto__" key would be dropped by the row schemas, or worse, copied onto a prototype.
  const read = parseUntrustedJson(text)
  if (!read.ok && read.reason === 'prototype-key') {
    return refuse(
      'This backup was changed by hand or is damaged: it has a field named “__proto__”, which Allied Pipeline never writes. Nothing was restored from it.',
    )
  }
  if (!read.ok) return refuse(NOT_JSON)
  const document = read.value
  if (typeof document !== 'object' || document === null || Array.isArray(document))
    return refuse(NOT_JSON)
  const header = document as Record<string, unknown>
  if (header.format !== BACKUP_FORMAT) {
    return refuse(
      'This file is not an Allied Pipeline backup: it is a JSON document of another kind.',
    )
  }
  const { formatVersion, databaseVersion } = header
  if (typeof formatVersion === 'number' && formatVersion > BACKUP_FORMAT_VERSION) {
    return refuse(
      `This backup was made by a newer version of Allied Pipeline (backup format ${formatVersion}; ` +
        `this app reads format ${BACKUP_FORMAT_VERSION}). Update the app first.`,
    )
  }
  if (typeof databaseVersion === 'number' && databaseVersion > CURRENT_DATABASE_VERSION) {
    return refuse(
      `This backup was made by a newer version of Allied Pipeline (database version ${databaseVersion}; ` +
        `this app knows up to ${CURRENT_DATABASE_VERSION}). Update the app first.`,
    )
  }
  const envelope = BackupEnvelope.safeParse(document)
  if (!envelope.success)
    return refuse(`This backup is damaged: ${damagedHeader(envelope.error.issues[0]?.path ?? [])}.`)

  const { tables: rawTables, ...rest } = envelope.data
  const known = tablesAtVersion(CURRENT_DATABASE_VERSION)
  // Table names from the parsed JSON itself: there "__proto__" is a plain key, as it must be here.
  const unknownTable = Object.keys(header.tables as object).find(
    (name) => !isTableName(name) || !known.has(name),
  )
  if (unknownTable !== undefined) {
    return refuse(
      `This backup holds a table this version of Allied Pipeline does not know (“${unknownTable}”), ` +
        'so it is damaged or was changed by hand. Nothing was restored from it.',
    )
  }
  const missing = [...tablesAtVersion(rest.databaseVersion).keys()].find(
    (name) => !Object.hasOwn(rawTables, name),
  )
  if (missing !== undefined)
    return refuse(`This backup is incomplete: the ${missing} table is missing.`)

  const tables = checkTables(upgradeBackupTables(rest.databaseVersion, rawTables), known)
  if (!tables.ok) return refuse(tables.problem)
  const backup: Backup = { ...rest, tables: tables.tables }
  return { ok: true, backup, summary: summarize(backup.tables) }
}

/** A row as the backup file holds it: its byte fields as base64 text. */
function encodeBinary(table: TableName, row: unknown): unknown {
  const fields = BINARY_FIELDS[table]
  if (!fields || typeof row !== 'object' || row === null) return row
  const copy: Record<string, unknown> = { ...(row as Record<string, unknown>) }
  for (const field of fields) {
    const value = copy[field]
    if (value instanceof Uint8Array) copy[field] = toBase64(value)
  }
  return copy
}

/** A row read from a backup file with its byte fields turned back into bytes; bad base64 is left for the row check to name. */
function decodeBinary(table: TableName, row: unknown): unknown {
  const fields = BINARY_FIELDS[table]
  if (!fields || typeof row !== 'object' || row === null || Array.isArray(row)) return row
  const copy: Record<string, unknown> = { ...(row as Record<string, unknown>) }
  for (const field of fields) {
    const value = copy[field]
    if (typeof value !== 'string') continue
    try {
      copy[field] = fromBase64(value)
    } catch {
      // Not base64: the schema refuses the text, naming the field.
    }
  }
  return copy
}

function checkTables(
  raw: Record<string, unknown[]>,
  keys: ReadonlyMap<string, KeyPath>,
): { ok: true; tables: BackupTables } | { ok: false; problem: string } {
  const tables = {} as Record<TableName, unknown[]>
  for (const name of TABLE_NAMES) {
    // A table the backup's database version did not have yet starts empty.
    const rows = raw[name] ?? []
    const checked: unknown[] = []
    const seen = new Map<string, number>()
    const keyPath = keys.get(name) ?? 'id'
    for (const [index, stored] of rows.entries()) {
      const row = decodeBinary(name, stored)
      const check = checkRow(name, row, index)
      if (!check.ok) return check
      const key = keyOf(check.row, keyPath)
      const earlier = seen.get(key)
      if (earlier !== undefined)
        return { ok: false, problem: duplicateKey(name, keyPath, check.row, earlier, index) }
      seen.set(key, index)
      checked.push(check.row)
    }
    tables[name] = checked
  }
  // Each table's rows were checked by that table's schema just above.
  return { ok: true, tables: tables as BackupTables }
}

function duplicateKey(
  table: string,
  keyPath: KeyPath,
  row: object,
  first: number,
  second: number,
): string {
  const paths = typeof keyPath === 'string' ? [keyPath] : keyPath
  const values = paths.map((p) => `“${String(valueAt(row, p.split('.')))}”`).join(', ')
  return (
    `Rows ${first + 1} and ${second + 1} of ${table} have the same ${paths.join(', ')} (${values}). ` +
    'A backup holds each record once, so this one is damaged.'
  )
}

const HEADER_FIELDS: Record<string, string> = {
  formatVersion: 'its format version',
  databaseVersion: 'its database version',
  appVersion: 'the version of the app that made it',
  createdAt: 'the date it was made',
  tables: 'its list of tables',
}

function damagedHeader(path: readonly PropertyKey[]): string {
  const [field, table] = path
  if (field === 'tables' && typeof table === 'string')
    return `the ${table} table is not a list of rows`
  return `${HEADER_FIELDS[String(field)] ?? 'its header'} is missing or not valid`
}

/** Names the common files people pick by mistake, from their first bytes. */
function sniffBinary(bytes: Uint8Array): string | undefined {
  const startsWith = (signature: readonly number[]) => signature.every((b, i) => bytes[i] === b)
  if (startsWith([0x50, 0x4b, 0x03, 0x04]) || startsWith([0x50, 0x4b, 0x05, 0x06])) {
    // Entry names sit in plain text near the start of a zip; an Excel workbook's live under xl/.
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 64 * 1024))
    return head.includes('xl/')
      ? 'This is an Excel workbook, not a backup file.'
      : 'This is a compressed (zip) file, not a backup file.'
  }
  if (startsWith([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return 'This is an older Excel or Office file, not a backup file.'
  }
  if (startsWith([0x25, 0x50, 0x44, 0x46])) return 'This is a PDF document, not a backup file.'
  return undefined
}

/** A revision high-water mark this computer held above the backup's, kept through a restore. */
export interface KeptRevision {
  periodId: string
  /** The period's name as the backup (or this computer) knows it. */
  label: string
  /** The highest revision this computer had signed. */
  kept: number
  /** The highest the backup knew of; 0 when it knew of none. */
  inBackup: number
}

export interface RestoreOutcome {
  kept: KeptRevision[]
}

/**
 * Replaces every table with the backup's rows in one read-write transaction over all tables:
 * either everything is replaced or, on any failure, nothing is. The one exception to "replace":
 * a revision high-water mark never goes down, so a restored older backup cannot make the next
 * export repeat a revision the board already holds.
 */
export async function restoreBackup(db: AppDatabase, backup: Backup): Promise<RestoreOutcome> {
  return db.transaction('rw', db.tables, async () => {
    const marksBefore = await db.revisions.toArray()
    const periodsBefore = await db.periods.toArray()
    for (const table of db.tables) {
      if (!isTableName(table.name))
        throw new BackupError(`This version cannot restore the “${table.name}” table yet.`)
      await table.clear()
      const rows = backup.tables[table.name]
      if (rows.length > 0) await table.bulkAdd(rows)
    }
    const kept: KeptRevision[] = []
    for (const mark of marksBefore) {
      const restored = backup.tables.revisions.find(
        (r) => r.institutionId === mark.institutionId && r.periodId === mark.periodId,
      )
      if (restored && restored.revision >= mark.revision) continue
      await db.revisions.put(mark)
      const label = [...backup.tables.periods, ...periodsBefore].find((p) => p.id === mark.periodId)
        ?.period.label
      kept.push({
        periodId: mark.periodId,
        label: label ?? mark.periodId,
        kept: mark.revision,
        inBackup: restored?.revision ?? 0,
      })
    }
    return { kept }
  })
}

/** What the user is told about marks a restore kept: the next revision, and why it is not lower. */
export function keptRevisionsMessage(kept: readonly KeptRevision[]): string {
  return kept
    .map(
      (k) =>
        `This computer had already exported ${k.label} as revision ${k.kept}, ` +
        (k.inBackup > 0
          ? `later than the backup’s revision ${k.inBackup}`
          : 'which the backup did not know of') +
        `, so the next export of ${k.label} will be revision ${k.kept + 1}: the board never receives a revision it already holds.`,
    )
    .join(' ')
}

/** What is stored on this computer now, counted in one transaction. */
export async function summarizeDatabase(db: AppDatabase): Promise<DataSummary> {
  return db.transaction(
    'r',
    [db.profile, db.institutions, db.periods, db.programs, db.cells],
    async () =>
      summarize({
        profile: await db.profile.toArray(),
        institutions: await db.institutions.toArray(),
        periods: await db.periods.toArray(),
        programs: await db.programs.toArray(),
        cells: await db.cells.toArray(),
      }),
  )
}

function megabytes(bytes: number): string {
  return (Math.ceil((bytes / 1024 / 1024) * 10) / 10).toFixed(1).replace(/\.0$/, '')
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}
