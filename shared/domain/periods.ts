// Reporting periods are data: an academic or fiscal year (July 1 – June 30 by default, matching
// IPEDS completions and the Massachusetts fiscal year) or an employer snapshot date.
import { z } from 'zod'

const IsoDate = z.iso.date()

export const PERIOD_KINDS = ['academic-year', 'fiscal-year', 'snapshot'] as const
export const PeriodKind = z.enum(PERIOD_KINDS)
export type PeriodKind = z.infer<typeof PeriodKind>

export const Period = z
  .object({
    kind: PeriodKind,
    start: IsoDate,
    end: IsoDate,
    label: z.string().trim().min(1).max(60),
  })
  .refine((p) => p.start <= p.end, {
    message: 'A period cannot end before it starts',
    path: ['end'],
  })
  .refine((p) => p.kind !== 'snapshot' || p.start === p.end, {
    message: 'A snapshot is a single date',
    path: ['end'],
  })
export type Period = z.infer<typeof Period>

/** The July–June year that starts in `startYear`: academicYear(2025) is July 1 2025 – June 30 2026. */
export function academicYear(
  startYear: number,
  kind: 'academic-year' | 'fiscal-year' = 'academic-year',
): Period {
  const endYY = String((startYear + 1) % 100).padStart(2, '0')
  const label = kind === 'academic-year' ? `AY ${startYear}–${endYY}` : `FY${startYear + 1}`
  return { kind, start: `${startYear}-07-01`, end: `${startYear + 1}-06-30`, label }
}

export function snapshot(date: string): Period {
  IsoDate.parse(date)
  return { kind: 'snapshot', start: date, end: date, label: `Snapshot ${date}` }
}

/** A stable key for a period, usable in ids and file names: "AY2025-26", "FY2026", "S2026-10-01". */
export function periodKey(p: Period): string {
  const startYear = Number(p.start.slice(0, 4))
  switch (p.kind) {
    case 'academic-year':
      return `AY${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`
    case 'fiscal-year':
      return `FY${Number(p.end.slice(0, 4))}`
    case 'snapshot':
      return `S${p.start}`
  }
}

/** The year a date falls in, July–June: 2026-03-15 → 2025 (AY 2025–26). */
export function julyYearOf(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4))
  const month = Number(isoDate.slice(5, 7))
  return month >= 7 ? year : year - 1
}

/** The period of the same kind one year earlier (used for year-over-year checks). */
export function previousPeriod(p: Period): Period {
  if (p.kind === 'snapshot') {
    const d = new Date(`${p.start}T00:00:00Z`)
    d.setUTCFullYear(d.getUTCFullYear() - 1)
    return snapshot(d.toISOString().slice(0, 10))
  }
  return academicYear(Number(p.start.slice(0, 4)) - 1, p.kind)
}

/** The calendar date of `now` where the user is (not in UTC): 2026-11-28 until local midnight. */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/**
 * Why a period cannot be started on `today` (an ISO date), or null. A snapshot describes
 * staffing on a day that has come: a date in the future is a typing slip.
 */
export function periodProblem(p: Period, today: string): string | null {
  if (p.kind === 'snapshot' && p.start > today)
    return `A snapshot describes your staffing on a day that has come; ${p.start} is in the future. Choose today (${today}) or an earlier date.`
  return null
}
