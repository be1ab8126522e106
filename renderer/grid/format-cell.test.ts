import { describe, expect, it } from 'vitest'
import { formatCellValue, formatForInput } from './format-cell'

describe('formatCellValue', () => {
  it('shows figures the way the partners expect', () => {
    expect(formatCellValue(1234, 'count')).toBe('1,234')
    expect(formatCellValue(0, 'count')).toBe('0')
    expect(formatCellValue(1.5, 'fte')).toBe('1.50')
    expect(formatCellValue(28.5, 'dollars-per-hour')).toBe('$28.50')
    expect(formatCellValue(45, 'days')).toBe('45')
    expect(formatCellValue(null, 'count')).toBe('')
  })

  it('never rounds away a wrong value', () => {
    expect(formatCellValue(2.5, 'count')).toBe('2.5')
    expect(formatCellValue(0.333, 'fte')).toBe('0.333')
    expect(formatCellValue(-3, 'count')).toBe('-3')
  })
})

describe('formatForInput', () => {
  it('gives plain digits to edit or copy', () => {
    expect(formatForInput(1234, 'count')).toBe('1234')
    expect(formatForInput(1.5, 'fte')).toBe('1.50')
    expect(formatForInput(28.5, 'dollars-per-hour')).toBe('28.50')
    expect(formatForInput(0.333, 'fte')).toBe('0.333')
    expect(formatForInput(2.5, 'count')).toBe('2.5')
    expect(formatForInput(null, 'days')).toBe('')
  })
})
