import { describe, expect, it } from 'vitest'
import {
  Period,
  academicYear,
  julyYearOf,
  localIsoDate,
  periodKey,
  periodProblem,
  previousPeriod,
  snapshot,
} from './periods'

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

  it('takes a snapshot dated today or earlier, and refuses one in the future', () => {
    expect(periodProblem(snapshot('2026-11-28'), '2026-11-28')).toBeNull()
    expect(periodProblem(snapshot('2025-10-01'), '2026-11-28')).toBeNull()
    expect(periodProblem(snapshot('2026-11-29'), '2026-11-28')).toMatch(
      /2026-11-29 is in the future/,
    )
    // A year still running is a period partners report on.
    expect(periodProblem(academicYear(2026), '2026-11-28')).toBeNull()
  })

  it('dates "today" where the user is, not in UTC', () => {
    // 9 pm on Nov 28 is already Nov 29 in UTC west of Greenwich; the local date stays the 28th.
    expect(localIsoDate(new Date(2026, 10, 28, 21, 30))).toBe('2026-11-28')
    expect(localIsoDate(new Date(2026, 0, 5, 0, 1))).toBe('2026-01-05')
  })
})
