import { describe, expect, it } from 'vitest'
import { Period, academicYear, julyYearOf, periodKey, previousPeriod, snapshot } from './periods'

describe('periods', () => {
  it('runs an academic year from July 1 to June 30', () => {
    expect(academicYear(2025)).toEqual({
      kind: 'academic-year',
      start: '2025-07-01',
      end: '2026-06-30',
      label: 'AY 2025–26',
    })
    expect(academicYear(2025, 'fiscal-year').label).toBe('FY2026')
  })

  it('gives stable keys for ids and file names', () => {
    expect(periodKey(academicYear(2025))).toBe('AY2025-26')
    expect(periodKey(academicYear(2099))).toBe('AY2099-00')
    expect(periodKey(academicYear(2025, 'fiscal-year'))).toBe('FY2026')
    expect(periodKey(snapshot('2026-10-01'))).toBe('S2026-10-01')
  })

  it('places a date in its July–June year', () => {
    expect(julyYearOf('2026-03-15')).toBe(2025)
    expect(julyYearOf('2026-07-01')).toBe(2026)
    expect(julyYearOf('2026-06-30')).toBe(2025)
  })

  it('finds the same period a year earlier', () => {
    expect(previousPeriod(academicYear(2025))).toEqual(academicYear(2024))
    expect(previousPeriod(snapshot('2026-10-01'))).toEqual(snapshot('2025-10-01'))
  })

  it('refuses a period that ends before it starts, and a snapshot spanning days', () => {
    expect(
      Period.safeParse({
        kind: 'academic-year',
        start: '2026-07-01',
        end: '2025-06-30',
        label: 'x',
      }).success,
    ).toBe(false)
    expect(
      Period.safeParse({ kind: 'snapshot', start: '2026-07-01', end: '2026-07-02', label: 'x' })
        .success,
    ).toBe(false)
    expect(() => snapshot('2026-13-01')).toThrow()
  })
})
