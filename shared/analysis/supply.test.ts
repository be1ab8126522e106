import { describe, expect, it } from 'vitest'
import { assumedInputs, occupationSupply, programSupply } from './supply'
import { programInput } from './test-data'

const FULL = {
  expectedCompletersNextYear: 20,
  completers: 17,
  examTakers: 10,
  examPasses: 9,
  graduatesSeeking: 16,
  placedInField: 12,
  placedInRegion: 9,
}

describe('supply', () => {
  it('is expected completers × pass share × placement share × in-region share', () => {
    const p = programSupply(programInput([{ year: 2025, values: FULL }]), 2025, undefined)
    // 20 × 9/10 × 12/16 × 9/12 = 20 × 0.9 × 0.75 × 0.75 = 10.125
    expect(p.value).toBeCloseTo(10.125, 12)
    expect(p.expectedCompleters).toEqual({
      value: 20,
      estimated: false,
      basis: 'expected completers next year',
    })
  })

  it('pools the pass share over three academic years', () => {
    const p = programSupply(
      programInput([
        { year: 2022, values: { examTakers: 100, examPasses: 0 } },
        { year: 2023, values: { examTakers: 10, examPasses: 5 } },
        { year: 2024, values: { examTakers: 10, examPasses: 10 } },
        { year: 2025, values: FULL },
      ]),
      2025,
      undefined,
    )
    // AY 2022–23 is outside the window: (5 + 10 + 9) ÷ (10 + 10 + 10) = 0.8
    expect(p.shares.passShare.value).toBe(0.8)
    expect(p.shares.passShare.basis).toBe('24 of 30, AY 2023–24 to AY 2025–26')
  })

  it('uses this year’s completers where expected completers are missing, marked estimated', () => {
    const p = programSupply(
      programInput([{ year: 2025, values: { ...FULL, expectedCompletersNextYear: null } }]),
      2025,
      undefined,
    )
    expect(p.expectedCompleters).toEqual({
      value: 17,
      estimated: true,
      basis: 'completers this year',
    })
    expect(occupationSupply([p]).estimated).toBe(true)
  })

  it('uses the board default for a share with no data and says it is assumed', () => {
    const p = programSupply(
      programInput([{ year: 2025, values: { ...FULL, placedInRegion: null } }]),
      2025,
      { inRegionShare: 0.5 },
    )
    // 20 × 0.9 × 0.75 × 0.5 (assumed) = 6.75
    expect(p.value).toBeCloseTo(6.75, 12)
    expect(p.shares.inRegionShare).toMatchObject({ value: 0.5, assumed: true })
    const supply = occupationSupply([p])
    expect(supply.assumed).toBe(true)
    expect(assumedInputs(supply)).toEqual([
      'Radiography (Holyoke Community College): in-region share 0.5 (board default)',
    ])
  })

  it('treats a denominator of 0 as no data', () => {
    const p = programSupply(
      programInput([{ year: 2025, values: { ...FULL, graduatesSeeking: 0, placedInField: 0 } }]),
      2025,
      { placementShare: 0.85, inRegionShare: 0.7 },
    )
    expect(p.shares.placementShare).toMatchObject({ value: 0.85, assumed: true })
    expect(p.shares.inRegionShare).toMatchObject({ value: 0.7, assumed: true })
  })

  it('is unknown, saying why, when a share has neither data nor default', () => {
    const known = programSupply(programInput([{ year: 2025, values: FULL }]), 2025, undefined)
    const gap = programSupply(
      programInput([{ year: 2025, values: { ...FULL, examTakers: null } }]),
      2025,
      undefined,
    )
    expect(gap.value).toBeNull()
    const supply = occupationSupply([known, gap])
    expect(supply.value).toBeNull()
    expect(supply.unknownBecause).toEqual([
      'Radiography (Holyoke Community College): first-attempt pass share has no data and no board default',
    ])
  })

  it('sums the occupation’s programs', () => {
    const a = programSupply(programInput([{ year: 2025, values: FULL }]), 2025, undefined)
    const b = programSupply(
      programInput([{ year: 2025, values: { ...FULL, expectedCompletersNextYear: 40 } }]),
      2025,
      undefined,
    )
    expect(occupationSupply([a, b]).value).toBeCloseTo(30.375, 12)
    expect(occupationSupply([]).value).toBe(0)
  })
})
