import { describe, expect, it } from 'vitest'
import { multiYearRate, multiYearRates, yearlyCounts, RATES } from './multi-year'
import { programInput } from './test-data'

const PASS = RATES[0]

/** BOARD.md's example: an accreditor's 5-year credentialing rate, AY 2021–22 to AY 2025–26. */
const FIVE_YEARS = [
  { year: 2021, values: { examPasses: 8, examTakers: 10 } },
  { year: 2022, values: { examPasses: 13, examTakers: 13 } },
  { year: 2023, values: { examPasses: 13, examTakers: 14 } },
  { year: 2024, values: { examPasses: 14, examTakers: 15 } },
  { year: 2025, values: { examPasses: 18, examTakers: 18 } },
]

describe('multi-year rates', () => {
  it('pools numerators and denominators: 66 of 70, not the mean of the five percentages', () => {
    const rate = multiYearRate(
      yearlyCounts(programInput(FIVE_YEARS).years, PASS),
      'passRate',
      5,
      2025,
    )
    expect(rate.numerator).toBe(66)
    expect(rate.denominator).toBe(70)
    expect(rate.value).toBe(66 / 70)
    const meanOfPercentages = (8 / 10 + 13 / 13 + 13 / 14 + 14 / 15 + 18 / 18) / 5
    expect(rate.value?.toFixed(4)).toBe('0.9429')
    expect(meanOfPercentages.toFixed(4)).toBe('0.9324')
    expect(rate.years.map((y) => `${y.label}: ${y.numerator}/${y.denominator}`)).toEqual([
      'AY 2021–22: 8/10',
      'AY 2022–23: 13/13',
      'AY 2023–24: 13/14',
      'AY 2024–25: 14/15',
      'AY 2025–26: 18/18',
    ])
    expect(rate.missingYears).toEqual([])
  })

  it('takes the 3-year rate over the last three years only: 45 of 47', () => {
    const rate = multiYearRate(
      yearlyCounts(programInput(FIVE_YEARS).years, PASS),
      'passRate',
      3,
      2025,
    )
    expect([rate.fromYear, rate.toYear, rate.numerator, rate.denominator]).toEqual([
      2023, 2025, 45, 47,
    ])
  })

  it('lists a year the board holds no figures for instead of reaching further back', () => {
    const held = FIVE_YEARS.filter((y) => y.year !== 2024)
    const rate = multiYearRate(yearlyCounts(programInput(held).years, PASS), 'passRate', 3, 2025)
    expect(rate.missingYears).toEqual([2024])
    expect([rate.numerator, rate.denominator]).toEqual([31, 32])
  })

  it('counts a year only where both figures were reported', () => {
    const rate = multiYearRate(
      yearlyCounts(
        programInput([
          { year: 2024, values: { examPasses: 9, examTakers: null } },
          { year: 2025, values: { examPasses: 5, examTakers: 6 } },
        ]).years,
        PASS,
      ),
      'passRate',
      3,
      2025,
    )
    expect([rate.numerator, rate.denominator, rate.missingYears]).toEqual([5, 6, [2023, 2024]])
  })

  it('has no value where nothing was pooled, rather than 0%', () => {
    const rates = multiYearRates(programInput([{ year: 2025, values: {} }]).years, 2025)
    expect(rates).toHaveLength(6)
    expect(rates.every((r) => r.value === null && r.denominator === 0)).toBe(true)
  })

  it('pools an occupation’s programs year by year: 10/20 and 1/2 are 11 of 22', () => {
    const a = programInput([{ year: 2025, values: { placedInField: 10, graduatesSeeking: 20 } }])
    const b = programInput([{ year: 2025, values: { placedInField: 1, graduatesSeeking: 2 } }])
    const placement = multiYearRates([...a.years, ...b.years], 2025).find(
      (r) => r.rate === 'placementRate' && r.span === 3,
    )
    expect([placement?.numerator, placement?.denominator, placement?.value]).toEqual([11, 22, 0.5])
  })
})
