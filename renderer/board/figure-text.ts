// What staff type into a figure field, read the way they write it: "1,200" and " 48 " are
// numbers, "85" or "85 %" in a share field is 0.85. Anything else is handed on as typed, so
// that the schema behind the form refuses it with its own message.

/** A blank field: the figure is not given. */
export const BLANK = undefined

/** The number typed, undefined when the field is blank, the text itself when it is no number. */
export function numberFromText(text: string): number | string | undefined {
  const trimmed = text.trim()
  if (trimmed === '') return BLANK
  const plain = trimmed.replace(/(\d),(?=\d{3}(\D|$))/g, '$1').replace(/\s+/g, '')
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(plain)) return trimmed
  return Number(plain)
}

/** A share typed as a percentage: "85" or "85%" is 0.85. */
export function shareFromPercent(text: string): number | string | undefined {
  const read = numberFromText(text.trim().replace(/\s*%$/, ''))
  return typeof read === 'number' ? read / 100 : read
}

/** A share shown as a percentage for people: 0.85 is "85", 0.7 is "70", 2/3 is "66.7". */
export function percentText(share: number | undefined | null): string {
  if (share === undefined || share === null) return ''
  return String(Number((share * 100).toFixed(1)))
}

/** A stored figure as a field shows it. */
export function figureText(value: number | undefined | null): string {
  return value === undefined || value === null ? '' : String(value)
}

/** A figure for reading: at most one decimal, with thousands separators. */
export function shownFigure(value: number | null | undefined, decimals = 1): string {
  if (value === null || value === undefined) return '—'
  return value.toLocaleString('en-US', { maximumFractionDigits: decimals })
}
