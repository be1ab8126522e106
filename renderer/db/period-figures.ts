// The stored figures of one period, kept in memory while the period is open, so that an edit
// touches only what changed. The cells are read once; after that, every committed write to
// the cells table (this window's, another window's, an import or a restore) is reported by
// Dexie's `storagemutated` event with the keys it wrote, and only those cells are read again.
// Each row is its own immutable object: an edit replaces the edited row and keeps every other
// row, so a screen can memoise per row on identity.
import { Dexie, cmp, type IntervalTree, type ObservabilitySet } from 'dexie'
import { Cell } from '../../shared/reports/draft'
import type { AppDatabase } from './database'
import { loadCells } from './reporting-repository'

/** One row's stored cells, by measure key. Replaced whole when any of its cells changes. */
export interface StoredRow {
  readonly rowId: string
  readonly cells: ReadonlyMap<string, Cell>
}

export interface FiguresSnapshot {
  readonly periodId: string
  /** Rows that have at least one stored cell. */
  readonly rows: ReadonlyMap<string, StoredRow>
  /** Grows with every change, for tests and benchmarks that wait for a write to come back. */
  readonly version: number
}

type CellKey = [string, string, string]

const EMPTY_ROW_CELLS: ReadonlyMap<string, Cell> = new Map()

/** The stored row for `rowId`, or an empty one (shared, so that its identity is stable too). */
const emptyRows = new Map<string, StoredRow>()
export function storedRow(snapshot: FiguresSnapshot, rowId: string): StoredRow {
  const row = snapshot.rows.get(rowId)
  if (row) return row
  let empty = emptyRows.get(rowId)
  if (!empty) {
    empty = { rowId, cells: EMPTY_ROW_CELLS }
    emptyRows.set(rowId, empty)
  }
  return empty
}

function groupByRow(periodId: string, cells: readonly Cell[]): Map<string, StoredRow> {
  const byRow = new Map<string, Map<string, Cell>>()
  for (const cell of cells) {
    if (cell.periodId !== periodId) continue
    let row = byRow.get(cell.rowId)
    if (!row) byRow.set(cell.rowId, (row = new Map<string, Cell>()))
    row.set(cell.measure, cell)
  }
  return new Map([...byRow].map(([rowId, row]) => [rowId, { rowId, cells: row }]))
}

function isCellKeyOf(key: unknown, periodId: string): key is CellKey {
  return (
    Array.isArray(key) &&
    key.length === 3 &&
    key[0] === periodId &&
    typeof key[1] === 'string' &&
    typeof key[2] === 'string'
  )
}

/** The keys of this period that a mutation names one by one, or 'all' when it names a range. */
function changedKeys(
  tree: IntervalTree | undefined,
  periodId: string,
  out: CellKey[],
): 'all' | null {
  if (!tree || !('from' in tree)) return null
  const stack = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.l) stack.push(node.l)
    if (node.r) stack.push(node.r)
    const { from, to } = node
    if (cmp(from, to) === 0) {
      if (isCellKeyOf(from, periodId)) out.push(from)
      continue
    }
    // A range (a clear, a delete by period): if it may hold this period's cells, read the
    // period again rather than guess which.
    if (cmp(from, [periodId, Dexie.maxKey]) <= 0 && cmp(to, [periodId]) >= 0) return 'all'
  }
  return null
}

export class PeriodFigures {
  private snapshot: FiguresSnapshot
  private readonly listeners = new Set<() => void>()
  private loaded = false
  /** Changes reported before the first read finished; applied after it. */
  private early: CellKey[] = []
  private reloadAll = false
  private queue: Promise<void> = Promise.resolve()

  constructor(
    private readonly db: AppDatabase,
    readonly periodId: string,
  ) {
    this.snapshot = { periodId, rows: new Map(), version: 0 }
  }

  get ready(): boolean {
    return this.loaded
  }

  current = (): FiguresSnapshot => this.snapshot

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Starts listening and reads the period's cells once. */
  start(): () => void {
    const onMutated = (parts: ObservabilitySet) => this.onMutated(parts)
    Dexie.on('storagemutated', onMutated)
    this.enqueue(async () => {
      const rows = groupByRow(this.periodId, await loadCells(this.db, this.periodId))
      this.loaded = true
      this.publish(rows)
      const early = this.early
      this.early = []
      if (this.reloadAll) await this.reload()
      else if (early.length > 0) await this.refresh(early)
    })
    return () => Dexie.on('storagemutated').unsubscribe(onMutated)
  }

  private onMutated(parts: ObservabilitySet) {
    const prefix = `idb://${this.db.name}/cells/`
    const keys: CellKey[] = []
    const all =
      changedKeys(parts[prefix], this.periodId, keys) === 'all' ||
      changedKeys(parts[`${prefix}:dels`], this.periodId, keys) === 'all'
    if (!all && keys.length === 0) return
    if (!this.loaded) {
      if (all) this.reloadAll = true
      else this.early.push(...keys)
      return
    }
    this.enqueue(() => (all ? this.reload() : this.refresh(keys)))
  }

  /** Changes are applied in the order they were reported, each after the one before. */
  private enqueue(task: () => Promise<void>) {
    this.queue = this.queue.then(task).catch((error: unknown) => {
      // A damaged record must not stop later changes from showing; the next full read says more.
      console.error('Reading stored figures failed', error)
    })
  }

  private async reload() {
    this.publish(groupByRow(this.periodId, await loadCells(this.db, this.periodId)))
  }

  private async refresh(keys: readonly CellKey[]) {
    const found = await this.db.cells.bulkGet([...keys])
    const rows = new Map(this.snapshot.rows)
    const touched = new Map<string, Map<string, Cell>>()
    keys.forEach((key, i) => {
      const [, rowId, measure] = key
      let row = touched.get(rowId)
      if (!row) {
        row = new Map(rows.get(rowId)?.cells ?? [])
        touched.set(rowId, row)
      }
      const record = found[i]
      if (record) row.set(measure, Cell.parse(record))
      else row.delete(measure)
    })
    for (const [rowId, cells] of touched) rows.set(rowId, { rowId, cells })
    this.publish(rows)
  }

  private publish(rows: ReadonlyMap<string, StoredRow>) {
    this.snapshot = { periodId: this.periodId, rows, version: this.snapshot.version + 1 }
    for (const listener of this.listeners) listener()
  }
}
