// What changed between two revisions of one submission, cell by cell, in the partner's own
// labels and at the cell of the workbook where each figure sits ("Outcomes!C4"), so staff can
// read a revision the way the partner wrote it. Also the address of one figure, for review
// questions tied to a cell.
import { measuresFor, type Report } from '../reports/schemas'
import { formatValue } from '../rules/format'
import { defaultRowLabel, rowViews, type RowView } from '../rules/rows'
import { cellAddress } from '../workbook/cells'
import { FIRST_DATA_ROW, dataSheetColumns, displayRows } from '../workbook/layout'

export interface FigureAddress {
  /** The data sheet, named after the catalogue section. */
  readonly sheet: string
  /** "C4". */
  readonly cell: string
}

export interface FigureChange {
  /** Program id or occupation id. */
  readonly rowId: string
  /** The program's name or the occupation's, as the partner sees it. */
  readonly rowLabel: string
  readonly measure: string
  readonly measureLabel: string
  /** Where the figure sits in the newer revision's workbook (the older one's if the row went). */
  readonly at: FigureAddress
  /** As shown, "" for empty. */
  readonly before: string
  readonly after: string
  readonly kind: 'figure' | 'explanation'
}

export interface RevisionDiff {
  readonly changes: readonly FigureChange[]
  /** Rows only in the newer revision, by label. */
  readonly rowsAdded: readonly string[]
  /** Rows only in the older revision, by label. */
  readonly rowsRemoved: readonly string[]
}

/** The row ids of a report in the order its data sheets show them. */
function displayOrder(report: Report): string[] {
  return report.kind === 'education'
    ? report.programs.map((p) => p.id)
    : report.rows.map((r) => r.occupation)
}

/** The workbook address of one figure of a report, or null if the report has no such cell. */
export function figureAddress(
  report: Report,
  rowId: string,
  measure: string,
): FigureAddress | null {
  const index = displayOrder(report).indexOf(rowId)
  if (index < 0) return null
  for (const { name, columns } of dataSheetColumns(report.kind)) {
    const column = columns.findIndex((c) => c.measure?.key === measure)
    if (column >= 0) return { sheet: name, cell: cellAddress(FIRST_DATA_ROW + index, column + 1) }
  }
  return null
}

const shown = (unit: Parameters<typeof formatValue>[0], value: number | null | undefined) =>
  value === null || value === undefined ? '' : formatValue(unit, value)

/** Every figure and explanation that differs between `before` and `after` (same kind of report). */
export function diffRevisions(before: Report, after: Report): RevisionDiff {
  if (before.kind !== after.kind) {
    throw new Error(`Cannot compare a ${before.kind} report with a ${after.kind} report.`)
  }
  const labelAfter = defaultRowLabel(after)
  const labelBefore = defaultRowLabel(before)
  const rowsBefore = new Map(rowViews(before, labelBefore).map((r) => [r.id, r]))
  const rowsAfter = new Map(rowViews(after, labelAfter).map((r) => [r.id, r]))
  const empty = (id: string, label: string): RowView => ({
    id,
    label,
    values: {},
    explanations: {},
  })
  const ids = [
    ...displayOrder(after),
    ...displayOrder(before).filter((id) => !rowsAfter.has(id)),
  ].filter((id, i, all) => all.indexOf(id) === i)
  const changes: FigureChange[] = []
  for (const id of ids) {
    const old = rowsBefore.get(id) ?? empty(id, labelAfter(id))
    const now = rowsAfter.get(id) ?? empty(id, labelBefore(id))
    const inAfter = rowsAfter.has(id)
    for (const def of measuresFor(after.kind)) {
      const at = figureAddress(inAfter ? after : before, id, def.key)
      if (!at) continue
      const base = {
        rowId: id,
        rowLabel: inAfter ? now.label : old.label,
        measure: def.key,
        measureLabel: def.label,
        at,
      }
      const a = shown(def.unit, old.values[def.key])
      const b = shown(def.unit, now.values[def.key])
      if (a !== b) changes.push({ ...base, before: a, after: b, kind: 'figure' })
      const ea = old.explanations[def.key] ?? ''
      const eb = now.explanations[def.key] ?? ''
      if (ea !== eb) changes.push({ ...base, before: ea, after: eb, kind: 'explanation' })
    }
  }
  return {
    changes,
    rowsAdded: displayRows(after)
      .filter((_, i) => !rowsBefore.has(displayOrder(after)[i]!))
      .map((r) => r.label),
    rowsRemoved: displayRows(before)
      .filter((_, i) => !rowsAfter.has(displayOrder(before)[i]!))
      .map((r) => r.label),
  }
}
