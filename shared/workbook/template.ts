// Blank templates: the same sheets as a signed workbook, unsigned, for partners who would rather
// fill in Excel. Input cells are unlocked and carry drop-down lists (occupation, CIP code,
// credential) or number validation; everything else is locked, with sheet protection without a
// password, so labels and headers are not overwritten by mistake. A very hidden `_template`
// sheet says what the file is; the importer (read-filled.ts) reads it back.
import type { DataValidation, Worksheet } from 'exceljs'
import {
  CREDENTIAL_LABELS,
  CREDENTIAL_LEVELS,
  OCCUPATIONS,
  type OccupationId,
} from '../domain/occupations'
import type { Period } from '../domain/periods'
import { ROLE_LABELS } from '../domain/roles'
import { UNIT_MAX, type MeasureDef } from '../reports/measures'
import { measuresFor, type Program, type ReportKind } from '../reports/schemas'
import { cellAddress, columnLetters } from './cells'
import { newWorkbook } from './excel'
import {
  FIRST_DATA_ROW,
  MAX_EXPLANATION_ROWS,
  MAX_TABLE_ROWS,
  PROGRAMS_SHEET,
  coverSheet,
  dataSheets,
  explanationsSheet,
  periodText,
  programsSheet,
  reportName,
  type CellKind,
  type SheetLayout,
} from './layout'
import { NUMBER_FORMATS, renderSheet, styleOf } from './render'
import { listRange, writeTemplateMarker, type MarkerList } from './template-marker'

export interface TemplateOptions {
  readonly kind: ReportKind
  readonly institution?: { readonly name: string } | undefined
  readonly period?: Period | undefined
  /** Education: programs already known, listed on the Programs sheet. */
  readonly programs?: readonly Program[] | undefined
  /** Employer and high school: the occupations to list (all four by default). */
  readonly occupations?: readonly OccupationId[] | undefined
}

const LAST_TABLE_ROW = FIRST_DATA_ROW + MAX_TABLE_ROWS - 1
const LAST_EXPLANATION_ROW = FIRST_DATA_ROW + MAX_EXPLANATION_ROWS - 1

export async function writeTemplate(options: TemplateOptions): Promise<Uint8Array> {
  const { kind } = options
  const programs = kind === 'education' ? (options.programs ?? []) : []
  const occupations =
    kind === 'education' ? [] : (options.occupations ?? OCCUPATIONS.map((o) => o.id))
  const labels =
    kind === 'education'
      ? programs.map((p) => p.name)
      : occupations.map((id) => OCCUPATIONS.find((o) => o.id === id)?.name ?? id)
  const lists: Record<MarkerList, readonly string[]> = {
    occupations: OCCUPATIONS.map((o) => o.name),
    cip: OCCUPATIONS.flatMap((o) => o.cip.map((c) => c.code)),
    credentials: CREDENTIAL_LEVELS.map((c) => CREDENTIAL_LABELS[c]),
    measures: measuresFor(kind).map((m) => m.label),
    rows: labels,
  }

  const workbook = newWorkbook()
  workbook.creator = 'Allied Pipeline'
  // Label formulas on the data sheets are computed when the file is opened.
  workbook.calcProperties.fullCalcOnLoad = true
  const rows = labels.map((label) => ({ label, values: {}, explanations: {} }))
  const inputRows = kind === 'education' ? MAX_TABLE_ROWS : labels.length
  const layouts: SheetLayout[] = [
    templateCover(options),
    ...(kind === 'education' ? [programsSheet(programs)] : []),
    ...dataSheets(kind, rows),
    explanationsSheet(kind, []),
  ]
  for (const layout of layouts) {
    const sheet = renderSheet(workbook, layout, { notes: true })
    if (layout.role === 'programs') preparePrograms(sheet, lists)
    if (layout.role === 'data') prepareData(sheet, layout, kind, inputRows)
    if (layout.role === 'explanations') prepareExplanations(sheet, kind, lists)
    await sheet.protect('', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
    })
  }
  writeTemplateMarker(
    workbook,
    { kind, programs: programs.map((p) => ({ id: p.id, name: p.name })) },
    lists,
  )
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

function templateCover(options: TemplateOptions): SheetLayout {
  const { kind } = options
  const rowsText =
    kind === 'education'
      ? 'one program per row on the Programs sheet; row 5 of every other sheet is the program in row 5 of Programs'
      : 'one row per occupation on each sheet'
  const about =
    `This is a blank template for the ${reportName(kind).toLowerCase()}. Fill in the empty ` +
    `cells under the headings (${rowsText}); codes are chosen from drop-down lists. Then ` +
    'import it into Allied Pipeline, which checks the figures and exports the signed ' +
    'workbook the workforce board needs, or send it to the board’s staff to enter for you. ' +
    'A template carries no signature: on its own it is not a report the board can accept.'
  return coverSheet(
    `Allied Pipeline: ${reportName(kind)} template`,
    [
      ['Institution', options.institution?.name ?? null],
      ['Reporting as', ROLE_LABELS[kind]],
      ['Period', options.period ? periodText(options.period) : null],
      ['Status', 'Not signed: a template to fill in.'],
    ],
    about,
  )
}

