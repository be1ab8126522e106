// The very hidden `_template` sheet of a blank template: what it is, which kind of report, the
// programs it was made with (so an import keeps their ids), and the lists its drop-downs use.
//
//     A1 format          B1 allied-pipeline-template
//     A2 formatVersion   B2 1
//     A3 kind            B3 education | employer | high-school
//     A4 programs        B4 <n>
//     A5 program         B5 <program id>   C5 <program name>   … one row per program
//     E…I                drop-down lists: occupations, CIP codes, credentials, measures, rows
import type { Workbook, Worksheet } from 'exceljs'
import type { ReportKind } from '../reports/schemas'
import { escapeOfficeText } from './cells'
import type { CellSource } from './grid'
import { TEMPLATE_SHEET } from './layout'

export const TEMPLATE_FORMAT = 'allied-pipeline-template'
export const TEMPLATE_FORMAT_VERSION = 1

const REPORT_KINDS: readonly ReportKind[] = ['education', 'employer', 'high-school']

export interface TemplateMarker {
  readonly kind: ReportKind
  /** Programs the template was made with: their names and ids. */
  readonly programs: readonly { readonly id: string; readonly name: string }[]
}

export type MarkerList = 'occupations' | 'cip' | 'credentials' | 'measures' | 'rows'

const LIST_COLUMNS: Record<MarkerList, number> = {
  occupations: 5,
  cip: 6,
  credentials: 7,
  measures: 8,
  rows: 9,
}

/** The range a data validation refers to, e.g. `'_template'!$E$1:$E$4`. */
export function listRange(list: MarkerList, length: number): string {
  const letter = String.fromCharCode(64 + LIST_COLUMNS[list])
  return `'${TEMPLATE_SHEET}'!$${letter}$1:$${letter}$${Math.max(1, length)}`
}

export function writeTemplateMarker(
  workbook: Workbook,
  marker: TemplateMarker,
  lists: Record<MarkerList, readonly string[]>,
): Worksheet {
  const sheet = workbook.addWorksheet(TEMPLATE_SHEET, { state: 'veryHidden' })
  const rows: (string | number)[][] = [
    ['format', TEMPLATE_FORMAT],
    ['formatVersion', TEMPLATE_FORMAT_VERSION],
    ['kind', marker.kind],
    ['programs', marker.programs.length],
    ...marker.programs.map((p) => ['program', p.id, p.name]),
  ]
  rows.forEach((values, r) =>
    values.forEach((value, c) => {
      sheet.getCell(r + 1, c + 1).value =
        typeof value === 'string' ? escapeOfficeText(value) : value
    }),
  )
  for (const [list, column] of Object.entries(LIST_COLUMNS)) {
    lists[list as MarkerList].forEach((item, r) => {
      sheet.getCell(r + 1, column).value = escapeOfficeText(item)
    })
  }
  return sheet
}

/** The marker, or null when the sheet is not a template marker this version reads. */
export function readTemplateMarker(sheet: CellSource): TemplateMarker | null {
  const text = (row: number, column: number): string | null => {
    const found = sheet.found(row, column)
    return found.type === 'text' ? found.value : null
  }
  const number = (row: number, column: number): number | null => {
    const found = sheet.found(row, column)
    return found.type === 'number' ? found.value : null
  }
  if (text(1, 2) !== TEMPLATE_FORMAT || number(2, 2) !== TEMPLATE_FORMAT_VERSION) return null
  const kind = REPORT_KINDS.find((k) => k === text(3, 2))
  const count = number(4, 2) ?? 0
  if (!kind || !Number.isInteger(count) || count < 0 || count > 200) return null
  const programs: { id: string; name: string }[] = []
  for (let i = 0; i < count; i++) {
    const id = text(5 + i, 2)
    const name = text(5 + i, 3)
    if (id !== null && name !== null) programs.push({ id, name })
  }
  return { kind, programs }
}
