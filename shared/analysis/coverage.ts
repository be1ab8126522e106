// Gap, coverage and band (BOARD.md, "Supply"). Gap = demand − supply (positive = shortage);
// coverage = supply ÷ demand. Both are kept exact. Rounding happens once, here, and only to
// choose a band: coverage rounded half up to two decimals, as the bands are written
// (≤ 0.59 severe shortage, 0.60–0.90 shortage, 0.91–1.20 balanced, 1.21–1.49 surplus,
// ≥ 1.50 large surplus), so every coverage falls in exactly one band and 0.905 is balanced.
import { derived, open, type Protected } from './suppression'

export const BANDS = [
  'severe-shortage',
  'shortage',
  'balanced',
  'surplus',
  'large-surplus',
] as const
export type Band = (typeof BANDS)[number]

export const BAND_LABELS: Record<Band, string> = {
  'severe-shortage': 'Severe shortage',
  shortage: 'Shortage',
  balanced: 'Balanced',
  surplus: 'Surplus',
  'large-surplus': 'Large surplus',
}

/**
 * Half up to two decimals, decided on the decimal digits a person would read: 0.595 is 0.60
 * even though the double nearest 0.595 lies just below it.
 */
export function twoDecimals(x: number): number {
  return Math.round(Number((x * 100).toPrecision(12))) / 100
}

export function bandOf(coverage: number): Band {
  const c = twoDecimals(coverage)
  if (c <= 0.59) return 'severe-shortage'
  if (c <= 0.9) return 'shortage'
  if (c <= 1.2) return 'balanced'
  if (c <= 1.49) return 'surplus'
  return 'large-surplus'
}

export const DEMAND_BASES = ['employer-reported', 'published-openings'] as const
export type DemandBasis = (typeof DEMAND_BASES)[number]

export const DEMAND_BASIS_LABELS: Record<DemandBasis, string> = {
  'employer-reported': 'Employer-reported demand',
  'published-openings': 'Published annual openings',
}

export interface Comparison {
  readonly basis: DemandBasis
  readonly demand: Protected<number>
  readonly supply: number | null
  /** demand − supply; positive is a shortage. */
  readonly gap: Protected<number>
  /** supply ÷ demand; null when either is unknown or demand is 0. */
  readonly coverage: Protected<number>
  readonly band: Protected<Band>
}

export function compare(
  basis: DemandBasis,
  demand: Protected<number>,
  supply: number | null,
): Comparison {
  const d = demand.value
  const known = d !== null && supply !== null
  const coverage = known && d > 0 ? supply / d : null
  return {
    basis,
    demand,
    supply,
    gap: derived(known ? d - supply : null, demand),
    coverage: derived(coverage, demand),
    band: derived(coverage === null ? null : bandOf(coverage), demand),
  }
}

/** A comparison whose demand is not drawn from employers. */
export function compareOpen(
  basis: DemandBasis,
  demand: number | null,
  supply: number | null,
): Comparison {
  return compare(basis, open(demand), supply)
}
