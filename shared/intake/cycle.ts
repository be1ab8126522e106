// A collection cycle: what the board collects in one season. The outcomes of one academic year
// (colleges and high schools report that year), the employer snapshots taken in a window after
// it (by default the twelve months after the year ends), a due date, and the partners expected
// to report with the kind of report each sends.
import { z } from 'zod'
import { InstitutionId } from '../domain/ids'
import { academicYear, periodKey, type Period } from '../domain/periods'
import { Role } from '../domain/roles'

const IsoDate = z.iso.date()

export const ReportKind = Role.exclude(['board'])
export type ReportKind = z.infer<typeof ReportKind>

export const ExpectedReport = z.strictObject({
  institutionId: InstitutionId,
  kind: ReportKind,
})
export type ExpectedReport = z.infer<typeof ExpectedReport>

export const CollectionCycle = z
  .strictObject({
    /** The academic year's key, e.g. "AY2025-26"; also the cycle's id. */
    id: z
      .string()
      .regex(/^AY\d{4}-\d{2}$/, 'A cycle is named after its academic year, e.g. AY2025-26'),
    /** First year of the academic year: 2025 for AY 2025–26. */
    startYear: z.int().min(2000).max(2100),
    /** Employer snapshot dates counted in this cycle, both ends included. */
    snapshots: z.strictObject({ from: IsoDate, to: IsoDate }),
    /** Reports received after this day are late. */
    dueDate: IsoDate,
    expected: z.array(ExpectedReport).max(2000),
  })
  .refine((c) => c.id === periodKey(academicYear(c.startYear)), {
    message: 'The cycle id does not match its academic year',
    path: ['id'],
  })
  .refine((c) => c.snapshots.from <= c.snapshots.to, {
    message: 'The snapshot window ends before it starts',
    path: ['snapshots', 'to'],
  })
  .refine(
    (c) =>
      new Set(c.expected.map((e) => `${e.institutionId}\u0000${e.kind}`)).size ===
      c.expected.length,
    { message: 'A partner is expected twice for the same kind of report', path: ['expected'] },
  )
export type CollectionCycle = z.infer<typeof CollectionCycle>

/**
 * A cycle with the defaults BOARD.md gives: the academic year starting `startYear`, employer
 * snapshots from the July after it ends to the June after that, due on October 31 after the
 * year ends.
 */
export function defaultCycle(
  startYear: number,
  expected: readonly ExpectedReport[] = [],
): CollectionCycle {
  return CollectionCycle.parse({
    id: periodKey(academicYear(startYear)),
    startYear,
    snapshots: { from: `${startYear + 1}-07-01`, to: `${startYear + 2}-06-30` },
    dueDate: `${startYear + 1}-10-31`,
    expected: [...expected],
  })
}

/** Whether a submission's period is one this cycle collects, for its kind of report. */
export function periodInCycle(cycle: CollectionCycle, kind: ReportKind, period: Period): boolean {
  if (kind === 'employer') {
    return (
      period.kind === 'snapshot' &&
      period.start >= cycle.snapshots.from &&
      period.start <= cycle.snapshots.to
    )
  }
  return period.kind === 'academic-year' && periodKey(period) === cycle.id
}

/** What the cycle collects, in words: "AY 2025–26, and employer snapshots from … to …". */
export function describeCycleWindow(cycle: CollectionCycle): string {
  return `${academicYear(cycle.startYear).label} for colleges and high schools, and employer snapshots dated ${cycle.snapshots.from} to ${cycle.snapshots.to}`
}
