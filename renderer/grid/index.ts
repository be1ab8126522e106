// The measure grid: a spreadsheet-like editor for a report's figures.
export { MeasureGrid } from './MeasureGrid'
export { parseNumber, type ParsedNumber } from './parse-number'
export { parseClipboardTable, planPaste, toClipboardText, type PastePlan } from './paste'
export { formatCellValue, formatForInput } from './format-cell'
export type {
  CellAddress,
  CellEdit,
  CellState,
  ClippedCells,
  GridRow,
  MeasureGridProps,
  PasteReport,
  RejectedCell,
} from './types'
