// A period's status as the list shows it, from the export gate's own decision: draft until
// nothing blocks export, then ready; once exported, the revision (and whether it changed since).
import type { ReportingPeriod } from '../../shared/reports/draft'
import type { ReadinessSummary } from '../db/period-statuses'

export interface ExportMark {
  revision: number
  exportedAt: string
}

export type PeriodStatus =
  | { kind: 'draft'; problems: number; missing: number; empty: boolean }
  | { kind: 'ready' }
  | { kind: 'exported'; revision: number; changedSince: boolean }

export function periodStatus(
  rp: ReportingPeriod,
  readiness: ReadinessSummary,
  lastExport?: ExportMark,
): PeriodStatus {
  if (lastExport) {
    return {
      kind: 'exported',
      revision: lastExport.revision,
      changedSince: rp.updatedAt > lastExport.exportedAt,
    }
  }
  if (readiness.ok) return { kind: 'ready' }
  const { problems, missing, empty } = readiness
  return { kind: 'draft', problems, missing, empty }
}

export function statusText(status: PeriodStatus, rows = 'programs'): string {
  switch (status.kind) {
    case 'draft': {
      const parts = []
      if (status.empty) parts.push(`no ${rows} yet`)
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
