// Stage 3c: one worksheet part → its cells, and what decides whether they can be seen: hidden
// or zero-height rows, hidden or zero-width columns, merged ranges, conditional formats, whether
// zeros show. Every element kind has a bound, and every reference must lie inside the small area
// a report workbook uses, so nothing here grows with a number written in the file: a range such
// as A1:XFD1048576 is two corners, never a million cells.
import { cellAddress, columnLetters } from './cells'
import type { Found } from './grid'
import { Refusal, count, damaged, partName } from './refusal'
import type { ReadPurpose } from './allowed-parts'
import type { SharedString } from './parse-strings'
import { cellString } from './parse-strings'
import { readXml, type Deadline } from './xml-reader'

export interface SheetLimits {
  /** Highest row a cell, row or merge may reach. */
  maxRows: number
  /** Highest column a cell or merge may reach (26 = Z). */
  maxColumns: number
  /** Cells written in one sheet, empty styled ones included. */
  maxCellsPerSheet: number
  maxColumnRanges: number
  maxMerges: number
  maxValidations: number
  maxConditionalFormats: number
}

export interface ParsedCell {
  readonly row: number
  readonly column: number
  readonly found: Found
  /** Index into the styles' cell formats. */
  readonly style: number
  /** Text made of formatted runs, each of which may look different. */
  readonly rich: boolean
}

export interface ColumnRange {
  readonly min: number
  readonly max: number
  readonly hidden: boolean
}

export interface Range {
  readonly top: number
  readonly left: number
  readonly bottom: number
  readonly right: number
}

export interface SheetContent {
  /** Cells by `row * 16384 + column`. */
  readonly cells: ReadonlyMap<number, ParsedCell>
  /** Rows hidden, or zero high; with `rowsHidden`, every row not listed as shown is hidden. */
  readonly hiddenRows: ReadonlySet<number>
  readonly shownRows: ReadonlySet<number>
  readonly rowsHidden: boolean
  readonly columns: readonly ColumnRange[]
  readonly merges: readonly Range[]
  readonly conditionalFormats: number
  readonly showZeros: boolean
}

/** Columns in a sheet: cell keys are row × this + column. */
export const MAX_SHEET_COLUMNS = 16_384

export function cellKey(row: number, column: number): number {
  return row * MAX_SHEET_COLUMNS + column
}

/** Elements that draw over the sheet, link out or run code; a signed workbook has none. */
const REFUSED: Record<string, string> = {
  hyperlinks: 'hyperlinks',
  drawing: 'drawings or shapes (text boxes, pictures)',
  legacyDrawing: 'VML shapes (old-style drawings or notes)',
  legacyDrawingHF: 'pictures in the page header or footer',
  picture: 'a background picture',
  oleObjects: 'embedded objects',
  controls: 'ActiveX or form controls',
  tableParts: 'tables (list objects)',
}
/** What an import may read past: the notes a template has on its headers. */
const IMPORT_ALLOWS = new Set(['legacyDrawing'])

const truthy = (value: string | undefined) => value === '1' || value === 'true'

