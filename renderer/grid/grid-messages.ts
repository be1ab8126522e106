// The sentences the grid speaks: a cell's description for screen readers, and the status line
// after a paste, a clear or an undo. Cells are named "column, row", as the partner sees them.
import type { MeasureDef } from '../../shared/reports/measures'
import type { PastePlan } from './paste'
import type { CellAddress, CellState, GridRow } from './types'

function sentence(text: string): string {
  const trimmed = text.trim()
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`
}

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`
}

/** "Enrolled, Radiologic Technology AS" */
export function cellName(measure: Pick<MeasureDef, 'short'>, row: Pick<GridRow, 'label'>): string {
  return `${measure.short}, ${row.label}`
}

/** The words for a cell's state: "Warning: Enrolled (42) is more than seats (30)." */
export function describeState(state: CellState): string {
  if (state.level === null) return ''
  const message = state.message ? ` ${sentence(state.message)}` : ''
  if (state.level === 'error') return `Error:${message}`
  return state.explained ? `Warning, explained:${message}` : `Warning:${message}`
}

/** "Enrolled, Radiologic Technology AS: 42. Warning: Enrolled (42) is more than seats (30)." */
export function describeCell(
  measure: Pick<MeasureDef, 'short' | 'required'>,
  row: Pick<GridRow, 'label'>,
  shown: string,
  state: CellState,
): string {
  const value = shown === '' ? (measure.required ? 'empty, required' : 'empty') : shown
  const question = state.question ? `The board asks: ${sentence(state.question)}` : ''
  return [`${cellName(measure, row)}: ${value}.`, describeState(state), question]
    .filter(Boolean)
    .join(' ')
}

/** Named cells with a short reason each, the first few only. */
function listCells(
  items: readonly (CellAddress & { readonly problem: string })[],
  rows: readonly GridRow[],
  measures: readonly MeasureDef[],
  limit = 3,
): string {
  const rowById = new Map(rows.map((r) => [r.id, r]))
  const measureByKey = new Map(measures.map((m) => [m.key, m]))
  const named = items.slice(0, limit).map((item) => {
    const row = rowById.get(item.rowId)
    const measure = measureByKey.get(item.key)
    const where = row && measure ? cellName(measure, row) : `${item.key}, ${item.rowId}`
    return `${where}: ${item.problem.replace(/\.$/, '')}`
  })
  const more = items.length - named.length
  return named.join('; ') + (more > 0 ? `; and ${plural(more, 'other', 'others')}` : '')
}

/** The status line after a paste: what went in, what was refused and where, what did not fit. */
export function describePaste(
  plan: PastePlan,
  rows: readonly GridRow[],
  measures: readonly MeasureDef[],
): string {
  const filled = plan.edits.filter((e) => e.value !== null).length
  const cleared = plan.edits.length - filled
  const parts: string[] = []
  if (filled > 0 && cleared > 0) {
    parts.push(
      `Pasted ${plural(filled, 'value', 'values')} and emptied ${plural(cleared, 'cell', 'cells')}.`,
    )
  } else if (filled > 0) {
    parts.push(`Pasted ${plural(filled, 'value', 'values')}.`)
  } else if (cleared > 0) {
    parts.push(
      `Pasted ${plural(cleared, 'blank cell', 'blank cells')}: ${cleared === 1 ? 'that cell is' : 'those cells are'} now empty.`,
    )
  }
  if (plan.rejected.length > 0) {
    const none = plan.edits.length === 0 ? 'Nothing was pasted. ' : ''
    parts.push(
      `${none}${plural(plan.rejected.length, 'value', 'values')} could not be taken: ${listCells(plan.rejected, rows, measures)}.`,
    )
  }
  const { clipped } = plan
  if (clipped.values > 0) {
    const wider = clipped.columns > 0
    const longer = clipped.rows > 0
    const why =
      wider && longer
        ? 'the block is wider and longer than the grid'
        : wider
          ? 'the block is wider than the grid'
          : 'the block runs past the last row'
    parts.push(`${plural(clipped.values, 'value', 'values')} did not fit: ${why}.`)
  }
  return parts.length > 0 ? parts.join(' ') : 'Nothing to paste: the clipboard has no cells.'
}

/** "Undid paste of 24 values." */
export function describeUndo(label: string, redo: boolean): string {
  return `${redo ? 'Redid' : 'Undid'} ${label}.`
}
