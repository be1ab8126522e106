// What a cell of a workbook someone sent holds, reduced to the few shapes the verifier and the
// importer care about. Rich text counts as its text; merged-over cells count as empty (Excel
// hides their content); booleans, errors and dates are "other".
import { cellAddress, quoted, shownNumber } from './cells'

export type Found =
  | { readonly type: 'empty' }
  | { readonly type: 'number'; readonly value: number }
  | { readonly type: 'text'; readonly value: string }
  | { readonly type: 'formula'; readonly formula: string }
  | { readonly type: 'other'; readonly shown: string }

export const EMPTY: Found = { type: 'empty' }

export interface OccupiedCell {
  readonly row: number
  readonly column: number
  readonly address: string
  readonly found: Found
}

/** A sheet as the verifier and the importer read it. */
export interface CellSource {
  readonly name: string
  /** What the cell shows; EMPTY for an empty or merged-over cell. */
  found(row: number, column: number): Found
  /** Every cell that holds something, in reading order (row by row, left to right). */
  occupied(): readonly OccupiedCell[]
}

/** Every cell of the sheet that holds something, by address. */
export function occupiedCells(sheet: CellSource): Map<string, OccupiedCell> {
  return new Map(sheet.occupied().map((cell) => [cell.address, cell]))
}

export function isOccupied(found: Found): boolean {
  return found.type !== 'empty' && !(found.type === 'text' && found.value === '')
}

export { cellAddress }

/** How a found value reads in a message: 12, “text”, =A1*2, (empty). */
export function shownFound(found: Found): string {
  switch (found.type) {
    case 'empty':
      return '(empty)'
    case 'number':
      return shownNumber(found.value)
    case 'text':
      return quoted(found.value)
    case 'formula':
      return found.formula
    case 'other':
      return found.shown
  }
}
