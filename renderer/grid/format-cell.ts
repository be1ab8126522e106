// How figures look in the grid (1,234 · 1.50 · $28.50) and in its editor and clipboard (1234 ·
// 1.50 · 28.50). A stored value is never rounded for display: a count of 2.5 from an imported
// file shows as 2.5, next to the error that says so. Fixed locale: the partners are all in
// Massachusetts and their workbooks must read the same on every computer.
import { UNIT_DECIMALS, type Unit } from '../../shared/reports/measures'

const MAX_SHOWN_DECIMALS = 6

function numberFormat(unit: Unit): Intl.NumberFormat {
  const minimumFractionDigits = UNIT_DECIMALS[unit]
  return unit === 'dollars-per-hour'
    ? new Intl.NumberFormat('en-US', {
        style: 'currency',
        currency: 'USD',
        minimumFractionDigits,
        maximumFractionDigits: MAX_SHOWN_DECIMALS,
      })
    : new Intl.NumberFormat('en-US', {
        minimumFractionDigits,
        maximumFractionDigits: MAX_SHOWN_DECIMALS,
      })
}

const FORMATS: Record<Unit, Intl.NumberFormat> = {
  count: numberFormat('count'),
  fte: numberFormat('fte'),
  days: numberFormat('days'),
  'dollars-per-hour': numberFormat('dollars-per-hour'),
}

/** The figure as the grid shows it; empty for no figure. */
export function formatCellValue(value: number | null, unit: Unit): string {
  return value === null ? '' : FORMATS[unit].format(value)
}

/** The figure as plain digits for the editor and the clipboard: no separators, no "$". */
export function formatForInput(value: number | null, unit: Unit): string {
  if (value === null) return ''
  const decimals = UNIT_DECIMALS[unit]
  const fixed = value.toFixed(decimals)
  return Number(fixed) === value ? fixed : String(value)
}
