// Stage 4: parsed sheets compared with the payload. Every sheet of the layout must be there
// under its exact name and visible, no other sheet may be, and the signature sheet must be
// hidden. Then each cell: what it holds against what was signed (numbers to 15 significant
// digits, as a re-save may write 12 as 12.0; text exactly), and what a person opening the file
// sees: the text its number format shows, no hidden rows or columns over the data, no text in
// the background's colour, no conditional formats. Widths, fonts, panes and sheet order are
// not compared, so a re-save without edits still verifies.
import { cellAddress, columnLetters, quoted, sameNumber, shownNumber } from './cells'
import { EMPTY, shownFound, type Found } from './grid'
import type { SheetLayout } from './layout'
import { figureShown, readFormat } from './number-format'
import { cellKey } from './parse-sheet'
import type { ParsedSheet, ParsedWorkbook } from './read-untrusted'
import type { VerifyFinding } from './verify-findings'

/** Cell findings listed one by one; past this, one finding says how many more there are. */
export const MAX_CELL_FINDINGS = 100

export function compareWorkbook(
  expected: readonly SheetLayout[],
  workbook: ParsedWorkbook,
  signatureSheet: string,
): VerifyFinding[] {
  const actual = workbook.sheets.filter((s) => s.name !== signatureSheet)
  const expectedNames = new Set(expected.map((l) => l.name))
  const missing = expected.filter((l) => !workbook.sheet(l.name))
  const added = actual.filter((s) => !expectedNames.has(s.name))

  const sheetFindings: VerifyFinding[] = []
  const renamed = new Set<ParsedSheet>()
  for (const layout of missing) {
    const twin = added.find((s) => !renamed.has(s) && compareValues(layout, s).length === 0)
    if (twin) {
      renamed.add(twin)
      sheetFindings.push({
        code: 'sheet-renamed',
        sheet: layout.name,
        message: `The sheet “${layout.name}” was renamed to “${twin.name}” after signing.${lookAlike(twin.name, layout.name)}`,
      })
    } else {
      sheetFindings.push({
        code: 'sheet-missing',
        sheet: layout.name,
        message: `The sheet “${layout.name}” is missing: it was removed or renamed after signing.`,
      })
    }
  }
  for (const sheet of added) {
    if (renamed.has(sheet)) continue
    const like = expected.find((l) => looksLike(sheet.name, l.name))
    sheetFindings.push({
      code: 'sheet-added',
      sheet: sheet.name,
      message: `A ${sheet.state === 'visible' ? '' : 'hidden '}sheet “${sheet.name}” was added after signing.${like ? lookAlike(sheet.name, like.name) : ''}`,
    })
  }
  for (const layout of expected) {
    const sheet = workbook.sheet(layout.name)
    if (sheet && sheet.state !== 'visible') {
      sheetFindings.push({
        code: 'sheet-hidden',
        sheet: layout.name,
        message: `The sheet “${layout.name}” is hidden, so what it holds cannot be seen; in the signed workbook it is shown.`,
      })
    }
  }
  const signature = workbook.sheet(signatureSheet)
  if (signature?.state === 'visible') {
    sheetFindings.push({
      code: 'sheet-shown',
      sheet: signatureSheet,
      message: `The signature sheet “${signatureSheet}” is shown; a signed workbook keeps it hidden.`,
    })
  }

  const cellFindings = expected.flatMap((layout) => {
    const sheet = workbook.sheet(layout.name)
    return sheet ? [...compareValues(layout, sheet), ...compareLooks(layout, sheet, workbook)] : []
  })
  if (cellFindings.length <= MAX_CELL_FINDINGS) return [...sheetFindings, ...cellFindings]
  const more = cellFindings.length - MAX_CELL_FINDINGS
  return [
    ...sheetFindings,
    ...cellFindings.slice(0, MAX_CELL_FINDINGS),
    {
      code: 'too-many-changes',
      message: `…and ${more.toLocaleString('en-US')} more ${more === 1 ? 'cell differs' : 'cells differ'} from what was signed.`,
    },
  ]
}

/** The same length and letters but for some outside plain ASCII: “Оutcomes” for “Outcomes”. */
function looksLike(name: string, genuine: string): boolean {
  if (name === genuine || name.length !== genuine.length) return false
  let differs = false
  for (let i = 0; i < name.length; i++) {
    if (name[i] === genuine[i]) continue
    if ((name.codePointAt(i) ?? 0) < 0x80) return false
    differs = true
  }
  return differs
}

function lookAlike(name: string, genuine: string): string {
  return looksLike(name, genuine)
    ? ` Its name looks like “${genuine}” but is spelled with letters of another alphabet.`
    : ''
}

// ── Values ────────────────────────────────────────────────────────────────────────────────

interface Expected {
  readonly value: string | number | null
  /** Whether a number belongs here: a measure column, or a number in the layout. */
  readonly numeric: boolean
  readonly inArea: boolean
}

function expectedAt(layout: SheetLayout, row: number, column: number): Expected {
  const value = layout.rows[row - 1]?.[column - 1]?.value ?? null
  const measureColumn = row > 1 && layout.columns[column - 1]?.measure !== undefined
  return {
    value,
    numeric: typeof value === 'number' || measureColumn,
    inArea: row <= layout.rows.length && column <= layout.columns.length,
  }
}

/** Every place that holds something in the layout or in the sheet, in reading order. */
function places(layout: SheetLayout, sheet: ParsedSheet): { row: number; column: number }[] {
  const all = new Map<number, { row: number; column: number }>()
  layout.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell) all.set(cellKey(r + 1, c + 1), { row: r + 1, column: c + 1 })
    }),
  )
  for (const cell of sheet.occupied()) all.set(cellKey(cell.row, cell.column), cell)
  return [...all.values()].sort((a, b) => a.row - b.row || a.column - b.column)
}

