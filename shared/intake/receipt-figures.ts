// The figures of a held submission that a review question can be about, in the partner's own
// labels and at the cell of the partner's workbook where each sits ("Outcomes!C4"), so the board
// asks about a cell the partner can find and the partner's app can put the question beside it.
import { measuresFor, type Report } from '../reports/schemas'
import { formatValue } from '../rules/format'
import { rowViews } from '../rules/rows'
import type { ReceiptQuestion } from './receipt'
import { figureAddress, type FigureAddress } from './revision-diff'

export interface FigureChoice {
  readonly rowId: string
  /** The program's name or the occupation's, as the partner sees it. */
  readonly rowLabel: string
  readonly measure: string
  readonly measureLabel: string
  readonly at: FigureAddress
  /** The figure as the workbook shows it; "" when the cell is empty. */
  readonly shown: string
}

/** Every figure cell of the report, row by row in the workbook's order, measure by measure. */
export function figureChoices(report: Report): FigureChoice[] {
  const choices: FigureChoice[] = []
  for (const row of rowViews(report)) {
    for (const def of measuresFor(report.kind)) {
      const at = figureAddress(report, row.id, def.key)
      if (!at) continue
      const value = row.values[def.key]
      choices.push({
        rowId: row.id,
        rowLabel: row.label,
        measure: def.key,
        measureLabel: def.label,
        at,
        shown: value === null || value === undefined ? '' : formatValue(def.unit, value),
      })
    }
  }
  return choices
}

/** A question about one figure of `report`; throws when the report has no such figure. */
export function questionAbout(
  report: Report,
  ask: { readonly rowId: string; readonly measure: string; readonly text: string },
): ReceiptQuestion {
  const at = figureAddress(report, ask.rowId, ask.measure)
  if (!at) throw new Error(`The submission has no figure ${ask.measure} for ${ask.rowId}.`)
  return { rowId: ask.rowId, measure: ask.measure, sheet: at.sheet, cell: at.cell, text: ask.text }
}
