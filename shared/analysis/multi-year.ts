// Multi-year outcome rates, as accreditors publish them: Σ numerators ÷ Σ denominators over the
// last 3 or 5 academic years, never the mean of the yearly percentages (8/10, 13/13, 13/14,
// 14/15, 18/18 is 66/70 = 94.3%, where the mean of the five percentages is 93.2%).
// The window is the cycle's academic year and the ones before it, consecutive; the years in it
// the board holds no figures for are listed as missing rather than replaced by older years, so
// a 3-year rate always means the same three cohorts.
import { academicYear } from '../domain/periods'
import type { ProgramYear } from './inputs'
import { countsOf, pooled, type Counts } from './shares'

export const RATES = [
  {
    key: 'passRate',
    label: 'First-attempt credentialing (exam) rate',
    numerator: 'examPasses',
    denominator: 'examTakers',
  },
  {
    key: 'placementRate',
    label: 'Job placement rate',
    numerator: 'placedInField',
    denominator: 'graduatesSeeking',
  },
  {
    key: 'inRegionRate',
    label: 'Placed in region, of those placed in field',
    numerator: 'placedInRegion',
    denominator: 'placedInField',
  },
] as const
export type RateKey = (typeof RATES)[number]['key']
export type RateDef = (typeof RATES)[number]

export const SPANS = [3, 5] as const
export type Span = (typeof SPANS)[number]

export interface YearCounts extends Counts {
  readonly year: number
  readonly label: string
}

export interface MultiYearRate {
  readonly rate: RateKey
  readonly span: Span
  readonly fromYear: number
  readonly toYear: number
  readonly numerator: number
  readonly denominator: number
  /** Exact; null when no year in the window has a denominator above 0. */
  readonly value: number | null
  /** The years that count, oldest first, with their counts. */
  readonly years: readonly YearCounts[]
  /** Years in the window with no figures held (or none for this rate). */
  readonly missingYears: readonly number[]
}

/** The counts of one rate in each year of `years`, for one program or summed over several. */
export function yearlyCounts(
  years: readonly ProgramYear[],
  rate: RateDef,
): ReadonlyMap<number, Counts> {
  const byYear = new Map<number, Counts>()
  for (const { year, values } of years) {
    const counts = countsOf(values, rate.numerator, rate.denominator)
    if (!counts) continue
    byYear.set(year, pooled([byYear.get(year) ?? null, counts]))
  }
  return byYear
}

export function multiYearRate(
  byYear: ReadonlyMap<number, Counts>,
  rate: RateKey,
  span: Span,
  cycleYear: number,
): MultiYearRate {
  const fromYear = cycleYear - span + 1
  const years: YearCounts[] = []
  const missingYears: number[] = []
  for (let year = fromYear; year <= cycleYear; year++) {
    const counts = byYear.get(year)
    if (counts) years.push({ year, label: academicYear(year).label, ...counts })
    else missingYears.push(year)
  }
  const sum = pooled(years)
  return {
    rate,
    span,
    fromYear,
    toYear: cycleYear,
    ...sum,
    value: sum.denominator > 0 ? sum.numerator / sum.denominator : null,
    years,
    missingYears,
  }
}

/** Every rate over every span, for one program or an occupation's programs together. */
export function multiYearRates(years: readonly ProgramYear[], cycleYear: number): MultiYearRate[] {
  return RATES.flatMap((rate) => {
    const byYear = yearlyCounts(years, rate)
    return SPANS.map((span) => multiYearRate(byYear, rate.key, span, cycleYear))
  })
}

/** "AY 2023–24 to AY 2025–26". */
export function spanLabel(fromYear: number, toYear: number): string {
  return fromYear === toYear
    ? academicYear(toYear).label
    : `${academicYear(fromYear).label} to ${academicYear(toYear).label}`
}
