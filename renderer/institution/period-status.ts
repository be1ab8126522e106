// A period's status as the list shows it: draft until nothing blocks export, then ready;
// once exported, the revision (and whether it changed since).
import type { ReportingPeriod } from '../../shared/reports/draft'
import type { Report } from '../../shared/reports/schemas'
import { canExport, missingRequired, validateReport } from '../../shared/rules'

export interface ExportMark {
  revision: number
  exportedAt: string
}

export type PeriodStatus =
  | { kind: 'draft'; problems: number; missing: number }
  | { kind: 'ready' }
  | { kind: 'exported'; revision: number; changedSince: boolean }

export function periodStatus(
  rp: ReportingPeriod,
  report: Report,
  lastExport?: ExportMark,
): PeriodStatus {
  if (lastExport) {
    return {
      kind: 'exported',
      revision: lastExport.revision,
      changedSince: rp.updatedAt > lastExport.exportedAt,
    }
  }
  const check = canExport(validateReport(report))
  const missing = missingRequired(report).length
  if (check.ok && missing === 0 && report.rows.length > 0) return { kind: 'ready' }
  return { kind: 'draft', problems: check.errors.length + check.unexplained.length, missing }
}

export function statusText(status: PeriodStatus): string {
  switch (status.kind) {
    case 'draft': {
      const parts = []
      if (status.problems > 0)
        parts.push(`${status.problems} problem${status.problems === 1 ? '' : 's'}`)
      if (status.missing > 0)
        parts.push(`${status.missing} required figure${status.missing === 1 ? '' : 's'} missing`)
      return parts.length ? `Draft: ${parts.join(', ')}` : 'Draft'
    }
    case 'ready':
      return 'Ready to export'
    case 'exported':
      return `Exported as revision ${status.revision}${status.changedSince ? ' (changed since)' : ''}`
  }
}
