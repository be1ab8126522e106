import { describe, expect, it } from 'vitest'
import { bandOf, compare, compareOpen, twoDecimals } from './coverage'

describe('gap, coverage and band', () => {
  it('gap = demand − supply, coverage = supply ÷ demand, exact', () => {
    const c = compareOpen('published-openings', 48, 30.6)
    expect(c.gap.value).toBeCloseTo(17.4, 12)
    expect(c.coverage.value).toBe(30.6 / 48)
    expect(c.band.value).toBe('shortage')
  })

  it('puts each band boundary on the side BOARD.md writes it, on two-decimal coverage', () => {
    const cases: [number, string][] = [
      [0.59, 'severe-shortage'],
      [0.594, 'severe-shortage'],
      [0.595, 'shortage'],
      [0.6, 'shortage'],
      [0.9, 'shortage'],
      [0.904, 'shortage'],
      [0.905, 'balanced'],
      [0.91, 'balanced'],
      [1.2, 'balanced'],
      [1.204, 'balanced'],
      [1.205, 'surplus'],
      [1.21, 'surplus'],
      [1.49, 'surplus'],
      [1.494, 'surplus'],
      [1.495, 'large-surplus'],
      [1.5, 'large-surplus'],
      [0, 'severe-shortage'],
      [3, 'large-surplus'],
    ]
    for (const [coverage, band] of cases)
      expect([coverage, bandOf(coverage)]).toEqual([coverage, band])
  })

  it('rounds by the decimal digits a reader sees, not the nearest double', () => {
    // 119 ÷ 200 is the double just below 0.595; a reader rounds 0.595 to 0.60.
    expect(twoDecimals(119 / 200)).toBe(0.6)
    expect(bandOf(119 / 200)).toBe('shortage')
    expect(bandOf(181 / 200)).toBe('balanced')
    expect(twoDecimals(1.005)).toBe(1.01)
  })

  it('supply 18 for demand 20 is 0.90, a shortage; 18.2 is 0.91, balanced', () => {
    expect(compareOpen('employer-reported', 20, 18).band.value).toBe('shortage')
    expect(compareOpen('employer-reported', 20, 18.2).band.value).toBe('balanced')
  })

  it('has no coverage or band where demand is 0 or either side unknown', () => {
    const none = compareOpen('published-openings', 0, 5)
    expect([none.gap.value, none.coverage.value, none.band.value]).toEqual([-5, null, null])
    const unknown = compareOpen('published-openings', null, 5)
    expect([unknown.gap.value, unknown.coverage.value]).toEqual([null, null])
    expect(compareOpen('published-openings', 10, null).gap.value).toBeNull()
  })

  it('keeps the employer mark on every figure derived from employer demand', () => {
    const c = compare(
      'employer-reported',
      { value: 12, employers: 2, protection: 'fewer-than-3-employers' },
      6,
    )
    expect([c.gap.protection, c.coverage.protection, c.band.protection]).toEqual([
      'fewer-than-3-employers',
      'fewer-than-3-employers',
      'fewer-than-3-employers',
    ])
    expect(c.gap.value).toBe(6)
  })
})
