// Confidentiality (BOARD.md): a figure drawn from fewer than 3 employers is suppressed in
// everything that leaves the board (regional workbook, PDF, CSV, JSON for sharing), and so is
// any figure from which a suppressed one could be recovered by subtraction (complementary
// suppression). Board-only screens show such figures, marked.
//
// How: the analysis first tallies each employer figure with the set of employers behind it
// (`Tally`), together with the additive relations it publishes (a total and its parts). Then
// `protectionsOf` decides, once, which tallies are suppressed and why; every figure built from
// a tally carries that mark (`Protected`), and figures derived from it (gap, coverage, band,
// balances) carry the worst mark of their sources. `forSharing` blanks every marked value: the
// one door through which results leave the board.

/** Fewest employers a published figure may be drawn from. */
export const MIN_EMPLOYERS = 3
export const SUPPRESSED_TEXT = 'suppressed (fewer than 3 employers)'

export type Protection = 'none' | 'fewer-than-3-employers' | 'complementary'

export interface Protected<T> {
  /** The figure, exact; null when unknown, or when suppressed in a view for sharing. */
  readonly value: T | null
  /** Distinct employers the figure is drawn from (0 for figures that are not theirs). */
  readonly employers: number
  readonly protection: Protection
}

/** An employer figure before its protection is decided. */
export interface Tally {
  /** Sum of what the employers reported; null when none reported it. */
  readonly value: number | null
  readonly employers: ReadonlySet<string>
}

/** A published total and the parts it is the sum of. */
export interface Relation {
  readonly total: string
  readonly parts: readonly string[]
}

export function tally(entries: Iterable<readonly [employer: string, value: number]>): Tally {
  let value: number | null = null
  const employers = new Set<string>()
  for (const [employer, v] of entries) {
    value = (value ?? 0) + v
    employers.add(employer)
  }
  return { value, employers }
}

export function sumOfTallies(tallies: Iterable<Tally>): Tally {
  let value: number | null = null
  const employers = new Set<string>()
  for (const t of tallies) {
    if (t.value !== null) value = (value ?? 0) + t.value
    for (const e of t.employers) employers.add(e)
  }
  return { value, employers }
}

function primary(t: Tally): Protection {
  return t.employers.size > 0 && t.employers.size < MIN_EMPLOYERS
    ? 'fewer-than-3-employers'
    : 'none'
}

/**
 * The protection of every tally: primary where fewer than 3 employers, then complementary until
 * no relation has exactly one hidden member. The complement chosen is the smallest published
 * part (the least information lost); when no part can be hidden, the total is.
 */
export function protectionsOf(
  tallies: ReadonlyMap<string, Tally>,
  relations: readonly Relation[],
): Map<string, Protection> {
  const marks = new Map<string, Protection>()
  for (const [id, t] of tallies) marks.set(id, primary(t))
  const hidden = (id: string) => (marks.get(id) ?? 'none') !== 'none'
  const hideable = (id: string) => !hidden(id) && (tallies.get(id)?.value ?? null) !== null
  for (let changed = true; changed;) {
    changed = false
    for (const { total, parts } of relations) {
      const members = [total, ...parts]
      if (members.filter(hidden).length !== 1) continue
      const candidates = parts
        .filter(hideable)
        .sort((a, b) => (tallies.get(a)?.value ?? 0) - (tallies.get(b)?.value ?? 0))
      const chosen = candidates[0] ?? (hideable(total) ? total : undefined)
      if (chosen === undefined) continue
      marks.set(chosen, 'complementary')
      changed = true
    }
  }
  return marks
}

export function protectedOf(
  id: string,
  tallies: ReadonlyMap<string, Tally>,
  marks: ReadonlyMap<string, Protection>,
): Protected<number> {
  const t = tallies.get(id)
  return {
    value: t?.value ?? null,
    employers: t?.employers.size ?? 0,
    protection: marks.get(id) ?? 'none',
  }
}

/** A figure that is not drawn from employers (education data, board context, a scenario). */
export function open<T>(value: T | null): Protected<T> {
  return { value, employers: 0, protection: 'none' }
}

/** A figure computed from others: as confidential as the most confidential of them. */
export function derived<T>(
  value: T | null,
  ...sources: readonly Protected<unknown>[]
): Protected<T> {
  const protection: Protection = sources.some((s) => s.protection === 'fewer-than-3-employers')
    ? 'fewer-than-3-employers'
    : sources.some((s) => s.protection === 'complementary')
      ? 'complementary'
      : 'none'
  const employers = Math.max(0, ...sources.map((s) => s.employers))
  return { value, employers, protection }
}

export function isProtected(value: unknown): value is Protected<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.hasOwn(value, 'protection') &&
    Object.hasOwn(value, 'value') &&
    Object.hasOwn(value, 'employers')
  )
}

/**
 * The same result with every suppressed value blanked (null), marks kept so that each output
 * can say "suppressed (fewer than 3 employers)". Works on any plain data the analysis returns.
 */
export function forSharing<T>(result: T): T {
  return blank(result) as T
}

function blank(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(blank)
  if (typeof value !== 'object' || value === null) return value
  if (isProtected(value) && value.protection !== 'none') return { ...value, value: null }
  // fromEntries defines own properties, so no key can reach a prototype.
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, blank(v)]))
}
