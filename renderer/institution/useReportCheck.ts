// Everything the figures screen derives from a period's cells: the assembled report, its
// findings (with last year's period for the change check), and per-cell lookups.
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import { occupation, type OccupationId } from '../../shared/domain/occupations'
import { assembleReport, type Cell, type ReportingPeriod } from '../../shared/reports/draft'
import type { Program, Report } from '../../shared/reports/schemas'
import { completeness, missingRequired, validateReport, type Finding } from '../../shared/rules'
import { reporting } from '../db/app-data'

export interface ReportCheck {
  report: Report | null
  /** Set when the stored figures could not be assembled (a damaged record). */
  damage: string | null
  findings: Finding[]
  findingsByCell: Map<string, Finding[]>
  missing: Set<string>
  sections: ReturnType<typeof completeness>
  rowLabel: (rowId: string) => string
}

export const cellKey = (rowId: string, measure: string) => `${rowId}\u0000${measure}`

export function useReportCheck(
  rp: ReportingPeriod,
  cells: readonly Cell[],
  programs: readonly Program[],
): ReportCheck {
  // Only the same institution's previous period: another institution's figures are not "last year".
  const previous = useLiveQuery(async () => (await reporting.loadPreviousReport(rp)) ?? null, [rp])

  return useMemo(() => {
    const rowLabel = (rowId: string) =>
      rp.kind === 'education'
        ? (programs.find((p) => p.id === rowId)?.name ?? rowId)
        : occupation(rowId as OccupationId).name
    let report: Report | null = null
    let damage: string | null = null
    try {
      report = assembleReport(rp, cells, programs)
    } catch (error) {
      damage = error instanceof Error ? error.message : String(error)
    }
    const findings = report
      ? validateReport(report, { previous: previous ?? undefined, rowLabel })
      : []
    const findingsByCell = new Map<string, Finding[]>()
    for (const f of findings) {
      const key = cellKey(f.rowId, f.measure)
      findingsByCell.set(key, [...(findingsByCell.get(key) ?? []), f])
    }
    const missing = new Set(
      report ? missingRequired(report).map((m) => cellKey(m.rowId, m.measure)) : [],
    )
    const sections = report ? completeness(report) : []
    return { report, damage, findings, findingsByCell, missing, sections, rowLabel }
  }, [rp, cells, programs, previous])
}
