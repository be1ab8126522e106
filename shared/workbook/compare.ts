// The cell-by-cell comparison of a workbook's visible sheets with the grid its signed payload
// says they hold. Numbers compare to 15 significant digits (a re-save may write 12 as 12.0 or
// 0.30000000000000004 as 0.3), text exactly; styles, widths, panes, notes, sheet order and
// sheet visibility are not compared, so a re-save without edits still verifies.
import type { Workbook, Worksheet } from 'exceljs'
import { cellAddress, quoted, sameNumber, shownNumber } from './cells'
import { EMPTY, occupiedCells, shownFound, type Found } from './grid'
import type { SheetLayout } from './layout'
import type { VerifyFinding } from './verify-findings'

/** Cell findings listed one by one; past this, one finding says how many more there are. */
export const MAX_CELL_FINDINGS = 100

/**
 * Compares every sheet of `workbook` except those named in `ignore` with `expected`: sheets
 * missing, added or renamed, then every cell that differs, in sheet and reading order.
 */
export function compareWorkbook(
  expected: readonly SheetLayout[],
  workbook: Workbook,
  ignore: ReadonlySet<string>,
): VerifyFinding[] {
  const actual = workbook.worksheets.filter((s) => !ignore.has(s.name))
  const actualByName = new Map(actual.map((s) => [s.name, s]))
  const expectedNames = new Set(expected.map((l) => l.name))
  const missing = expected.filter((l) => !actualByName.has(l.name))
  const added = actual.filter((s) => !expectedNames.has(s.name))

  const sheetFindings: VerifyFinding[] = []
  const renamed = new Set<Worksheet>()
  for (const layout of missing) {
    const twin = added.find((s) => !renamed.has(s) && compareSheet(layout, s).length === 0)
    if (twin) {
      renamed.add(twin)
      sheetFindings.push({
        code: 'sheet-renamed',
        sheet: layout.name,
        message: `The sheet “${layout.name}” was renamed to “${twin.name}” after signing.`,
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
    sheetFindings.push({
      code: 'sheet-added',
      sheet: sheet.name,
      message: `A sheet “${sheet.name}” was added after signing.`,
    })
  }

  const cellFindings = expected.flatMap((layout) => {
    const sheet = actualByName.get(layout.name)
    return sheet ? compareSheet(layout, sheet) : []
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

/** Findings for one sheet, in reading order (row by row, left to right). */
export function compareSheet(layout: SheetLayout, sheet: Worksheet): VerifyFinding[] {
  const found = occupiedCells(sheet)
  const places = new Map<string, { row: number; column: number }>()
  layout.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell) places.set(cellAddress(r + 1, c + 1), { row: r + 1, column: c + 1 })
    }),
  )
  for (const cell of found.values()) places.set(cell.address, cell)
  const ordered = [...places.entries()].sort(([, a], [, b]) => a.row - b.row || a.column - b.column)
  const findings: VerifyFinding[] = []
  for (const [address, { row, column }] of ordered) {
    const actual = found.get(address)?.found ?? EMPTY
    const finding = compareCell(layout.name, address, expectedAt(layout, row, column), actual)
    if (finding) findings.push(finding)
  }
  return findings
}

function matches(expected: string | number | null, found: Found): boolean {
  if (expected === null) return found.type === 'empty'
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
