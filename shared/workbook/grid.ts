// What a cell of a loaded workbook holds, reduced to the few shapes the verifier and the
// importer care about. Rich text and hyperlinks count as their text; merged-over cells count as
// empty (Excel hides their content); dates, booleans and errors are "other".
import type { Cell, Worksheet } from 'exceljs'
import { cellAddress, quoted, shownNumber } from './cells'

export type Found =
  | { readonly type: 'empty' }
  | { readonly type: 'number'; readonly value: number }
  | { readonly type: 'text'; readonly value: string }
  | { readonly type: 'formula'; readonly formula: string }
  | { readonly type: 'other'; readonly shown: string }

export const EMPTY: Found = { type: 'empty' }

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

export function readFound(cell: Cell): Found {
  if (cell.isMerged && cell.master !== cell) return EMPTY
  const value: unknown = cell.value
  if (value === null || value === undefined) return EMPTY
  if (typeof value === 'number') return { type: 'number', value }
  if (typeof value === 'string') return { type: 'text', value }
  if (typeof value === 'boolean') return { type: 'other', shown: value ? 'TRUE' : 'FALSE' }
  if (value instanceof Date) return { type: 'other', shown: `a date (${value.toISOString()})` }
  if (!isRecord(value)) return { type: 'other', shown: 'an unreadable value' }
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = typeof cell.formula === 'string' && cell.formula !== '' ? cell.formula : '…'
    return { type: 'formula', formula: `=${formula}` }
  }
  if (Array.isArray(value.richText)) {
    const text = value.richText.map((run: unknown) =>
      isRecord(run) && typeof run.text === 'string' ? run.text : '',
    )
    return { type: 'text', value: text.join('') }
  }
  if (typeof value.text === 'string') return { type: 'text', value: value.text }
  if (typeof value.error === 'string') return { type: 'other', shown: value.error }
  return { type: 'other', shown: 'an unreadable value' }
}

export interface OccupiedCell {
  readonly row: number
  readonly column: number
  readonly address: string
  readonly found: Found
}

/** Every cell of the sheet that holds something, by address. */
export function occupiedCells(sheet: Worksheet): Map<string, OccupiedCell> {
  const cells = new Map<string, OccupiedCell>()
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const found = readFound(cell)
      if (found.type === 'empty' || (found.type === 'text' && found.value === '')) return
      const address = cellAddress(rowNumber, column)
      cells.set(address, { row: rowNumber, column, address, found })
    })
  })
  return cells
}

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
