// How figures read inside finding messages: in the unit the partner entered them, the way the
// grid shows them (1,234 people, 12.5 FTE, $28.50 an hour). Fixed locale so messages never
// depend on the computer they are produced on.
import type { Unit } from '../reports/measures'

const upToTwoDecimals = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })
const asEntered = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 })
const dollars = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
})
const percentChange = new Intl.NumberFormat('en-US', {
  style: 'percent',
  maximumFractionDigits: 1,
  signDisplay: 'exceptZero',
})

/** 1,234 for counts and days, up to two decimals for FTE, $28.50 for wages. */
export function formatValue(unit: Unit, value: number): string {
  return unit === 'dollars-per-hour' ? dollars.format(value) : upToTwoDecimals.format(value)
}

/** The value with all its decimals, for messages about the decimals themselves (12.25, not 12). */
export function formatAsEntered(value: number): string {
  return asEntered.format(value)
}

/** A signed share of change: 0.75 → "+75%", -0.4 → "-40%". */
export function formatChange(share: number): string {
  return percentChange.format(share)
}

/** "Graduates seeking work" → "graduates seeking work", for a label in the middle of a sentence. */
export function midSentence(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1)
}
