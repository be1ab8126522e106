import { describe, expect, it } from 'vitest'
import {
  forSharing,
  protectedOf,
  protectionsOf,
  sumOfTallies,
  tally,
  type Tally,
} from './suppression'

const employers = (n: number, prefix = 'employer') =>
  Array.from({ length: n }, (_, i) => `${prefix}-${i + 1}`)

/** A figure of `value` split evenly over `n` employers. */
function figure(value: number, n: number, prefix?: string): Tally {
  return tally(employers(n, prefix).map((e) => [e, value / n] as const))
}

describe('confidentiality', () => {
  it('suppresses a figure drawn from fewer than 3 employers, and only those', () => {
    const tallies = new Map([
      ['one', figure(4, 1)],
      ['two', figure(6, 2)],
      ['three', figure(9, 3)],
      ['none', tally([])],
    ])
    expect(Object.fromEntries(protectionsOf(tallies, []))).toEqual({
      one: 'fewer-than-3-employers',
      two: 'fewer-than-3-employers',
      three: 'none',
      none: 'none',
    })
  })

  it('counts distinct employers, not rows: two employers in two occupations are still two', () => {
    const a = figure(4, 2)
    const b = figure(6, 2)
    const total = sumOfTallies([a, b])
    expect([total.value, total.employers.size]).toEqual([10, 2])
    expect(protectionsOf(new Map([['total', total]]), []).get('total')).toBe(
      'fewer-than-3-employers',
    )
  })

  it('hides a second occupation so the region total cannot give the first away', () => {
    // Region clinical student slots 43 = 5 (2 employers) + 10 + 8 + 20: publishing 43, 10, 8
    // and 20 would give 5 back by subtraction; hiding the smallest other part, 8, prevents it.
    const tallies = new Map([
      ['respiratory', figure(5, 2, 'a')],
      ['radiologic', figure(10, 3, 'b')],
      ['surgical', figure(8, 3, 'c')],
      ['laboratory', figure(20, 4, 'd')],
    ])
    tallies.set('region', sumOfTallies(tallies.values()))
    const marks = protectionsOf(tallies, [
      { total: 'region', parts: ['respiratory', 'radiologic', 'surgical', 'laboratory'] },
    ])
    expect(Object.fromEntries(marks)).toEqual({
      respiratory: 'fewer-than-3-employers',
      radiologic: 'none',
      surgical: 'complementary',
      laboratory: 'none',
      region: 'none',
    })
    const published = [...marks].filter(([, m]) => m === 'none').map(([id]) => id)
    // What a reader can still work out: the two hidden ones together (43 − 10 − 20), not either.
    expect(published.sort()).toEqual(['laboratory', 'radiologic', 'region'])
  })

  it('hides the total when no other part can be hidden', () => {
    const tallies = new Map([
      ['estimated', figure(8, 1)],
      ['fromHires', tally([])],
      ['demand', figure(8, 3)],
    ])
    const marks = protectionsOf(tallies, [{ total: 'demand', parts: ['fromHires', 'estimated'] }])
    expect(marks.get('demand')).toBe('complementary')
  })

  it('follows a complement into the next relation until none gives a figure away', () => {
    // b is hidden to protect a; b is also part of a second total, whose other part must go too.
    const tallies = new Map([
      ['a', figure(1, 1, 'a')],
      ['b', figure(2, 3, 'b')],
      ['ab', figure(3, 4, 'x')],
      ['c', figure(50, 3, 'c')],
      ['bc', figure(52, 6, 'y')],
    ])
    const marks = protectionsOf(tallies, [
      { total: 'ab', parts: ['a', 'b'] },
      { total: 'bc', parts: ['b', 'c'] },
    ])
    expect([marks.get('b'), marks.get('c')]).toEqual(['complementary', 'complementary'])
    expect([marks.get('ab'), marks.get('bc')]).toEqual(['none', 'none'])
  })

  it('blanks suppressed values for sharing, keeping the marks, and leaves the board view as it was', () => {
    const tallies = new Map([
      ['two', figure(6, 2)],
      ['five', figure(10, 5)],
    ])
    const marks = protectionsOf(tallies, [])
    const board = {
      rows: [{ name: 'x', demand: protectedOf('two', tallies, marks) }],
      total: protectedOf('five', tallies, marks),
    }
    const shared = forSharing(board)
    expect(shared.rows[0]?.demand).toEqual({
      value: null,
      employers: 2,
      protection: 'fewer-than-3-employers',
    })
    expect(shared.total.value).toBe(10)
    expect(board.rows[0]?.demand.value).toBe(6)
  })

  it('copies for sharing without letting a key reach a prototype', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "ok": 1}') as object
    const shared = forSharing(hostile) as Record<string, unknown>
    expect(Object.getPrototypeOf(shared)).toBe(Object.prototype)
    expect(Object.hasOwn(shared, '__proto__')).toBe(true)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
