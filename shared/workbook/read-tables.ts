// The tables of a filled workbook, read cell by cell with every problem placed at its sheet and
// cell: the header row must be the one the template has (so no figure lands in the wrong
// measure), nothing may sit outside the table, and each cell must read as what its column holds.
import type { CredentialLevel, OccupationId } from '../domain/occupations'
import type { MeasureDef } from '../reports/measures'
import { measuresFor, type ReportKind } from '../reports/schemas'
import { cellAddress, quoted } from './cells'
import { EMPTY, occupiedCells, shownFound, type CellSource, type Found } from './grid'
import {
  EXPLANATIONS_SHEET,
  FIRST_DATA_ROW,
  PROGRAMS_SHEET,
  explanationColumns,
  type ColumnSpec,
} from './layout'
import {
  readCip,
  readCredential,
  readFigure,
  readOccupation,
  readText,
  type Read,
} from './read-cells'

export interface ImportProblem {
  readonly sheet: string
  /** A1-style address, when the problem is in one cell. */
  readonly cell?: string
  readonly message: string
}

/** Problems that are about the whole file rather than a sheet carry this sheet name. */
export const WHOLE_WORKBOOK = 'Workbook'

/** Problems as they are found, capped so that a wholly wrong file gives a readable list. */
export class Problems {
  static readonly MAX = 100
  readonly list: ImportProblem[] = []
  private dropped = 0

  add(sheet: string, message: string, row?: number, column?: number): void {
    if (this.list.length >= Problems.MAX) {
      this.dropped++
      return
    }
    this.list.push(
      row !== undefined && column !== undefined
        ? { sheet, cell: cellAddress(row, column), message }
        : { sheet, message },
    )
  }

  /** The list, with one last line for what was left out. */
  all(): ImportProblem[] {
    if (this.dropped === 0) return this.list
    return [...this.list, { sheet: WHOLE_WORKBOOK, message: `…and ${this.dropped} more problems.` }]
  }
}

/** row → column → what the cell holds, for the cells that hold something. */
export type Cells = ReadonlyMap<number, ReadonlyMap<number, Found>>

export function at(cells: Cells, row: number, column: number): Found {
  return cells.get(row)?.get(column) ?? EMPTY
}

/** Data rows (below the header) that hold anything, in order. */
export function dataRows(cells: Cells): number[] {
  return [...cells.keys()].filter((r) => r >= FIRST_DATA_ROW).sort((a, b) => a - b)
}

const fold = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ')

/**
 * The cells of a table, or null when its header is not the template's (then nothing on the
 * sheet can be trusted to be in its column). Content beyond the table is a problem per cell.
 */
export function readTable(
  sheet: CellSource,
  columns: readonly ColumnSpec[],
  lastRow: number,
  rowLimit: string,
  problems: Problems,
): Cells | null {
  const cells = new Map<number, Map<number, Found>>()
  for (const { row, column, found } of occupiedCells(sheet).values()) {
    if (row > lastRow) problems.add(sheet.name, rowLimit, row, column)
    else if (column > columns.length) {
      problems.add(
        sheet.name,
        `${shownFound(found)} is outside the table; move it into the table or delete it.`,
        row,
        column,
      )
    } else {
      const line = cells.get(row) ?? new Map<number, Found>()
      line.set(column, found)
      cells.set(row, line)
    }
  }
  let headerOk = true
  columns.forEach((spec, i) => {
    const found = at(cells, 1, i + 1)
    if (found.type === 'text' && fold(found.value) === fold(spec.header)) return
    headerOk = false
    problems.add(
      sheet.name,
      `The column heading should be ${quoted(spec.header)}, not ${shownFound(found)}; columns cannot be moved, added or renamed.`,
      1,
      i + 1,
    )
  })
  return headerOk ? cells : null
}

/** Reads a cell, or records its problem (with the row and measure named) and answers undefined. */
export function take<T>(
  read: Read<T>,
  problems: Problems,
  sheet: string,
  row: number,
  column: number,
  context = '',
): T | undefined {
  if (read.ok) return read.value
  // The context goes before the closing full stop: "… is not a number (Radiography, Seats)."
  const message = context === '' ? read.problem : `${read.problem.replace(/\.$/, '')}${context}.`
  problems.add(sheet, message, row, column)
  return undefined
}

export interface ProgramEntry {
  readonly row: number
  readonly name: string
  readonly occupation: OccupationId
  readonly cip: string
  readonly credential: CredentialLevel
  readonly campus: string
  readonly accreditor: string
}

