// Reading a workbook someone sent, in one direction: bytes → zip entries → allowed parts →
// parsed sheets. Each stage checks what it is given and passes on only what it has checked;
// nothing goes back. Untrusted bytes never reach exceljs, and no untrusted name becomes a key
// of a plain object. The result, or one refusal with a sentence for the person who chose the
// file. The caller (verify.ts or read-filled.ts) compares or imports what it sees.
import {
  allowedParts,
  PART_LIMITS,
  type PartLimits,
  type ReadPurpose,
  type SheetState,
} from './allowed-parts'
import {
  cellAddress,
  isOccupied,
  EMPTY,
  type CellSource,
  type Found,
  type OccupiedCell,
} from './grid'
import { FIRST_DATA_ROW, MAX_EXPLANATION_ROWS } from './sheet-names'
import { parseSharedStrings, type SharedString } from './parse-strings'
import {
  cellKey,
  parseSheet,
  type ParsedCell,
  type SheetContent,
  type SheetLimits,
} from './parse-sheet'
import { NO_STYLES, parseStyles, type Styles } from './parse-styles'
import { Refusal, type RefusalCode } from './refusal'
import type { Deadline } from './xml-reader'
import { readZipEntries, ZIP_LIMITS, type ZipCodec, type ZipLimits } from './zip-entries'

export interface WorkbookLimits extends ZipLimits, PartLimits, SheetLimits {
  /** Longest the whole read may take, in milliseconds, checked as the parts are parsed. */
  maxReadMs: number
}

export const DEFAULT_WORKBOOK_LIMITS: WorkbookLimits = {
  ...ZIP_LIMITS,
  ...PART_LIMITS,
  // The Explanations sheet is the longest: a header and one row per explained cell.
  maxRows: FIRST_DATA_ROW - 1 + MAX_EXPLANATION_ROWS,
  maxColumns: 26,
  maxCellsPerSheet: 50_000,
  maxColumnRanges: 100,
  maxMerges: 1000,
  maxValidations: 200,
  maxConditionalFormats: 100,
  maxReadMs: 10_000,
}

export interface ReadOptions {
  limits?: Partial<WorkbookLimits> | undefined
  /** Milliseconds from some fixed point; the read's deadline reads it. */
  now?: (() => number) | undefined
  /** The host's own DEFLATE decoder, when it has a faster one (see ZipCodec). */
  codec?: ZipCodec | undefined
}

export interface ParsedSheet extends SheetContent, CellSource {
  readonly state: SheetState
  /** The cell as written (style included), or undefined; merged-over cells too. */
  cell(row: number, column: number): ParsedCell | undefined
}

export interface ParsedWorkbook {
  readonly sheets: readonly ParsedSheet[]
  readonly styles: Styles
  sheet(name: string): ParsedSheet | undefined
}

export type UntrustedRead =
  | { ok: true; workbook: ParsedWorkbook }
  | { ok: false; problem: string; code: RefusalCode; sheet?: string; cell?: string }

export function readUntrustedWorkbook(
  bytes: Uint8Array,
  purpose: ReadPurpose,
  options: ReadOptions = {},
): UntrustedRead {
  const limits = { ...DEFAULT_WORKBOOK_LIMITS, ...options.limits }
  try {
    const deadline = deadlineOf(limits, options)
    return { ok: true, workbook: readStages(bytes, purpose, limits, deadline, options.codec) }
  } catch (error) {
    if (!(error instanceof Refusal)) throw error
    return {
      ok: false,
      problem: error.message,
      code: error.code,
      ...(error.sheet === undefined ? {} : { sheet: error.sheet }),
      ...(error.cell === undefined ? {} : { cell: error.cell }),
    }
  }
}

function readStages(
  bytes: Uint8Array,
  purpose: ReadPurpose,
  limits: WorkbookLimits,
  deadline: Deadline,
  codec: ZipCodec | undefined,
): ParsedWorkbook {
  const zip = readZipEntries(bytes, limits, codec)
  const parts = allowedParts(zip, purpose, deadline, limits)
  const strings: readonly SharedString[] = parts.sharedStrings
    ? parseSharedStrings(parts.sharedStrings, zip.read(parts.sharedStrings), deadline)
    : []
  const styles = parts.styles
    ? parseStyles(parts.styles, zip.read(parts.styles), deadline)
    : NO_STYLES
  const sheets = parts.sheets.map((entry) => {
    const content = parseSheet(
      entry.name,
      entry.part,
      zip.read(entry.part),
      strings,
      limits,
      purpose,
      deadline,
    )
    return parsedSheet(entry.name, entry.state, content)
  })
  const byName = new Map(sheets.map((s) => [s.name, s]))
  return { sheets, styles, sheet: (name) => byName.get(name) }
}

function deadlineOf(limits: WorkbookLimits, options: ReadOptions): Deadline {
  const now = options.now ?? (() => Date.now())
  const started = now()
  return {
    check() {
      const elapsed = now() - started
      if (elapsed > limits.maxReadMs) {
        throw new Refusal(
          `The workbook took longer than ${seconds(limits.maxReadMs)} to read; it was not opened.`,
        )
      }
    },
  }
}

function seconds(ms: number): string {
  return `${(Math.round(ms / 100) / 10).toLocaleString('en-US')} s`
}

function parsedSheet(name: string, state: SheetState, content: SheetContent): ParsedSheet {
  // Cells a merge covers, other than its top-left one: Excel shows nothing there.
  // Merges may not overlap (Excel refuses such a file too), so this is bounded by the sheet's area.
  const covered = new Set<number>()
  const corners = new Set<number>()
  for (const m of content.merges) {
    for (let row = m.top; row <= m.bottom; row++) {
      for (let column = m.left; column <= m.right; column++) {
        const key = cellKey(row, column)
        if (covered.has(key) || corners.has(key)) {
          throw new Refusal(
            `The sheet “${name}” has merged ranges that overlap, which no program writes; it was not opened.`,
            'refused',
            name,
          )
        }
        if (row === m.top && column === m.left) corners.add(key)
        else covered.add(key)
      }
    }
  }
  const found = (row: number, column: number): Found => {
    const key = cellKey(row, column)
    if (covered.has(key)) return EMPTY
    return content.cells.get(key)?.found ?? EMPTY
  }
  let occupied: OccupiedCell[] | null = null
  return {
    ...content,
    name,
    state,
    found,
    cell: (row, column) => content.cells.get(cellKey(row, column)),
    occupied() {
      occupied ??= [...content.cells.values()]
        .filter((c) => !covered.has(cellKey(c.row, c.column)) && isOccupied(c.found))
        .sort((a, b) => a.row - b.row || a.column - b.column)
        .map((c) => ({
          row: c.row,
          column: c.column,
          address: cellAddress(c.row, c.column),
          found: c.found,
        }))
      return occupied
    },
  }
}
