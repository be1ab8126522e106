import { describe, expect, it } from 'vitest'
import { analyse, type OccupationAnalysis } from './analysis'
import { education, employer, CYCLE } from './test-data'
import { region, regionContext } from './test-region'
import { emptyBoardContext } from './context'

function occupationOf(
  result: { occupations: readonly OccupationAnalysis[] },
  id: OccupationAnalysis['occupation'],
) {
  const found = result.occupations.find((o) => o.occupation === id)
  if (!found) throw new Error(`no ${id}`)
  return found
}

describe('the regional analysis', () => {
  const result = analyse(region(), CYCLE, regionContext())
  const radiology = occupationOf(result, 'radiologic-technologists')

  it('counts who reported for the cycle', () => {
    expect([result.cycle, result.employersReporting, result.programsReporting]).toEqual([
      'AY2025-26',
      3,
      1,
    ])
  })

  it('works supply out by hand: 20 × 24/30 × 12/16 × 9/12 = 9', () => {
    // pass share pooled over AY 2023–24 to 2025–26: (9 + 6 + 9) ÷ (12 + 8 + 10) = 24/30 = 0.8
    expect(radiology.supply.programs[0]?.shares.passShare.value).toBe(0.8)
    expect(radiology.supply.value).toBeCloseTo(9, 12)
    expect(radiology.assumed).toEqual([])
  })

  it('sets supply against both demand bases side by side, never added', () => {
    const [employers, published] = radiology.comparisons
    // Employers: 10 (hires) + 3 + 5 (estimated) + 7 (hires) = 25; gap 16; coverage 0.36.
    expect(employers?.basis).toBe('employer-reported')
    expect(employers?.demand.value).toBe(25)
    expect(employers?.gap.value).toBeCloseTo(16, 12)
    expect(employers?.coverage.value).toBeCloseTo(0.36, 12)
    expect(employers?.band.value).toBe('severe-shortage')
    // Published: 48 openings a year; gap 39; coverage 0.1875.
    expect(published?.basis).toBe('published-openings')
    expect(published?.demand.value).toBe(48)
    expect(published?.gap.value).toBeCloseTo(39, 12)
    expect(published?.coverage.value).toBeCloseTo(0.1875, 12)
    expect(radiology.publishedOpenings.check?.agrees).toBe(true)
  })

  it('says what share of regional employment the reporting employers cover', () => {
    // (200 + 120 + 100) ÷ 700 = 0.6
    expect(radiology.regionalEmployment?.covered.value).toBeCloseTo(0.6, 12)
    expect(radiology.regionalEmployment?.words.value).toBe(
      'Reporting employers cover 60% of regional employment',
    )
  })

  it('names the binding constraint and the balances', () => {
    expect(radiology.pipeline.capacity.words).toBe('Clinical placements: 18 secured for 24 needed')
    expect(radiology.pipeline.turnedAway).toBe(3)
    expect(radiology.clinicalBalance.words.value).toBe(
      'Employers host 30 clinical student slots; programs need 24 and have secured 18',
    )
    expect(radiology.apprenticeshipBalance.balance.value).toBe(1)
    expect(radiology.pipelineAhead.pathwayEnrollment).toBe(28)
  })

  it('gives 3- and 5-year rates with their years and counts', () => {
    const pass5 = radiology.rates.find((r) => r.rate === 'passRate' && r.span === 5)
    expect([pass5?.numerator, pass5?.denominator, pass5?.missingYears]).toEqual([
      24,
      30,
      [2021, 2022],
    ])
    expect(radiology.programRates[0]?.name).toBe('Radiography')
  })

  it('marks figures from fewer than 3 employers on the board’s view and keeps them', () => {
    const surgical = occupationOf(result, 'surgical-technologists')
    const employers = surgical.comparisons[0]
    expect(employers?.demand).toEqual({
      value: 8,
      employers: 2,
      protection: 'fewer-than-3-employers',
    })
    expect(employers?.gap).toMatchObject({ value: 8, protection: 'fewer-than-3-employers' })
    expect(surgical.clinicalBalance.hosted.protection).toBe('fewer-than-3-employers')
  })

  it('hides them, their derivatives and a complement in what it shares', () => {
    const shared = analyse(region(), CYCLE, regionContext(), { audience: 'shared' })
    expect(shared.audience).toBe('shared')
    const surgical = occupationOf(shared, 'surgical-technologists')
    const [employers] = surgical.comparisons
    expect([employers?.demand.value, employers?.gap.value, employers?.coverage.value]).toEqual([
      null,
      null,
      null,
    ])
    expect(employers?.band.value).toBeNull()
    expect(surgical.employerDemand.parts.filledFte.value).toBeNull()
    // Region clinical student slots 38 = radiologic 30 + surgical 8: publishing 38 and 30 would
    // give surgical's 8 away, so radiologic's 30 is hidden too; the region total stays.
    const radiologic = occupationOf(shared, 'radiologic-technologists')
    expect(radiologic.clinicalBalance.hosted).toEqual({
      value: null,
      employers: 3,
      protection: 'complementary',
    })
    expect(shared.region.clinicalBalance.hosted.value).toBe(38)
    // What three employers reported stays.
    expect(radiologic.comparisons[0]?.demand.value).toBe(25)
  })

  it('hides an estimate that one employer alone gives, and the part that would reveal it', () => {
    const four = [
      ...region(),
      employer('mercy-medical-center', [{ values: { expectedHires12Months: 4 } }]),
    ]
    const shared = analyse(four, CYCLE, regionContext(), { audience: 'shared' })
    const r = occupationOf(shared, 'radiologic-technologists').employerDemand
    // 29 = 21 from three employers' expected hires + 8 estimated by Holyoke Medical Center
    // alone: publishing 29 and 21 would give the 8 away.
    expect(r.estimated).toMatchObject({ value: null, protection: 'fewer-than-3-employers' })
    expect(r.parts.expectedHires12Months).toEqual({
      value: null,
      employers: 3,
      protection: 'complementary',
    })
    expect(r.total.value).toBe(29)
  })

  it('counts only the cycle’s figures: later years and other snapshots window are left out', () => {
    const more = [
      ...region(),
      education('holyoke-community-college', 2026, [
        { id: 'radiography', name: 'Radiography', values: { expectedCompletersNextYear: 999 } },
      ]),
      employer('baystate-health', [{ values: { expectedHires12Months: 999 } }], '2027-07-15'),
      employer('baystate-health', [{ values: { expectedHires12Months: 12 } }], '2026-12-01'),
    ]
    const r = occupationOf(analyse(more, CYCLE, regionContext()), 'radiologic-technologists')
    expect(r.supply.programs[0]?.expectedCompleters.value).toBe(20)
    // Baystate's later snapshot in the window (12) replaces its earlier one (10): 12 + 8 + 7.
    expect(r.comparisons[0]?.demand.value).toBe(27)
  })

  it('leaves figures unknown where nothing was reported and no default is set', () => {
    const r = analyse(
      [
        education('holyoke-community-college', 2025, [
          { values: { expectedCompletersNextYear: 5 } },
        ]),
      ],
      CYCLE,
      emptyBoardContext(),
    )
    const radiologic = occupationOf(r, 'radiologic-technologists')
    expect(radiologic.supply.value).toBeNull()
    expect(radiologic.supply.unknownBecause).toHaveLength(3)
    expect(radiologic.comparisons.map((c) => c.demand.value)).toEqual([null, null])
  })
})
