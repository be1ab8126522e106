// Shares (pass, placement, in-region) from pooled counts: Σ numerators ÷ Σ denominators, so
// that a program of 40 weighs more than a program of 4. A share with no data (nothing pooled,
// or a denominator of 0) takes the board's default and is marked assumed; with no default
// either, it is unknown (null) and so is every figure it feeds.
import type { DefaultShares } from './context'

export interface Counts {
  readonly numerator: number
  readonly denominator: number
}

export const SHARE_NAMES = ['passShare', 'placementShare', 'inRegionShare'] as const
export type ShareName = (typeof SHARE_NAMES)[number]

export const SHARE_LABELS: Record<ShareName, string> = {
  passShare: 'First-attempt pass share',
  placementShare: 'Placement share',
  inRegionShare: 'In-region share',
}

export interface Share {
  readonly name: ShareName
  /** Exact, unrounded; null when there is neither data nor a default. */
  readonly value: number | null
  /** The pooled counts behind the value (0 and 0 when it is assumed or unknown). */
  readonly numerator: number
  readonly denominator: number
  /** The board's default stands in for missing data. */
  readonly assumed: boolean
  /** In words: "66 of 70, AY 2023–24 to AY 2025–26", "board default", "no data". */
  readonly basis: string
}

/**
 * A pair counts only where both figures were reported: passes without takers say nothing
 * about a rate.
 */
export function countsOf<V extends Readonly<Record<string, number | null>>>(
  values: V,
  numerator: keyof V,
  denominator: keyof V,
): Counts | null {
  const n = values[numerator]
  const d = values[denominator]
  return n === null || n === undefined || d === null || d === undefined
    ? null
    : { numerator: n, denominator: d }
}

export function pooled(counts: Iterable<Counts | null>): Counts {
  let numerator = 0
  let denominator = 0
  for (const c of counts) {
    if (!c) continue
    numerator += c.numerator
    denominator += c.denominator
  }
  return { numerator, denominator }
}

export function shareOf(
  name: ShareName,
  counts: Counts,
  defaults: DefaultShares | undefined,
  span: string,
): Share {
  if (counts.denominator > 0) {
    return {
      name,
      value: counts.numerator / counts.denominator,
      numerator: counts.numerator,
      denominator: counts.denominator,
      assumed: false,
      basis: `${counts.numerator} of ${counts.denominator}, ${span}`,
    }
  }
  const fallback = defaults?.[name]
  return fallback === undefined
    ? { name, value: null, numerator: 0, denominator: 0, assumed: false, basis: 'no data' }
    : {
        name,
        value: fallback,
        numerator: 0,
        denominator: 0,
        assumed: true,
        basis: defaults?.source ?? 'board default',
      }
}

/** A share staff set in a scenario: neither data nor default. */
export function scenarioShare(name: ShareName, value: number): Share {
  return { name, value, numerator: 0, denominator: 0, assumed: false, basis: 'scenario' }
}
