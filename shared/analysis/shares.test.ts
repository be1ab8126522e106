import { describe, expect, it } from 'vitest'
import { countsOf, pooled, shareOf } from './shares'

describe('pooled shares', () => {
  it('divides pooled counts: 14 of 16 placed is 0.875, from data', () => {
    const share = shareOf(
      'placementShare',
      pooled([{ numerator: 14, denominator: 16 }]),
      {
        placementShare: 0.5,
      },
      'AY 2025–26',
    )
    expect(share).toEqual({
      name: 'placementShare',
      value: 0.875,
      numerator: 14,
      denominator: 16,
      assumed: false,
      basis: '14 of 16, AY 2025–26',
    })
  })

  it('weighs programs by their size: 1/1 and 10/20 pool to 11/21, not the mean 0.75', () => {
    const counts = pooled([
      { numerator: 1, denominator: 1 },
      null,
      { numerator: 10, denominator: 20 },
    ])
    expect(shareOf('passShare', counts, undefined, 'x').value).toBe(11 / 21)
  })

  it('takes the board default where there is no data, marked assumed', () => {
    const share = shareOf(
      'inRegionShare',
      { numerator: 0, denominator: 0 },
      { inRegionShare: 0.7 },
      'x',
    )
    expect([share.value, share.assumed, share.basis]).toEqual([0.7, true, 'board default'])
    const cited = shareOf(
      'inRegionShare',
      { numerator: 0, denominator: 0 },
      { inRegionShare: 0.7, source: 'Work group decision, May 2026' },
      'x',
    )
    expect(cited.basis).toBe('Work group decision, May 2026')
  })

  it('is unknown with neither data nor default, never 0', () => {
    const share = shareOf(
      'passShare',
      { numerator: 0, denominator: 0 },
      { placementShare: 0.8 },
      'x',
    )
    expect([share.value, share.assumed, share.basis]).toEqual([null, false, 'no data'])
  })

  it('reads a pair only where both figures are reported', () => {
    expect(countsOf({ a: 3, b: 4 }, 'a', 'b')).toEqual({ numerator: 3, denominator: 4 })
    expect(countsOf({ a: 3, b: null }, 'a', 'b')).toBeNull()
    expect(countsOf({ a: null, b: 4 }, 'a', 'b')).toBeNull()
  })
})