/** Unlocks a block of cells, in the given format, for typing into. */
function unlock(sheet: Worksheet, columns: readonly number[], rows: number, kind: CellKind): void {
  for (let row = FIRST_DATA_ROW; row < FIRST_DATA_ROW + rows; row++) {
    for (const column of columns) {
      const cell = sheet.getCell(row, column)
      cell.style = { ...styleOf(kind), protection: { locked: false } }
    }
  }
}

/** exceljs has `dataValidations` on every worksheet, but its typings leave it out. */
interface DataValidations {
  add(range: string, validation: DataValidation): void
}

function validations(sheet: Worksheet): DataValidations {
  const found = (sheet as Worksheet & { dataValidations?: DataValidations }).dataValidations
  if (!found) throw new Error('This version of exceljs has no data validations.')
  return found
}

function columnRange(column: number, lastRow: number): string {
  return `${cellAddress(FIRST_DATA_ROW, column)}:${cellAddress(lastRow, column)}`
}

function listValidation(range: string, title: string, error: string): DataValidation {
  return {
    type: 'list',
    allowBlank: true,
    formulae: [range],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: title,
    error,
  }
}

function preparePrograms(sheet: Worksheet, lists: Record<MarkerList, readonly string[]>): void {
  unlock(sheet, [1, 2, 3, 4, 5, 6], MAX_TABLE_ROWS, 'text')
  const add = (column: number, list: MarkerList, title: string, error: string) =>
    validations(sheet).add(
      columnRange(column, LAST_TABLE_ROW),
      listValidation(listRange(list, lists[list].length), title, error),
    )
  add(2, 'occupations', 'Occupation', 'Choose the occupation from the list.')
  add(3, 'cip', 'CIP code', 'Choose the CIP code from the list.')
  add(4, 'credentials', 'Credential', 'Choose the credential from the list.')
}

function numberValidation(measure: MeasureDef): DataValidation {
  const whole = measure.unit === 'count' || measure.unit === 'days'
  const max = UNIT_MAX[measure.unit]
  return {
    type: whole ? 'whole' : 'decimal',
    operator: 'between',
    allowBlank: true,
    formulae: [0, max],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: measure.short,
    error: `${measure.label} is ${whole ? 'a whole number' : 'a number'} from 0 to ${max.toLocaleString('en-US')}.`,
  }
}

function prepareData(sheet: Worksheet, layout: SheetLayout, kind: ReportKind, rows: number): void {
  layout.columns.forEach((column, i) => {
    if (!column.measure) return
    unlock(sheet, [i + 1], rows, column.measure.unit)
    validations(sheet).add(
      columnRange(i + 1, FIRST_DATA_ROW + rows - 1),
      numberValidation(column.measure),
    )
  })
  if (kind !== 'education') return
  // Row n of every data sheet is the program in row n of Programs: show its name.
  for (let row = FIRST_DATA_ROW; row <= LAST_TABLE_ROW; row++) {
    const ref = `${PROGRAMS_SHEET}!$A${row}`
    const cell = sheet.getCell(row, 1)
    cell.value = { formula: `IF(${ref}="","",${ref})`, date1904: false }
    // General, not Text: a formula in a Text cell is shown as typed if someone re-enters it.
    cell.style = { ...styleOf('text'), numFmt: 'General' }
  }
}

function prepareExplanations(
  sheet: Worksheet,
  kind: ReportKind,
  lists: Record<MarkerList, readonly string[]>,
): void {
  // Up to 4,000 rows: unlock whole columns by their style rather than cell by cell.
  for (const column of [1, 2, 4]) {
    sheet.getColumn(column).style = { numFmt: NUMBER_FORMATS.text, protection: { locked: false } }
    sheet.getCell(1, column).style = styleOf('header')
  }
  const rows =
    kind === 'education'
      ? `${PROGRAMS_SHEET}!$A$${FIRST_DATA_ROW}:$A$${LAST_TABLE_ROW}`
      : listRange('rows', lists.rows.length)
  const label = kind === 'education' ? 'Program' : 'Occupation'
  validations(sheet).add(
    columnRange(1, LAST_EXPLANATION_ROW),
    listValidation(rows, label, `Choose the ${label.toLowerCase()} from the list.`),
  )
  validations(sheet).add(
    columnRange(2, LAST_EXPLANATION_ROW),
    listValidation(
      listRange('measures', lists.measures.length),
      'Measure',
      'Choose the measure from the list.',
    ),
  )
  validations(sheet).add(
    `${columnLetters(4)}${FIRST_DATA_ROW}:${columnLetters(4)}${LAST_EXPLANATION_ROW}`,
    {
      type: 'textLength',
      operator: 'lessThanOrEqual',
      allowBlank: true,
      formulae: [1000],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: 'Explanation',
      error: 'An explanation is at most 1,000 characters.',
    },
  )
}
