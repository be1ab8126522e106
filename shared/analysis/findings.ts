// The analysis in plain words, as the dashboard and the printed report state it: one finding per
// occupation ("Surgical technologists: coverage 0.27, severe shortage against published annual
// openings; …; binding constraint: seats, 17 qualified applicants turned away …"), and the way
// every figure is written. Display only: figures stay exact in the analysis and are rounded here.
//
// A figure drawn from fewer than 3 employers reads as itself marked "board only" on the board's
// own screens and as "suppressed (fewer than 3 employers)" in anything that leaves the board.
import type { OccupationAnalysis } from './analysis'
import { BAND_LABELS, DEMAND_BASIS_LABELS, twoDecimals, type Comparison } from './coverage'
import type { ConstraintKind } from './pipeline'
import { SUPPRESSED_TEXT, type Protected } from './suppression'

export type Audience = 'board' | 'shared'

export const BOARD_ONLY_TEXT = 'board only: fewer than 3 employers'
export const COMPLEMENT_TEXT = 'board only: would reveal a figure from fewer than 3 employers'

const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 })

/** A count or a supply figure: 1,234 or 10.5. */
export function figureText(value: number | null): string {
  return value === null ? 'unknown' : oneDecimal.format(value)
}

/** Coverage as the bands are written: two decimals, "0.64". */
export function coverageText(value: number | null): string {
  return value === null ? 'unknown' : twoDecimals(value).toFixed(2)
}

/** Why a protected figure is marked, in words; null when it is not. */
export function protectionNote(p: Protected<unknown>): string | null {
  if (p.protection === 'none') return null
  return p.protection === 'fewer-than-3-employers' ? BOARD_ONLY_TEXT : COMPLEMENT_TEXT
}

/**
 * A protected figure as the audience may read it: the board sees it marked, a shared output
 * sees "suppressed (fewer than 3 employers)" whatever the value it was handed.
 */
export function protectedText<T>(
  p: Protected<T>,
  audience: Audience,
  format: (value: T | null) => string,
): string {
  if (p.protection === 'none') return format(p.value)
  if (audience === 'shared') return SUPPRESSED_TEXT
  return `${format(p.value)} (${protectionNote(p) ?? ''})`
}

export const CONSTRAINT_LABELS: Record<ConstraintKind, string> = {
  seats: 'seats',
  clinical: 'clinical placements',
  faculty: 'faculty',
}

/** "binding constraint: seats, 17 qualified applicants turned away (…)", or why none is named. */
export function bindingText(o: OccupationAnalysis): string {
  const { binding, words } = o.pipeline.capacity
  if (!binding) return words.charAt(0).toLowerCase() + words.slice(1)
  const detail = words.slice(words.indexOf(': ') + 2)
  return `binding constraint: ${CONSTRAINT_LABELS[binding.kind]}, ${detail}`
}

const AGAINST: Record<Comparison['basis'], string> = {
  'employer-reported': 'against employer-reported demand',
  'published-openings': 'against published annual openings',
}

/** One basis of a finding: "coverage 0.27, severe shortage against published annual openings". */
export function comparisonText(c: Comparison, audience: Audience): string {
  if (c.coverage.protection !== 'none' && audience === 'shared') {
    return `coverage ${SUPPRESSED_TEXT} ${AGAINST[c.basis]}`
  }
  const note = protectionNote(c.coverage)
  const marked = note ? ` (${note})` : ''
  if (c.coverage.value === null || c.band.value === null) {
    return `coverage unknown ${AGAINST[c.basis]}${marked}`
  }
  return `coverage ${coverageText(c.coverage.value)}, ${BAND_LABELS[c.band.value].toLowerCase()} ${AGAINST[c.basis]}${marked}`
}

/** The occupation's finding in one sentence, published openings first (never suppressed). */
export function findingOf(o: OccupationAnalysis, audience: Audience): string {
  const ordered = [...o.comparisons].sort((a, b) =>
    a.basis === b.basis ? 0 : a.basis === 'published-openings' ? -1 : 1,
  )
  return `${o.name}: ${ordered.map((c) => comparisonText(c, audience)).join('; ')}; ${bindingText(o)}.`
}

/** What a comparison lacks, in words, so that "unknown" always says why. */
export function unknownBecause(o: OccupationAnalysis, c: Comparison): string[] {
  const out: string[] = []
  if (c.demand.value === null && c.demand.protection === 'none') {
    out.push(
      c.basis === 'published-openings'
        ? `${DEMAND_BASIS_LABELS[c.basis]}: no projection or annual openings figure in the board context`
        : `${DEMAND_BASIS_LABELS[c.basis]}: no employer reported this occupation`,
    )
  } else if (c.demand.value === 0) {
    out.push(`${DEMAND_BASIS_LABELS[c.basis]} is 0, so coverage has no meaning`)
  }
  if (c.supply === null) out.push(...o.supply.unknownBecause.map((why) => `Supply: ${why}`))
  return out
}
