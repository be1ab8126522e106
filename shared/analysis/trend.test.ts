import { describe, expect, it } from 'vitest'
import { defaultCycle } from '../intake/cycle'
import { CYCLE, education } from './test-data'
import { region, regionContext } from './test-region'
import { coverageTrend } from './trend'

describe('coverage across cycles', () => {
  it('gives a point per basis for each cycle holding data, oldest first, and skips empty cycles', () => {
    const earlier = defaultCycle(2024)
    const empty = defaultCycle(2026)
    const trend = coverageTrend(region(), [empty, CYCLE, earlier], regionContext())
    const radiology = trend['radiologic-technologists']
    expect(radiology.map((p) => [p.cycle, p.basis])).toEqual([
      ['AY2024-25', 'employer-reported'],
      ['AY2024-25', 'published-openings'],
      ['AY2025-26', 'employer-reported'],
      ['AY2025-26', 'published-openings'],
    ])
    // The cycle's own point is the analysis of that cycle: 0.1875 against 48 openings.
    expect(radiology[3]?.coverage.value).toBeCloseTo(0.1875, 12)
  })

  it('blanks suppressed points in the shared view', () => {
    const shared = coverageTrend(region(), [CYCLE], regionContext(), { audience: 'shared' })
    const employers = shared['surgical-technologists'].find((p) => p.basis === 'employer-reported')
    expect(employers?.coverage.protection).toBe('fewer-than-3-employers')
    expect(employers?.coverage.value).toBeNull()
  })

  it('is empty for every occupation when no cycle holds data', () => {
    const trend = coverageTrend([education('later-college', 2030, [])], [CYCLE], regionContext())
    expect(Object.values(trend).every((points) => points.length === 0)).toBe(true)
  })
})
