// What a number format makes a cell show. Only plain formats are accepted in a signed workbook:
// General, Text, whole numbers or a fixed number of decimals, with or without thousands
// separators and a leading dollar sign, in one section. Those are the formats Allied Pipeline
// writes and the ones Excel and LibreOffice turn them into on a re-save. Anything else (several
// sections, conditions, colours, literal text, dates, percentages, scaling) can make a cell show
// something other than the figure it holds, and is refused.

export type FormatCheck = { ok: true; shown: (value: number) => string } | { ok: false }

const CURRENCY = ['$', '"$"', '\\$', '[$$-409]', '[$$-en-US]', '[$$]']
const BODY = /^(#,##0|0)(?:\.(0{1,10}))?$/

const known = new Map<string, FormatCheck>()

/** What the format shows; the answer for each distinct code is worked out once. */
export function readFormat(code: string | null): FormatCheck {
  if (code === null) return { ok: false }
  let check = known.get(code)
  if (!check) {
    check = parseFormat(code)
    if (known.size < 1000) known.set(code, check)
  }
  return check
}

function parseFormat(code: string): FormatCheck {
  if (code.toLowerCase() === 'general') return { ok: true, shown: general }
  if (code === '@') return { ok: true, shown: general }
  const prefix = CURRENCY.find((c) => code.startsWith(c)) ?? ''
  const body = code.slice(prefix.length)
  const match = body.length <= 20 ? BODY.exec(body) : null
  if (!match) return { ok: false }
  const grouped = match[1] === '#,##0'
  const decimals = match[2]?.length ?? 0
  const symbol = prefix === '' ? '' : '$'
  return {
    ok: true,
    shown(value) {
      const digits = Math.abs(value).toFixed(decimals)
      const sign = value < 0 && Number(digits) !== 0 ? '-' : ''
      return `${sign}${symbol}${grouped ? group(digits) : digits}`
    },
  }
}

/** "1234567.50" → "1,234,567.50" */
function group(digits: string): string {
  const [whole = '', fraction] = digits.split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',')
  return fraction === undefined ? grouped : `${grouped}.${fraction}`
}

/** General: up to ten significant digits, as a cell of ordinary width shows a figure. */
function general(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value)
  return String(Number(value.toPrecision(10)))
}

/** The figure a shown text stands for: "$1,234.50" → 1234.5. */
export function figureShown(text: string): number {
  return Number(text.replace('$', '').replace(/,/g, ''))
}
