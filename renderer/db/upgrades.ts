// How stored rows change from one database version to the next, as plain functions on rows:
// the Dexie upgrade applies them to the stored data, and restoring an older backup applies the
// same functions to the backup's rows, so both end up in the same shape.
import type { Transaction } from 'dexie'

type Row = Record<string, unknown>

export interface RowsBeforeV4 {
  profile: readonly Row[]
  periods: readonly Row[]
  cells: readonly Row[]
  exports: readonly Row[]
}

export interface RowsAtV4 {
  periods: Row[]
  cells: Row[]
  revisions: Row[]
}

/** The institution a database before version 4 belonged to: the one its profile names. */
function institutionBeforeV4(profile: readonly Row[]): string | undefined {
  const id = profile[0]?.institutionId
  return typeof id === 'string' ? id : undefined
}

/**
 * Version 4: periods and cells record their institution (a database then held one profile, so
 * every period was that profile's), and the revision high-water mark starts from the exports.
 * Without a profile nothing is stamped: the rows stay as they were rather than be guessed at.
 */
export function upgradeRowsToV4(rows: RowsBeforeV4): RowsAtV4 {
  const institutionId = institutionBeforeV4(rows.profile)
  if (institutionId === undefined)
    return { periods: [...rows.periods], cells: [...rows.cells], revisions: [] }
  const marks = new Map<string, Row>()
  for (const e of rows.exports) {
    const { periodId, revision, submissionId, exportedAt } = e
    if (typeof periodId !== 'string' || typeof revision !== 'number') continue
    const held = marks.get(periodId)
    if (held && (held.revision as number) >= revision) continue
    marks.set(periodId, { institutionId, periodId, revision, submissionId, at: exportedAt })
  }
  return {
    periods: rows.periods.map((p) => ({ ...p, institutionId })),
    cells: rows.cells.map((c) => ({ ...c, institutionId })),
    revisions: [...marks.values()],
  }
}

/** The Dexie upgrade to version 4, on the stored tables. */
export async function upgradeDatabaseToV4(tx: Transaction): Promise<void> {
  const [profile, periods, cells, exports] = await Promise.all(
    ['profile', 'periods', 'cells', 'exports'].map(
      (name) => tx.table(name).toArray() as Promise<Row[]>,
    ),
  )
  const next = upgradeRowsToV4({
    profile: profile ?? [],
    periods: periods ?? [],
    cells: cells ?? [],
    exports: exports ?? [],
  })
  await tx.table('periods').bulkPut(next.periods)
  await tx.table('cells').bulkPut(next.cells)
  await tx.table('revisions').bulkPut(next.revisions)
}
