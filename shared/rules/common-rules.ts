// Rules that apply to every kind of report: each value on its own, comparisons between two
// measures of one row, and the change from the previous period.
import { UNIT_MAX, type MeasureDef, type Unit } from '../reports/measures'
import { finding, type Finding, type FindingLevel } from './findings'
import { formatAsEntered, formatChange, formatValue } from './format'
import type { RowView } from './rows'

/** Counts and days are entered as whole numbers; FTE and wages may carry decimals. */
const WHOLE_UNITS: ReadonlySet<Unit> = new Set<Unit>(['count', 'days'])

interface Problem {
  readonly rule: string
  readonly text: string
}

function valueProblems(def: MeasureDef, value: number): Problem[] {
  if (!Number.isFinite(value))
    return [{ rule: 'value-not-a-number', text: `${def.label} is not a number.` }]
  const problems: Problem[] = []
  if (value < 0) {
    problems.push({
      rule: 'value-negative',
      text: `${def.label} cannot be negative (${formatValue(def.unit, value)} entered).`,
    })
  }
  if (WHOLE_UNITS.has(def.unit) && !Number.isInteger(value)) {
    problems.push({
      rule: 'value-not-whole',
      text: `${def.label} must be a whole number (${formatAsEntered(value)} entered).`,
    })
  }
  if (value > UNIT_MAX[def.unit]) {
    const max = formatValue(def.unit, UNIT_MAX[def.unit])
    problems.push({
      rule: 'value-above-max',
      text: `${def.label} (${formatValue(def.unit, value)}) is larger than ${max}, the most this cell accepts; check for a typing error.`,
    })
  }
  return problems
}

/** Errors in one value taken on its own: negative, not whole, above the unit's sanity limit. */
export function valueFindings(row: RowView, def: MeasureDef): Finding[] {
  const value = row.values[def.key]
  if (value === null || value === undefined) return []
  return valueProblems(def, value).map((p) =>
    finding(row, { level: 'error', rule: p.rule, measure: def.key, text: p.text }),
  )
}

/**
 * The value when it is present and passes the value rules, else null. Comparison and change
 * rules look only at such values, so that one wrong figure is reported once, as an error.
 */
export function soundValue(values: RowView['values'], def: MeasureDef): number | null {
  const value = values[def.key]
  if (value === null || value === undefined) return null
  return valueProblems(def, value).length === 0 ? value : null
}

/** A rule between two measures of the same row: `measure` may not be more (or less) than `other`. */
export interface Comparison<K extends string = string> {
  readonly rule: string
  readonly level: FindingLevel
  /** The cell the finding attaches to (and where its explanation is written). */
  readonly measure: K
  readonly other: K
  /** 'at-most': fires when measure > other. 'at-least': fires when measure < other. */
  readonly bound: 'at-most' | 'at-least'
  /** The sentence, given both values already formatted. */
  readonly message: (value: string, other: string) => string
}

export function comparisonFindings(
  row: RowView,
  defs: readonly MeasureDef[],
  comparisons: readonly Comparison[],
): Finding[] {
  const byKey = new Map(defs.map((d) => [d.key, d]))
  const out: Finding[] = []
  for (const c of comparisons) {
    const def = byKey.get(c.measure)
    const otherDef = byKey.get(c.other)
    if (!def || !otherDef) continue
    const value = soundValue(row.values, def)
    const other = soundValue(row.values, otherDef)
    if (value === null || other === null) continue
    const fires = c.bound === 'at-most' ? value > other : value < other
    if (!fires) continue
    const text = c.message(formatValue(def.unit, value), formatValue(otherDef.unit, other))
    out.push(
      finding(row, { level: c.level, rule: c.rule, measure: c.measure, related: [c.other], text }),
    )
  }
  return out
}

/** A change is large when it is more than this share of the previous value… */
export const LARGE_CHANGE_SHARE = 0.5
/**
 * …and at least this much in the measure's unit. The floor keeps small rows quiet (4 → 7
 * completers is +75% but needs no explanation) and makes a start from 0 count only when the
 * new value is sizeable (0 → 5 completers fires, 0 → 3 does not).
 */
export const LARGE_CHANGE_MIN: Readonly<Record<Unit, number>> = {
  count: 5,
  fte: 1,
  days: 15,
  'dollars-per-hour': 2,
}

/** Room for binary fractions: 3.3 − 2.3 is 0.9999999999999996 in floating point. */
const EPSILON = 1e-9

export function isLargeChange(unit: Unit, previous: number, current: number): boolean {
  const change = Math.abs(current - previous)
  return (
    change >= LARGE_CHANGE_MIN[unit] - EPSILON && change > LARGE_CHANGE_SHARE * previous + EPSILON
  )
}

/**
 * A warning when a value moved a lot since the previous period for the same row and measure.
 * Both values must be present and sound; a missing value on either side is no change.
 */
export function changeFindings(row: RowView, previous: RowView, def: MeasureDef): Finding[] {
  const current = soundValue(row.values, def)
  const before = soundValue(previous.values, def)
  if (current === null || before === null || !isLargeChange(def.unit, before, current)) return []
  const share = before > 0 ? ` (${formatChange((current - before) / before)})` : ''
  const text = `${def.label} changed from ${formatValue(def.unit, before)} last period to ${formatValue(def.unit, current)}${share}.`
  return [finding(row, { level: 'warning', rule: 'large-change', measure: def.key, text })]
}

/** An occupation id outside the work group's list (only possible in data that skipped the schema). */
export function unknownOccupation(row: RowView, id: string): Finding {
  return finding(row, {
    level: 'error',
    rule: 'occupation-unknown',
    measure: 'occupation',
    text: `Occupation "${id}" is not one the work group tracks.`,
  })
}

/** A second row for the same program or occupation; the schema refuses it, imported data may not. */
export function duplicateRow(row: RowView, measure: 'programId' | 'occupation'): Finding {
  const what = measure === 'programId' ? 'program' : 'occupation'
  return finding(row, {
    level: 'error',
    rule: 'duplicate-row',
    measure,
    text: `This ${what} has more than one row; keep one and delete the others.`,
  })
}