/** Value findings for one sheet, in reading order (row by row, left to right). */
export function compareValues(layout: SheetLayout, sheet: ParsedSheet): VerifyFinding[] {
  const findings: VerifyFinding[] = []
  for (const { row, column } of places(layout, sheet)) {
    const address = cellAddress(row, column)
    const actual = sheet.found(row, column)
    const finding = compareCell(layout.name, address, expectedAt(layout, row, column), actual)
    if (finding) findings.push(finding)
  }
  return findings
}

function matches(expected: string | number | null, found: Found): boolean {
  if (expected === null)
    return found.type === 'empty' || (found.type === 'text' && found.value === '')
  if (typeof expected === 'number') {
    return found.type === 'number' && sameNumber(expected, found.value)
  }
  return found.type === 'text' && found.value === expected
}

function shownExpected(value: string | number | null): string {
  if (value === null) return '(empty)'
  return typeof value === 'number' ? shownNumber(value) : quoted(value)
}

function compareCell(
  sheet: string,
  cell: string,
  expected: Expected,
  actual: Found,
): VerifyFinding | null {
  const at = `${sheet}!${cell}`
  if (actual.type === 'formula') {
    const belongs = expected.numeric
      ? 'where a number belongs'
      : expected.value !== null
        ? 'where text belongs'
        : 'in a cell that was empty when signed'
    return {
      code: 'formula',
      sheet,
      cell,
      message: `${at} holds a formula (${actual.formula}) ${belongs}; formulas are not accepted.`,
    }
  }
  if (matches(expected.value, actual)) return null
  if (!expected.inArea) {
    return {
      code: 'cell-added',
      sheet,
      cell,
      message: `${at} was added after signing: ${shownFound(actual)}`,
    }
  }
  return {
    code: 'cell-changed',
    sheet,
    cell,
    message: `${at} changed after signing: ${shownExpected(expected.value)} → ${shownFound(actual)}`,
  }
}

// ── What a person sees ────────────────────────────────────────────────────────────────────

function display(sheet: string, message: string, cell?: string): VerifyFinding {
  return cell === undefined
    ? { code: 'display', sheet, message }
    : { code: 'display', sheet, cell, message }
}

function isRowHidden(sheet: ParsedSheet, row: number): boolean {
  return sheet.hiddenRows.has(row) || (sheet.rowsHidden && !sheet.shownRows.has(row))
}

function isColumnHidden(sheet: ParsedSheet, column: number): boolean {
  return sheet.columns.some((c) => c.hidden && c.min <= column && column <= c.max)
}

/** Findings about how the signed cells look: hidden, disguised by a format, or invisible. */
function compareLooks(
  layout: SheetLayout,
  sheet: ParsedSheet,
  workbook: ParsedWorkbook,
): VerifyFinding[] {
  const name = layout.name
  const findings: VerifyFinding[] = []
  if (sheet.conditionalFormats > 0) {
    findings.push(
      display(
        name,
        `The sheet “${name}” has conditional formatting, which can change how its figures look; a signed workbook has none.`,
      ),
    )
  }
  if (!sheet.showZeros) {
    findings.push(
      display(
        name,
        `The sheet “${name}” is set not to show zeros, so a 0 looks like an empty cell.`,
      ),
    )
  }
  for (let row = 1; row <= layout.rows.length; row++) {
    if (isRowHidden(sheet, row)) {
      findings.push(
        display(
          name,
          `Row ${row} of “${name}” is hidden, so what it holds cannot be seen.`,
          `A${row}`,
        ),
      )
    }
  }
  for (let column = 1; column <= layout.columns.length; column++) {
    if (isColumnHidden(sheet, column)) {
      const letters = columnLetters(column)
      findings.push(
        display(
          name,
          `Column ${letters} of “${name}” is hidden, so what it holds cannot be seen.`,
          `${letters}1`,
        ),
      )
    }
  }
  layout.rows.forEach((cells, r) =>
    cells.forEach((expected, c) => {
      if (!expected) return
      const finding = cellLook(name, sheet, workbook, r + 1, c + 1, expected.value)
      if (finding) findings.push(finding)
    }),
  )
  return findings
}

function cellLook(
  name: string,
  sheet: ParsedSheet,
  workbook: ParsedWorkbook,
  row: number,
  column: number,
  expected: string | number,
): VerifyFinding | null {
  const cell = sheet.cell(row, column)
  if (!cell || sheet.found(row, column) === EMPTY) return null
  if (!matches(expected, cell.found)) return null // already named as a changed value
  const address = cellAddress(row, column)
  const at = `${name}!${address}`
  const look = workbook.styles.look(cell.style)
  const format = readFormat(look?.format ?? null)
  if (!look || !format.ok) {
    return display(
      name,
      `${at} has a number format (${quoted(look?.format ?? 'unknown', 40)}) that can make it show something other than what it holds; a signed workbook uses plain formats only.`,
      address,
    )
  }
  if (typeof expected === 'number') {
    const shown = sheet.showZeros || expected !== 0 ? format.shown(expected) : ''
    if (!sameNumber(figureShown(shown), expected)) {
      return display(
        name,
        `${at} shows ${shown === '' ? 'nothing' : shown} while the signed figure is ${shownNumber(expected)}: its number format rounds it.`,
        address,
      )
    }
  } else if (cell.rich) {
    return display(
      name,
      `${at} holds text in several formats, each of which may look different; a signed workbook has plain text only.`,
      address,
    )
  }
  if ((look.fontColor ?? '000000') === (look.fillColor ?? 'FFFFFF')) {
    return display(
      name,
      `${at} is written in the colour of its background, so it cannot be seen.`,
      address,
    )
  }
  return null
}
