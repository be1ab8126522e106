// Option values the commands share: report kinds, periods written as in file names
// ("AY2025-26", "FY2026", "S2026-10-01"), institutions and contacts.
import { z } from 'zod'
import { InstitutionId } from '../../shared/domain/ids'
import { PARTNER_DIRECTORY } from '../../shared/domain/partners'
import { academicYear, snapshot, type Period } from '../../shared/domain/periods'
import type { ReportKind } from '../../shared/reports/schemas'
import { UsageError } from './command'

export const REPORT_KINDS = [
  'education',
  'employer',
  'high-school',
] as const satisfies readonly ReportKind[]

export function reportKind(value: string): ReportKind {
  const kind = REPORT_KINDS.find((k) => k === value)
  if (!kind)
    throw new UsageError(`--kind must be one of ${REPORT_KINDS.join(', ')}, not "${value}"`)
  return kind
}

/** "AY2025-26" (academic year), "FY2026" (fiscal year July 2025 – June 2026) or "S2026-10-01" (snapshot). */
export function periodOption(value: string): Period {
  const ay = /^AY(\d{4})-(\d{2})$/.exec(value)
  if (ay) {
    const start = Number(ay[1])
    if (Number(ay[2]) !== (start + 1) % 100) {
      throw new UsageError(
        `--period ${value}: an academic year runs into the next year (AY${start}-${String((start + 1) % 100).padStart(2, '0')})`,
      )
    }
    return academicYear(start)
  }
  const fy = /^FY(\d{4})$/.exec(value)
  if (fy) return academicYear(Number(fy[1]) - 1, 'fiscal-year')
  const snap = /^S(\d{4}-\d{2}-\d{2})$/.exec(value)
  if (snap?.[1] && z.iso.date().safeParse(snap[1]).success) return snapshot(snap[1])
  throw new UsageError(
    `--period must look like AY2025-26 (academic year), FY2026 (fiscal year) or S2026-10-01 (snapshot date), not "${value}"`,
  )
}

/** Employers report a snapshot date; colleges and high schools a July–June year, as in the app. */
export function checkPeriodFits(kind: ReportKind, period: Period): void {
  if (kind === 'employer' && period.kind !== 'snapshot') {
    throw new UsageError('an employer report is a snapshot on one date: use --period S2026-10-01')
  }
  if (kind !== 'employer' && period.kind === 'snapshot') {
    throw new UsageError(`a ${kind} report covers a year: use --period AY2025-26`)
  }
}

export function institutionId(value: string): InstitutionId {
  const parsed = InstitutionId.safeParse(value)
  if (!parsed.success) {
    throw new UsageError(
      `--institution "${value}" is not an institution id: lower-case letters, digits and dashes, like holyoke-community-college`,
    )
  }
  return parsed.data
}

/** The institution's name from the partner directory, or from --institution-name for others. */
export function institutionName(id: InstitutionId, given: string | undefined): string {
  const listed = PARTNER_DIRECTORY.find((p) => p.id === id)
  const name = given?.trim() || listed?.name
  if (!name) {
    throw new UsageError(
      `"${id}" is not in the partner directory: give its name with --institution-name`,
    )
  }
  if (name.length < 2 || name.length > 120) {
    throw new UsageError('--institution-name must be 2 to 120 characters')
  }
  return name
}

export function contact(name: string | undefined, email: string | undefined) {
  if (name === undefined || email === undefined) {
    throw new UsageError('--contact-name and --contact-email are required')
  }
  const trimmed = name.trim()
  if (trimmed.length < 2 || trimmed.length > 100) {
    throw new UsageError('--contact-name must be 2 to 100 characters')
  }
  if (!z.email().max(200).safeParse(email).success) {
    throw new UsageError(`--contact-email "${email}" is not an e-mail address`)
  }
  return { name: trimmed, email }
}
