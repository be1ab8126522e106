import { describe, expect, it } from 'vitest'
import { formatChange, formatValue, midSentence } from './format'

describe('formatValue', () => {
  it('writes counts and days with thousands separators', () => {
    expect(formatValue('count', 1234)).toBe('1,234')
    expect(formatValue('count', 0)).toBe('0')
    expect(formatValue('days', 3650)).toBe('3,650')
  })

  it('writes FTE with up to two decimals', () => {
    expect(formatValue('fte', 12)).toBe('12')
    expect(formatValue('fte', 12.5)).toBe('12.5')
    expect(formatValue('fte', 0.755)).toBe('0.76')
    expect(formatValue('fte', 1250.25)).toBe('1,250.25')
  })

  it('writes wages as dollars and cents', () => {
    expect(formatValue('dollars-per-hour', 28.5)).toBe('$28.50')
    expect(formatValue('dollars-per-hour', 32)).toBe('$32.00')
  })
})

describe('formatChange', () => {
  it('signs the share and keeps at most one decimal', () => {
    expect(formatChange(0.75)).toBe('+75%')
    expect(formatChange(-0.4)).toBe('-40%')
    expect(formatChange(2 / 3)).toBe('+66.7%')
  })
})

describe('midSentence', () => {
  it('lower-cases the first letter only', () => {
    expect(midSentence('First-attempt exam takers')).toBe('first-attempt exam takers')
  })
})
