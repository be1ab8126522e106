import type { FileFilter } from './types'

export const XLSX_FILTER: readonly FileFilter[] = [{ name: 'Excel workbook', extensions: ['xlsx'] }]
