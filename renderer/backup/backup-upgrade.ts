// A backup written by an older database version holds rows of that version's shape. Before its
// rows are checked, they are brought to the current shape by the same row functions the Dexie
// upgrades use, so an old backup restores exactly as an old database upgrades.
import { upgradeRowsToV4 } from '../db/upgrades'

type Rows = Record<string, unknown[]>
type Row = Record<string, unknown>

const isRow = (r: unknown): r is Row => typeof r === 'object' && r !== null && !Array.isArray(r)

function rowsOf(tables: Rows, name: string): unknown[] {
  return (Object.hasOwn(tables, name) ? tables[name] : undefined) ?? []
}

/** The backup's tables as the current version stores them. */
export function upgradeBackupTables(databaseVersion: number, tables: Rows): Rows {
  // A null prototype: table names come from the file.
  const next: Rows = Object.assign(Object.create(null) as Rows, tables)
  if (databaseVersion < 4) {
    const periods = rowsOf(tables, 'periods')
    const cells = rowsOf(tables, 'cells')
    // A row that is not a record is left as it is, for the row check to name.
    if (periods.every(isRow) && cells.every(isRow)) {
      const v4 = upgradeRowsToV4({
        profile: rowsOf(tables, 'profile').filter(isRow),
        periods,
        cells,
        exports: rowsOf(tables, 'exports').filter(isRow),
      })
      next.periods = v4.periods
      next.cells = v4.cells
      next.revisions = v4.revisions
    }
  }
  return next
}
