// Who has reported: for a cycle, each expected partner and kind of report with its state, the
// revision the board holds and when it arrived, and the totals in DHIS2's terms (expected
// reports, actual reports, reporting rate, actual reports on time, reporting rate on time).
// On time means the first revision arrived by the due date; a later revision that replaces it
// does not make the report late.
import type { CollectionCycle, ReportKind } from './cycle'

export type ReportingState =
  /** Arrived by the due date. */
  | 'received'
  /** Arrived after the due date. */
  | 'late'
  /** Not arrived, and the due date has passed. */
  | 'missing'
  /** Not arrived yet; the due date is still ahead. */
  | 'awaited'

export const REPORTING_STATE_LABELS: Record<ReportingState, string> = {
  received: 'Received',
  late: 'Late',
  missing: 'Missing',
  awaited: 'Not yet received',
}

/** One revision the board holds, as the matrix needs it. */
export interface MergedRevision {
  readonly institutionId: string
  readonly kind: ReportKind
  readonly periodKey: string
  readonly periodLabel: string
  readonly revision: number
  /** The day the board received it (ISO date). */
  readonly receivedOn: string
}

export interface HeldPeriod {
  readonly periodKey: string
  readonly periodLabel: string
  /** The revision in force: the highest. */
  readonly revision: number
  readonly receivedOn: string
  /** Lower revisions of the same period it superseded, oldest first. */
  readonly superseded: readonly number[]
}

export interface MatrixCell {
  readonly institutionId: string
  readonly kind: ReportKind
  /** False for a partner that reported without being on the cycle's list. */
  readonly expected: boolean
  readonly state: ReportingState
  /** Periods held for this partner and kind in the cycle (employers may send several snapshots). */
  readonly periods: readonly HeldPeriod[]
  /** When the first revision of any period arrived. */
  readonly firstReceivedOn: string | null
}

export interface ReportingTotals {
  readonly expected: number
  readonly actual: number
  readonly onTime: number
  /** actual ÷ expected; null when nothing is expected. */
  readonly reportingRate: number | null
  readonly onTimeRate: number | null
}

export interface ReportingMatrix {
  readonly cells: readonly MatrixCell[]
  readonly totals: ReportingTotals
  /** The same totals per kind of report. */
  readonly byKind: Readonly<Record<ReportKind, ReportingTotals>>
}

const KINDS: readonly ReportKind[] = ['education', 'high-school', 'employer']

/**
 * The matrix of `cycle` from the revisions held for it (already filtered to the cycle's periods),
 * as of `today` (ISO date).
 */
export function reportingMatrix(
  cycle: CollectionCycle,
  held: readonly MergedRevision[],
  today: string,
): ReportingMatrix {
  const cellKey = (institutionId: string, kind: ReportKind) => `${institutionId}\u0000${kind}`
  const grouped = new Map<string, MergedRevision[]>()
  for (const r of held) {
    const key = cellKey(r.institutionId, r.kind)
    grouped.set(key, [...(grouped.get(key) ?? []), r])
  }
  const expectedKeys = new Set(cycle.expected.map((e) => cellKey(e.institutionId, e.kind)))
  const cell = (institutionId: string, kind: ReportKind, expected: boolean): MatrixCell => {
    const revisions = grouped.get(cellKey(institutionId, kind)) ?? []
    const periods = heldPeriods(revisions)
    const firstReceivedOn = revisions.reduce<string | null>(
      (first, r) => (first === null || r.receivedOn < first ? r.receivedOn : first),
      null,
    )
    const state: ReportingState =
      firstReceivedOn === null
        ? today > cycle.dueDate
          ? 'missing'
          : 'awaited'
        : firstReceivedOn <= cycle.dueDate
          ? 'received'
          : 'late'
    return { institutionId, kind, expected, state, periods, firstReceivedOn }
  }
  const cells = [
    ...cycle.expected.map((e) => cell(e.institutionId, e.kind, true)),
    ...[...grouped.values()]
      .map((rs) => rs[0]!)
      .filter((r) => !expectedKeys.has(cellKey(r.institutionId, r.kind)))
      .map((r) => cell(r.institutionId, r.kind, false)),
  ]
  const counted = cells.filter((c) => c.expected)
  const byKind = Object.fromEntries(
    KINDS.map((kind) => [kind, totalsOf(counted.filter((c) => c.kind === kind))]),
  ) as Record<ReportKind, ReportingTotals>
  return { cells, totals: totalsOf(counted), byKind }
}

function heldPeriods(revisions: readonly MergedRevision[]): HeldPeriod[] {
  const byPeriod = new Map<string, MergedRevision[]>()
  for (const r of revisions) byPeriod.set(r.periodKey, [...(byPeriod.get(r.periodKey) ?? []), r])
  return [...byPeriod.values()]
    .map((rs) => {
      const sorted = rs.toSorted((a, b) => a.revision - b.revision)
      const top = sorted.at(-1)!
      return {
        periodKey: top.periodKey,
        periodLabel: top.periodLabel,
        revision: top.revision,
        receivedOn: top.receivedOn,
        superseded: sorted.slice(0, -1).map((r) => r.revision),
      }
    })
    .sort((a, b) => a.periodKey.localeCompare(b.periodKey))
}

function totalsOf(cells: readonly MatrixCell[]): ReportingTotals {
  const expected = cells.length
  const actual = cells.filter((c) => c.state === 'received' || c.state === 'late').length
  const onTime = cells.filter((c) => c.state === 'received').length
  return {
    expected,
    actual,
    onTime,
    reportingRate: expected === 0 ? null : actual / expected,
    onTimeRate: expected === 0 ? null : onTime / expected,
  }
}