export function parseSheet(
  sheet: string,
  part: string,
  bytes: Uint8Array,
  strings: readonly SharedString[],
  limits: SheetLimits,
  purpose: ReadPurpose,
  deadline: Deadline,
): SheetContent {
  const cells = new Map<number, ParsedCell>()
  const hiddenRows = new Set<number>()
  const shownRows = new Set<number>()
  const columns: ColumnRange[] = []
  const merges: Range[] = []
  let rowsHidden = false
  let showZeros = true
  let conditionalFormats = 0
  let validations = 0
  let rows = 0

  let row = 0
  let column = 0
  let cell: { row: number; column: number; type: string; style: number } | null = null
  let value: string[] = []
  let formula: string[] | null = null
  let inline: string[] = []
  let inlineRich = false
  let collect: 'v' | 'f' | 't' | 'sqref' | null = null
  let sqref: string[] = []

  const area = `columns A to ${columnLetters(limits.maxColumns)}, rows 1 to ${count(limits.maxRows)}`
  const outside = (ref: string) =>
    new Refusal(
      `The sheet “${sheet}” refers to ${ref.length > 30 ? `${ref.slice(0, 29)}…` : ref}, outside the area a report workbook uses (${area}). It was not opened.`,
      'refused',
      sheet,
    )
  /** Ranges such as "B2:B201 D2" (validations, formats): every corner inside the area. */
  const checkArea = (ref: string | undefined) => {
    if (ref === undefined) return
    for (const piece of ref.split(' ')) {
      if (piece === '') continue
      const range = parseRange(piece)
      if (!range || range.bottom > limits.maxRows || range.right > limits.maxColumns) {
        throw outside(piece)
      }
    }
  }
  const tooMany = (what: string, max: number) =>
    new Refusal(
      `The sheet “${sheet}” has more than ${count(max)} ${what}, far more than a report workbook (${area}). It was not opened.`,
      'refused',
      sheet,
    )

  readXml(
    part,
    bytes,
    {
      open(name, a, path) {
        const parent = path[path.length - 1]
        if (name === 'c' && parent === 'row') {
          if (cells.size >= limits.maxCellsPerSheet) throw tooMany('cells', limits.maxCellsPerSheet)
          const at = a.r === undefined ? { row, column: column + 1 } : parseCell(a.r)
          if (!at || at.row !== row) throw outside(a.r ?? cellAddress(row, column + 1))
          if (at.column > limits.maxColumns) throw outside(a.r ?? cellAddress(row, at.column))
          if (purpose === 'verify' && (a.vm !== undefined || a.cm !== undefined)) {
            throw new Refusal(
              `The sheet “${sheet}” holds pictures or other objects in its cells, which a report workbook never has; it was not opened.`,
              'active-content',
              sheet,
            )
          }
          column = at.column
          cell = { row, column, type: a.t ?? 'n', style: Number(a.s ?? 0) }
          value = []
          formula = null
          inline = []
          inlineRich = false
        } else if (name === 'row' && parent === 'sheetData') {
          if (++rows > limits.maxRows) throw tooMany('rows', limits.maxRows)
          const r = a.r === undefined ? row + 1 : Number(a.r)
          if (!Number.isInteger(r) || r < 1 || r > limits.maxRows) throw outside(a.r ?? '')
          row = r
          column = 0
          const zeroHeight = a.ht !== undefined && Number(a.ht) < 1
          if (truthy(a.hidden) || zeroHeight) hiddenRows.add(r)
          else if (a.ht !== undefined || a.hidden !== undefined) shownRows.add(r)
        } else if (cell && parent === 'c' && name === 'v') collect = 'v'
        else if (cell && parent === 'c' && name === 'f') {
          formula = []
          collect = 'f'
        } else if (cell && name === 't' && path.includes('is') && !path.includes('rPh')) {
          collect = 't'
        } else if (cell && name === 'r' && parent === 'is') inlineRich = true
        else if (name === 'col' && parent === 'cols') {
          if (columns.length >= limits.maxColumnRanges) {
            throw tooMany('column ranges', limits.maxColumnRanges)
          }
          const min = Number(a.min)
          const max = Number(a.max)
          if (!(Number.isInteger(min) && Number.isInteger(max) && min >= 1 && min <= max)) {
            throw damaged(`the sheet ${partName(sheet)} has a broken column range`)
          }
          if (max > MAX_SHEET_COLUMNS) throw outside(`columns ${min} to ${max}`)
          const narrow = a.width !== undefined && Number(a.width) < 0.5
          columns.push({ min, max, hidden: truthy(a.hidden) || narrow })
        } else if (name === 'mergeCell') {
          if (merges.length >= limits.maxMerges) throw tooMany('merged ranges', limits.maxMerges)
          const range = parseRange(a.ref ?? '')
          if (!range || range.bottom > limits.maxRows || range.right > limits.maxColumns) {
            throw outside(a.ref ?? '')
          }
          merges.push(range)
        } else if (name === 'dataValidation') {
          if (++validations > limits.maxValidations) {
            throw tooMany('data validations', limits.maxValidations)
          }
          checkArea(a.sqref)
        } else if (name === 'conditionalFormatting') {
          if (++conditionalFormats > limits.maxConditionalFormats) {
            throw tooMany('conditional formats', limits.maxConditionalFormats)
          }
          checkArea(a.sqref)
        } else if (name === 'sqref') {
          collect = 'sqref'
        } else if (name === 'sheetView') {
          if (a.showZeros !== undefined && !truthy(a.showZeros)) showZeros = false
        } else if (name === 'sheetFormatPr') {
          rowsHidden = truthy(a.zeroHeight)
        } else if (Object.hasOwn(REFUSED, name) && path.length === 1) {
          if (purpose === 'import' && IMPORT_ALLOWS.has(name)) return
          throw new Refusal(
            `The sheet “${sheet}” contains ${REFUSED[name] ?? name}, which a report workbook never has; it was not opened.`,
            'active-content',
            sheet,
          )
        }
      },
      text(text) {
        if (collect === 'v') value.push(text)
        else if (collect === 'f') formula?.push(text)
        else if (collect === 't') inline.push(text)
        else if (collect === 'sqref') sqref.push(text)
      },
      close(name) {
        if (name === 'sqref') {
          checkArea(sqref.join(''))
          sqref = []
          collect = null
        } else if (name === 'v' || name === 'f' || name === 't') collect = null
        else if (name === 'c' && cell) {
          const key = cellKey(cell.row, cell.column)
          const address = cellAddress(cell.row, cell.column)
          if (cells.has(key)) {
            throw new Refusal(
              `${sheet}!${address} is written twice in the file, so different programs may show different values; it was not opened.`,
              'refused',
              sheet,
              address,
            )
          }
          const read = foundOf(cell.type, value.join(''), formula, inline, strings, part, address)
          cells.set(key, {
            row: cell.row,
            column: cell.column,
            found: read.found,
            style: Number.isInteger(cell.style) && cell.style >= 0 ? cell.style : -1,
            rich: read.rich || (cell.type === 'inlineStr' && inlineRich),
          })
          cell = null
        }
      },
    },
    deadline,
  )
  return {
    cells,
    hiddenRows,
    shownRows,
    rowsHidden,
    columns,
    merges,
    conditionalFormats,
    showZeros,
  }
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/

function foundOf(
  type: string,
  value: string,
  formula: string[] | null,
  inline: string[],
  strings: readonly SharedString[],
  part: string,
  address: string,
): { found: Found; rich: boolean } {
  if (formula !== null) {
    const text = formula.join('')
    return { found: { type: 'formula', formula: `=${text === '' ? '…' : text}` }, rich: false }
  }
  const plain = (found: Found) => ({ found, rich: false })
  switch (type) {
    case 'n': {
      const text = value.trim()
      if (text === '') return plain({ type: 'empty' })
      const number = text.length <= 40 && NUMBER.test(text) ? Number(text) : NaN
      if (!Number.isFinite(number)) throw damaged(`cell ${address} holds a broken number`)
      return plain({ type: 'number', value: number })
    }
    case 's': {
      const index = Number(value)
      const shared = Number.isInteger(index) ? strings[index] : undefined
      if (!shared) throw damaged(`cell ${address} points at a text that is not there`)
      return { found: { type: 'text', value: shared.text }, rich: shared.rich }
    }
    case 'str':
      return plain({ type: 'text', value: cellString(part, [value]) })
    case 'inlineStr':
      return plain({ type: 'text', value: cellString(part, inline) })
    case 'b':
      return plain({ type: 'other', shown: value.trim() === '1' ? 'TRUE' : 'FALSE' })
    case 'e':
      return plain({ type: 'other', shown: value.trim().slice(0, 20) || 'an error' })
    case 'd':
      return plain({ type: 'other', shown: `a date (${value.trim().slice(0, 30)})` })
    default:
      throw damaged(`cell ${address} has an unknown type`)
  }
}

/** "B7" or "$B$7" → row and column; null for anything else. */
export function parseCell(ref: string): { row: number; column: number } | null {
  let i = 0
  let column = 0
  let row = 0
  if (ref.charCodeAt(i) === 36) i++ // $
  const lettersFrom = i
  for (; i < ref.length && i - lettersFrom < 4; i++) {
    const c = ref.charCodeAt(i) | 0x20 // lower case
    if (c < 97 || c > 122) break
    column = column * 26 + (c - 96)
  }
  if (i === lettersFrom) return null
  if (ref.charCodeAt(i) === 36) i++
  const digitsFrom = i
  for (; i < ref.length && i - digitsFrom < 8; i++) {
    const d = ref.charCodeAt(i) - 48
    if (d < 0 || d > 9) break
    row = row * 10 + d
  }
  if (i === digitsFrom || i !== ref.length || row < 1) return null
  return { row, column }
}

/** "B2:C4" (or one cell) → its corners; null for anything else. */
export function parseRange(ref: string): Range | null {
  const [from = '', to = from, extra] = ref.split(':')
  if (extra !== undefined) return null
  const a = parseCell(from)
  const b = parseCell(to)
  if (!a || !b) return null
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  }
}
