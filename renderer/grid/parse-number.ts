// Reading a figure the way a registrar types or pastes it: "1,234", " 42 ", "$28.50", "-3",
// "(5)". Anything else is refused with a sentence that says what is wrong and what to do,
// because a refused value is all the partner sees of this code.
import { UNIT_DECIMALS, UNIT_MAX, type MeasureDef, type Unit } from '../../shared/reports/measures'

export type ParsedNumber =
  | { readonly ok: true; readonly value: number | null }
  | {
      readonly ok: false
      /** What is wrong, in one sentence. */
      readonly problem: string
      /** The problem followed by what to do about it. */
      readonly message: string
    }

type Measure = Pick<MeasureDef, 'label' | 'unit'> & {
  /** A column whose figures may be below zero; accounting-style "(5)" reads as −5 only there. */
  readonly allowsNegative?: boolean | undefined
}

/** What a unit holds, to end "Seats (capacity) takes …". */
const UNIT_NOUN: Record<Unit, string> = {
  count: 'a number of people or positions',
  fte: 'full-time equivalents (1.0 is one full-time position)',
  days: 'a number of days',
  'dollars-per-hour': 'an hourly wage in dollars',
}

const DECIMAL_EXAMPLE: Record<Unit, string> = {
  count: '12',
  fte: '0.75',
  days: '45',
  'dollars-per-hour': '28.50',
}

const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })
const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' })

function refuse(problem: string, advice?: string): ParsedNumber {
  return { ok: false, problem, message: advice ? `${problem} ${advice}` : problem }
}

function quoted(text: string): string {
  const short = text.length > 40 ? `${text.slice(0, 37)}…` : text
  return `“${short}”`
}

/** Digits with commas between thousands only, then an optional decimal part. */
const NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d*)?$/
/** Looks like a number with commas in the wrong places: "1,23", "12,5", "1,2345". */
const MISPLACED_COMMA = /^[\d,]+(?:\.\d*)?$/

/** Decimal places a number written in plain digits really uses: "2.50" uses 1, "3.000" uses 0. */
function decimalsUsed(digits: string): number {
  const point = digits.indexOf('.')
  if (point < 0) return 0
  return digits.slice(point + 1).replace(/0+$/, '').length
}

export function parseNumber(input: string, measure: Measure): ParsedNumber {
  const text = input.trim()
  if (text === '') return { ok: true, value: null }
  const { label, unit } = measure
  const notANumber = refuse(
    `${quoted(text)} is not a number.`,
    'Leave the cell empty if you have no figure.',
  )

  // Excel's accounting format shows zero as a dash, and copies it that way.
  if (/^[-–—]$/.test(text)) {
    return refuse(
      `${quoted(text)} is not a number.`,
      'If it is how Excel shows zero, type 0; leave the cell empty if you have no figure.',
    )
  }
  if (text.startsWith('=')) {
    return refuse(`${quoted(text)} is a formula.`, 'Type the figure itself; formulas are not kept.')
  }

  let rest = text
  let negative = false
  // Accounting style, as Excel copies a negative number formatted that way: (5) is -5. In a
  // column that cannot go below zero, brackets are more likely a note or a footnote mark than
  // a sign, so the figure is refused rather than silently turned negative.
  const parenthesised = /^\((.*)\)$/.exec(rest)
  if (parenthesised && !measure.allowsNegative) {
    return refuse(
      `${quoted(text)} is in brackets, which Excel uses for a negative figure.`,
      `${label} cannot be below zero: type the figure without brackets.`,
    )
  }
  if (parenthesised) {
    negative = true
    rest = (parenthesised[1] ?? '').trim()
  }
  let money = false
  let signed = Boolean(parenthesised)
  let percent = false
  // One sign and one dollar sign, in either order: -$5, $-5, +3, −3 (a typographic minus).
  for (let again = true; again;) {
    again = false
    const sign = /^[-−+]\s*/.exec(rest)
    if (sign && !signed) {
      signed = true
      negative = sign[0].trim() !== '+'
      rest = rest.slice(sign[0].length)
      again = true
    }
    if (rest.startsWith('$') && !money) {
      money = true
      rest = rest.slice(1).trimStart()
      again = true
    }
  }
  if (rest.endsWith('%')) {
    percent = true
    rest = rest.slice(0, -1).trimEnd()
  }

  const isNumber = /\d/.test(rest) && NUMBER.test(rest)
  if (!isNumber) {
    if (/\d/.test(rest) && MISPLACED_COMMA.test(rest)) {
      return refuse(
        `${quoted(text)} is not a number this grid can read.`,
        'Use commas only between thousands (1,234) and a point for decimals (1.5).',
      )
    }
    return notANumber
  }
  if (percent) {
    return refuse(
      `${quoted(text)} is a percentage.`,
      `${label} takes ${UNIT_NOUN[unit]}, not a percentage.`,
    )
  }
  if (money && unit !== 'dollars-per-hour') {
    return refuse(`${quoted(text)} is an amount of money.`, `${label} takes ${UNIT_NOUN[unit]}.`)
  }

  const digits = rest.replaceAll(',', '')
  const magnitude = Number(digits)
  if (!Number.isFinite(magnitude)) return notANumber

  const decimals = UNIT_DECIMALS[unit]
  if (decimalsUsed(digits) > decimals) {
    if (decimals === 0) {
      const what = unit === 'days' ? 'a whole number of days' : 'a whole number'
      return refuse(`${label} must be ${what}.`, `${quoted(text)} has a decimal part.`)
    }
    return refuse(
      `${label} takes at most ${decimals} decimal places.`,
      `Round ${quoted(text)}, for example to ${DECIMAL_EXAMPLE[unit]}.`,
    )
  }

  const max = UNIT_MAX[unit]
  if (magnitude > max) {
    const shown = unit === 'dollars-per-hour' ? dollars.format(max) : plain.format(max)
    return refuse(`${label} can be at most ${shown}.`, `Check ${quoted(text)} for an extra digit.`)
  }

  // Negative figures are taken as typed: the rules report them, with the rest of the row in view.
  const value = negative && magnitude !== 0 ? -magnitude : magnitude
  return { ok: true, value }
}
