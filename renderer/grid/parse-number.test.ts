import { describe, expect, it } from 'vitest'
import {
  EDUCATION_MEASURES,
  EMPLOYER_MEASURES,
  type MeasureDef,
} from '../../shared/reports/measures'
import { parseNumber } from './parse-number'

function measure(key: string): MeasureDef {
  const found = [...EDUCATION_MEASURES, ...EMPLOYER_MEASURES].find((m) => m.key === key)
  if (!found) throw new Error(`no measure ${key}`)
  return found
}

const seats = measure('seats')
const facultyFte = measure('facultyFte')
const daysToFill = measure('medianDaysToFill')
const wage = measure('startingWageMin')

function value(text: string, m: MeasureDef & { allowsNegative?: boolean }): number | null {
  const parsed = parseNumber(text, m)
  if (!parsed.ok) throw new Error(`refused ${text}: ${parsed.message}`)
  return parsed.value
}

function refusal(text: string, m: MeasureDef): string {
  const parsed = parseNumber(text, m)
  if (parsed.ok) throw new Error(`accepted ${text} as ${String(parsed.value)}`)
  return parsed.message
}

describe('parseNumber: accepted forms', () => {
  it.each([
    ['1234', 1234],
    ['1,234', 1234],
    ['12,345', 12345],
    [' 42 ', 42],
    ['\u00a042\t', 42],
    ['0', 0],
    ['1,234.00', 1234],
    ['30.', 30],
    ['+7', 7],
  ])('a count written %j is %d', (text, expected) => {
    expect(value(text, seats)).toBe(expected)
  })

  it('takes an empty or blank cell as no figure', () => {
    expect(value('', seats)).toBeNull()
    expect(value('   ', seats)).toBeNull()
  })

  it('takes negative figures as typed, for the rules to report', () => {
    expect(value('-3', seats)).toBe(-3)
    expect(value('−3', seats)).toBe(-3)
    expect(value('-0', seats)).toBe(0)
    expect(Object.is(value('-0', seats), -0)).toBe(false)
  })

  it('reads accounting-style brackets as negative only where a column allows negatives', () => {
    expect(refusal('(5)', seats)).toBe(
      '“(5)” is in brackets, which Excel uses for a negative figure. Seats (capacity) cannot be below zero: type the figure without brackets.',
    )
    expect(value('(5)', { ...seats, allowsNegative: true })).toBe(-5)
  })

  it('takes FTE with up to two decimals', () => {
    expect(value('28.5', facultyFte)).toBe(28.5)
    expect(value('.75', facultyFte)).toBe(0.75)
    expect(value('1.50', facultyFte)).toBe(1.5)
    expect(value('2.500', facultyFte)).toBe(2.5)
    expect(value('1,000.25', facultyFte)).toBe(1000.25)
  })

  it('takes wages with or without a dollar sign', () => {
    expect(value('$28.50', wage)).toBe(28.5)
    expect(value('$ 28.50', wage)).toBe(28.5)
    expect(value('28.5', wage)).toBe(28.5)
    expect(value('-$5', wage)).toBe(-5)
    expect(value('$-5', wage)).toBe(-5)
    expect(value('($5.00)', { ...wage, allowsNegative: true })).toBe(-5)
    expect(refusal('($5.00)', wage)).toContain('cannot be below zero')
  })

  it('takes whole days', () => {
    expect(value('45', daysToFill)).toBe(45)
    expect(value('3,650', daysToFill)).toBe(3650)
  })
})

describe('parseNumber: refused forms', () => {
  it('refuses words with a message that says what to do', () => {
    expect(refusal('n/a', seats)).toBe(
      '“n/a” is not a number. Leave the cell empty if you have no figure.',
    )
    expect(refusal('twelve', seats)).toBe(
      '“twelve” is not a number. Leave the cell empty if you have no figure.',
    )
    expect(refusal('-', seats)).toBe(
      '“-” is not a number. If it is how Excel shows zero, type 0; leave the cell empty if you have no figure.',
    )
    expect(refusal(' - ', seats)).toContain('how Excel shows zero')
    expect(refusal('12 15', seats)).toContain('is not a number')
    expect(refusal('1e3', seats)).toContain('is not a number')
    expect(refusal('--3', seats)).toContain('is not a number')
  })

  it('refuses percentages, naming what the cell takes', () => {
    expect(refusal('12.5%', seats)).toBe(
      '“12.5%” is a percentage. Seats (capacity) takes a number of people or positions, not a percentage.',
    )
    expect(refusal('50 %', facultyFte)).toContain('Faculty FTE takes full-time equivalents')
  })

  it('refuses a dollar amount outside a wage column', () => {
    expect(refusal('$30', seats)).toBe(
      '“$30” is an amount of money. Seats (capacity) takes a number of people or positions.',
    )
  })

  it('refuses fractions of a count or of a day', () => {
    expect(refusal('2.5', seats)).toBe(
      'Seats (capacity) must be a whole number. “2.5” has a decimal part.',
    )
    expect(refusal('1,234.5', seats)).toContain('must be a whole number')
    expect(refusal('12.5', daysToFill)).toContain(
      'Median days to fill must be a whole number of days.',
    )
  })

  it('refuses more decimals than the unit is entered with', () => {
    expect(refusal('0.333', facultyFte)).toBe(
      'Faculty FTE takes at most 2 decimal places. Round “0.333”, for example to 0.75.',
    )
    expect(refusal('$28.505', wage)).toContain('at most 2 decimal places')
  })

  it('refuses values above the unit maximum, either sign', () => {
    expect(value('100,000', seats)).toBe(100000)
    expect(refusal('100,001', seats)).toBe(
      'Seats (capacity) can be at most 100,000. Check “100,001” for an extra digit.',
    )
    expect(refusal('-250000', seats)).toContain('can be at most 100,000')
    expect(refusal('1001', wage)).toContain('can be at most $1,000.00')
    expect(refusal('3651', daysToFill)).toContain('can be at most 3,650')
    expect(refusal('10000.01', facultyFte)).toContain('can be at most 10,000')
  })

  it('refuses commas that are not thousands separators', () => {
    expect(refusal('1,23', facultyFte)).toBe(
      '“1,23” is not a number this grid can read. Use commas only between thousands (1,234) and a point for decimals (1.5).',
    )
    expect(refusal('12,5', seats)).toContain('commas only between thousands')
    expect(refusal('1,2345', seats)).toContain('commas only between thousands')
  })

  it('refuses formulas', () => {
    expect(refusal('=A1*2', seats)).toBe(
      '“=A1*2” is a formula. Type the figure itself; formulas are not kept.',
    )
  })

  it('gives the problem alone for short lists', () => {
    const parsed = parseNumber('n/a', seats)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.problem).toBe('“n/a” is not a number.')
  })

  it('shortens very long text in messages', () => {
    expect(refusal('x'.repeat(100), seats)).toContain('…” is not a number')
  })
})