/**
 * Programs by row. `names` has every row with something typed, by the name typed (or "row n"),
 * so that figures and explanations of a row with a problem do not add problems of their own.
 */
export function readPrograms(
  cells: Cells,
  problems: Problems,
): { entries: ProgramEntry[]; names: Map<number, string> } {
  const entries: ProgramEntry[] = []
  const names = new Map<number, string>()
  const sheet = PROGRAMS_SHEET
  for (const row of dataRows(cells)) {
    const get = (column: number) => at(cells, row, column)
    const name = take(readText(get(1), 120), problems, sheet, row, 1)
    names.set(row, name || `row ${row}`)
    if (name === '') problems.add(sheet, 'The program name is missing.', row, 1)
    const occupation = take(readOccupation(get(2)), problems, sheet, row, 2)
    if (occupation === null) {
      problems.add(sheet, 'Choose the occupation this program trains for.', row, 2)
    }
    const cip = take(readCip(get(3), occupation ?? null), problems, sheet, row, 3)
    const credential = take(readCredential(get(4)), problems, sheet, row, 4)
    if (credential === null)
      problems.add(sheet, 'Choose the credential the program awards.', row, 4)
    const campus = take(readText(get(5), 120), problems, sheet, row, 5)
    const accreditor = take(readText(get(6), 60), problems, sheet, row, 6)
    if (
      name &&
      occupation &&
      cip !== undefined &&
      credential &&
      campus !== undefined &&
      accreditor !== undefined
    ) {
      entries.push({ row, name, occupation, cip, credential, campus, accreditor })
    }
  }
  return { entries, names }
}

/** The figures of one data row, by measure key; problems name the row and measure. */
export function readFigures(
  cells: Cells,
  sheet: string,
  row: number,
  columns: readonly ColumnSpec[],
  rowName: string,
  problems: Problems,
): Map<string, number | null> {
  const figures = new Map<string, number | null>()
  columns.forEach((spec, i) => {
    if (!spec.measure) return
    const context = ` (${rowName}, ${spec.measure.label})`
    const value = take(
      readFigure(at(cells, row, i + 1), spec.measure),
      problems,
      sheet,
      row,
      i + 1,
      context,
    )
    if (value !== undefined) figures.set(spec.measure.key, value)
  })
  return figures
}

export interface ExplanationEntry {
  readonly row: number
  readonly label: string
  readonly measure: MeasureDef
  readonly text: string
}

/** The Explanations sheet, with row labels left for the caller to resolve. */
export function readExplanations(
  sheet: CellSource | undefined,
  kind: ReportKind,
  lastRow: number,
  problems: Problems,
): ExplanationEntry[] {
  if (!sheet) return []
  const limit = `A report has at most ${(lastRow - 1).toLocaleString('en-US')} explanations, in rows 2 to ${lastRow.toLocaleString('en-US')}; rows below must stay empty.`
  const cells = readTable(sheet, explanationColumns(kind), lastRow, limit, problems)
  if (!cells) return []
  const measures = measuresFor(kind)
  const entries: ExplanationEntry[] = []
  const name = EXPLANATIONS_SHEET
  for (const row of dataRows(cells)) {
    const [a, b, d] = [at(cells, row, 1), at(cells, row, 2), at(cells, row, 4)]
    if ([a, b, d].every((f) => f.type === 'empty')) continue
    const label = take(readText(a, 200), problems, name, row, 1)
    const measureText = take(readText(b, 200), problems, name, row, 2)
    const text = take(readText(d, 1000), problems, name, row, 4)
    if (label === '')
      problems.add(
        name,
        `Say which ${kind === 'education' ? 'program' : 'occupation'} this explanation is about.`,
        row,
        1,
      )
    const measure = measures.find((m) =>
      [m.label, m.short, m.key].some((n) => fold(n) === fold(measureText ?? '')),
    )
    if (measureText === '')
      problems.add(name, 'Say which measure this explanation is about.', row, 2)
    else if (measureText !== undefined && !measure) {
      problems.add(
        name,
        `${quoted(measureText)} is not one of the measures of this report.`,
        row,
        2,
      )
    }
    if (text === '')
      problems.add(name, 'The explanation is empty; write it or clear the row.', row, 4)
    if (label && measure && text) entries.push({ row, label, measure, text })
  }
  return entries
}
