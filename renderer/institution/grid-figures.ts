// What the grid shows for each row: the stored figures (or an edit not yet back from the
// disk) and the rules' verdict per cell. A row's object is reused for as long as its stored
// figures and its check are the same objects, so the grid's memoised rows skip every row an
// edit did not touch.
import type { FiguresSnapshot, StoredRow } from '../db/period-figures'
import { storedRow } from '../db/period-figures'
import type { RowFigures } from '../grid/types'
import type { RowCheck } from './row-check'
import type { ReportCheck } from './useReportCheck'

const NO_CHECK: RowCheck = {
  findings: [],
  missing: [],
  filled: [],
  states: new Map(),
  damage: null,
}

const cache = new WeakMap<StoredRow, WeakMap<RowCheck, RowFigures>>()

function valuesOf(row: StoredRow): Map<string, number | null> {
  return new Map([...row.cells].map(([key, cell]) => [key, cell.value]))
}

function stable(row: StoredRow, check: RowCheck): RowFigures {
  let byCheck = cache.get(row)
  if (!byCheck) cache.set(row, (byCheck = new WeakMap()))
  let figures = byCheck.get(check)
  if (!figures) {
    figures = { values: valuesOf(row), states: check.states }
    byCheck.set(check, figures)
  }
  return figures
}

/** `unsaved` is keyed by `rowId + "\u0000" + measure`, as cellKey makes them. */
export function gridFigures(
  snapshot: FiguresSnapshot,
  check: ReportCheck,
  unsaved: ReadonlyMap<string, number | null>,
): (rowId: string) => RowFigures {
  const pendingByRow = new Map<string, [string, number | null][]>()
  for (const [key, value] of unsaved) {
    const [rowId = '', measure = ''] = key.split('\u0000')
    pendingByRow.set(rowId, [...(pendingByRow.get(rowId) ?? []), [measure, value]])
  }
  const overlaid = new Map<string, RowFigures>()
  return (rowId) => {
    const row = storedRow(snapshot, rowId)
    const rowCheck = check.rows.get(rowId) ?? NO_CHECK
    const pending = pendingByRow.get(rowId)
    if (!pending) return stable(row, rowCheck)
    let figures = overlaid.get(rowId)
    if (!figures) {
      const values = valuesOf(row)
      for (const [measure, value] of pending) values.set(measure, value)
      figures = { values, states: rowCheck.states }
      overlaid.set(rowId, figures)
    }
    return figures
  }
}
