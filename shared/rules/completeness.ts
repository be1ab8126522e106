// How much of a report is filled in. An empty required cell is not a finding: it is progress
// still to make, shown per section, and export asks for it separately.
import { sectionsOf } from '../reports/measures'
import { measuresFor, type Report } from '../reports/schemas'
import { rowViews } from './rows'

export interface MissingValue {
  readonly rowId: string
  readonly measure: string
}

export interface SectionCompleteness {
  readonly section: string
  /** Cells of this section, across all rows, that hold a number. */
  readonly filled: number
  /** Cells of this section across all rows, required or not. */
  readonly total: number
}

const isFilled = (value: number | null | undefined): boolean => typeof value === 'number'

/** Required cells left empty, in row order then catalogue order. */
export function missingRequired(report: Report): MissingValue[] {
  const required = measuresFor(report.kind).filter((d) => d.required)
  return rowViews(report, (id) => id).flatMap((row) =>
    required
      .filter((d) => !isFilled(row.values[d.key]))
      .map((d) => ({ rowId: row.id, measure: d.key })),
  )
}

/** Filled and total cells per section, sections in catalogue order. */
export function completeness(report: Report): SectionCompleteness[] {
  const rows = rowViews(report, (id) => id)
  return sectionsOf(measuresFor(report.kind)).map(({ section, measures }) => ({
    section,
    filled: rows.reduce(
      (n, row) => n + measures.filter((d) => isFilled(row.values[d.key])).length,
      0,
    ),
    total: rows.length * measures.length,
  }))
}
