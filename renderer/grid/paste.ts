// Clipboard blocks in and out of the grid. Excel, LibreOffice and Google Sheets all copy a range
// as tab-separated text, one line per row, and wrap a cell in double quotes when it holds a tab,
// a line break or a quote (doubling the quotes inside). Pasting follows Excel: the block lands
// with its top-left corner on the active cell, a blank cell empties its target, and whatever
// falls past the grid's edges is counted, not lost silently.
import type { MeasureDef } from '../../shared/reports/measures'
import { parseNumber } from './parse-number'
import type { CellAddress, CellEdit, ClippedCells, GridRow, RejectedCell } from './types'

/** Splits clipboard text into rows of cells. An empty clipboard is no rows. */
export function parseClipboardTable(text: string): string[][] {
  if (text === '') return []
  const rows: string[][] = []
  let row: string[] = []
  let i = 0
  const n = text.length

  const endOfCell = (at: number): boolean =>
    at >= n || text[at] === '\t' || text[at] === '\n' || text[at] === '\r'

  while (i <= n) {
    let cell: string
    const quotedCell = text[i] === '"' ? readQuoted(text, i) : null
    if (quotedCell && endOfCell(quotedCell.end)) {
      cell = quotedCell.value
      i = quotedCell.end
    } else {
      // Unquoted, or a quote that does not wrap the whole cell: the text stands as it is.
      const start = i
      while (!endOfCell(i)) i++
      cell = text.slice(start, i)
    }
    row.push(cell)

    if (i >= n) {
      rows.push(row)
      break
    }
    const separator = text[i]
    i++
    if (separator === '\t') continue
    if (separator === '\r' && text[i] === '\n') i++
    rows.push(row)
    row = []
    // A final line break ends the last row rather than starting an empty one.
    if (i >= n) break
  }
  return rows
}

/** A quoted cell starting at `start`: its unescaped text and the index after the closing quote. */
function readQuoted(text: string, start: number): { value: string; end: number } | null {
  let value = ''
  let i = start + 1
  while (i < text.length) {
    const quote = text.indexOf('"', i)
    if (quote < 0) return null
    value += text.slice(i, quote)
    if (text[quote + 1] === '"') {
      value += '"'
      i = quote + 2
    } else {
      return { value, end: quote + 1 }
    }
  }
  return null
}

/** A cell as Excel writes it to the clipboard: quoted only when it has to be. */
function quoteCell(cell: string): string {
  return /[\t\n\r"]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell
}

/** Rows of cells as clipboard text, with the final line break Excel writes. */
export function toClipboardText(table: readonly (readonly string[])[]): string {
  return table.map((row) => row.map(quoteCell).join('\t')).join('\r\n') + '\r\n'
}

/**
 * Repeats a block over a larger selection, as Excel does when the selection is a whole number
 * of blocks in each direction (one copied value fills every selected cell). Otherwise the
 * block is returned unchanged.
 */
export function tileToSelection(table: string[][], rows: number, columns: number): string[][] {
  const height = table.length
  const width = Math.max(0, ...table.map((r) => r.length))
  const rectangular = table.every((r) => r.length === width)
  if (height === 0 || width === 0 || !rectangular) return table
  if (rows <= height && columns <= width) return table
  if (rows % height !== 0 || columns % width !== 0) return table
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => table[r % height]?.[c % width] ?? ''),
  )
}

export interface PastePlan {
  readonly edits: CellEdit[]
  readonly rejected: RejectedCell[]
  readonly clipped: ClippedCells
}

/**
 * What pasting `table` at `anchor` would do. Cells of a short row (text that is not a clean
 * rectangle) leave their targets alone; a blank cell empties its target.
 */
export function planPaste(
  anchor: CellAddress,
  table: readonly (readonly string[])[],
  rows: readonly GridRow[],
  measures: readonly MeasureDef[],
): PastePlan {
  const edits: CellEdit[] = []
  const rejected: RejectedCell[] = []
  const top = rows.findIndex((r) => r.id === anchor.rowId)
  const left = measures.findIndex((m) => m.key === anchor.key)
  const width = Math.max(0, ...table.map((r) => r.length))
  let values = 0
  const outside = { rows: 0, columns: 0 }

  if (top < 0 || left < 0) {
    for (const line of table) values += line.filter((cell) => cell.trim() !== '').length
    return { edits, rejected, clipped: { rows: table.length, columns: width, values } }
  }
  outside.rows = Math.max(0, top + table.length - rows.length)
  outside.columns = Math.max(0, left + width - measures.length)

  table.forEach((line, r) => {
    const row = rows[top + r]
    line.forEach((text, c) => {
      const measure = measures[left + c]
      if (!row || !measure) {
        if (text.trim() !== '') values++
        return
      }
      const parsed = parseNumber(text, measure)
      if (parsed.ok) edits.push({ rowId: row.id, key: measure.key, value: parsed.value })
      else
        rejected.push({
          rowId: row.id,
          key: measure.key,
          text,
          reason: parsed.message,
          problem: parsed.problem,
        })
    })
  })
  return { edits, rejected, clipped: { ...outside, values } }
}
