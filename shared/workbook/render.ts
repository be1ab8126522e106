// Writes a sheet layout into an exceljs workbook: values, number formats, column widths, frozen
// panes and column help. Styles are presentation only; the verifier compares values, never
// styles, so that a re-save by Excel or LibreOffice (which rewrites styles freely) still verifies.
import type { Cell, Style, Workbook, Worksheet } from 'exceljs'
import { escapeOfficeText } from './cells'
import type { CellKind, SheetLayout } from './layout'

/** Number formats: counts `#,##0`, FTE `0.00`, dollars `$#,##0.00`; text cells are Text (`@`). */
export const NUMBER_FORMATS: Record<CellKind, string> = {
  count: '#,##0',
  days: '#,##0',
  fte: '0.00',
  'dollars-per-hour': '$#,##0.00',
  integer: '0',
  tenths: '#,##0.0',
  hundredths: '0.00',
  text: '@',
  paragraph: '@',
  label: '@',
  header: '@',
  title: '@',
}

const HEADER_FILL: Style['fill'] = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFE7ECF2' },
}

/** The style of a cell of this kind: fonts and alignment on top of the number format. */
export function styleOf(kind: CellKind): Partial<Style> {
  const numFmt = NUMBER_FORMATS[kind]
  switch (kind) {
    case 'title':
      return { numFmt, font: { bold: true, size: 14 } }
    case 'label':
      return { numFmt, font: { bold: true }, alignment: { vertical: 'top' } }
    case 'header':
      return {
        numFmt,
        font: { bold: true },
        fill: HEADER_FILL,
        alignment: { vertical: 'top', wrapText: true },
        border: { bottom: { style: 'thin', color: { argb: 'FF8A97A8' } } },
      }
    case 'paragraph':
      return { numFmt, alignment: { vertical: 'top', wrapText: true } }
    default:
      return { numFmt, alignment: { vertical: 'top' } }
  }
}

/**
 * Writes one value. Strings are always plain strings (exceljs makes a formula only from an
 * object with a `formula` key), in the Text format, so "=1+2" stays the text "=1+2".
 */
export function writeCell(cell: Cell, value: string | number, kind: CellKind): void {
  cell.value = typeof value === 'string' ? escapeOfficeText(value) : value
  cell.style = styleOf(kind)
}

export interface RenderOptions {
  /**
   * Column help as notes on the header cells. Templates have them; signed workbooks do not,
   * because notes are drawn as VML shapes over the sheet and the verifier refuses every drawing.
   */
  readonly notes: boolean
}

export function renderSheet(
  workbook: Workbook,
  layout: SheetLayout,
  options: RenderOptions,
): Worksheet {
  const sheet = workbook.addWorksheet(layout.name, {
    views: layout.freeze
      ? [{ state: 'frozen', xSplit: layout.freeze.columns, ySplit: layout.freeze.rows }]
      : [{ state: 'normal' }],
  })
  layout.columns.forEach((column, i) => {
    sheet.getColumn(i + 1).width = column.width
  })
  layout.rows.forEach((row, r) => {
    let lines = 1
    row.forEach((cell, c) => {
      if (!cell) return
      writeCell(sheet.getCell(r + 1, c + 1), cell.value, cell.kind)
      if (cell.kind === 'paragraph' && typeof cell.value === 'string') {
        lines = Math.max(lines, wrappedLines(cell.value, layout.columns[c]?.width ?? 10))
      }
    })
    // Excel does not fit a row's height to wrapped text on opening; set it from an estimate.
    if (lines > 1) sheet.getRow(r + 1).height = lines * 15 + 3
  })
  if (layout.role !== 'cover' && layout.role !== 'sections') {
    sheet.getRow(1).height = 32
    layout.columns.forEach((column, i) => {
      if (column.help && options.notes) sheet.getCell(1, i + 1).note = column.help
    })
  }
  return sheet
}

/** Lines a wrapped text takes in a column `width` characters wide, roughly. */
function wrappedLines(text: string, width: number): number {
  return text
    .split('\n')
    .reduce((sum, line) => sum + Math.max(1, Math.ceil((line.length * 1.1) / width)), 0)
}
