// Everything the figures screen derives from a period's stored figures: findings (with last
// year's period for the change check), required figures still empty, completeness, and the
// state of every cell. Each row is checked on its own and cached on its stored-figures object,
// so an edit re-validates the edited row only; the period-level rule (one row per program or
// occupation) is checked over the row list.
import { useMemo } from 'react'
import { occupation, type OccupationId } from '../../shared/domain/occupations'
import { assembleReport, type ReportingPeriod } from '../../shared/reports/draft'
import { sectionsOf } from '../../shared/reports/measures'
import { measuresFor, type Program, type Report } from '../../shared/reports/schemas'
import { validateReport, type Finding, type SectionCompleteness } from '../../shared/rules'
import { storedRow, type FiguresSnapshot, type StoredRow } from '../db/period-figures'
import { usePreviousReport } from '../db/period-hooks'
import { checkRow, previousByRow, type RowCheck } from './row-check'

export interface ReportCheck {
  /**
   * The whole report, null when a stored figure could not be read. Assembled on first use
   * only (the export screen), so that an edit on the figures screen never builds it.
   */
  readonly report: Report | null
  /** Set when some stored figures could not be read (a damaged record). */
  damage: string | null
  findings: Finding[]
  findingsByCell: Map<string, Finding[]>
  missing: Set<string>
  sections: SectionCompleteness[]
  rowLabel: (rowId: string) => string
  /** Each row's check, by row id, for the grid's cell states. */
  rows: ReadonlyMap<string, RowCheck>
}

export const cellKey = (rowId: string, measure: string) => `${rowId}\u0000${measure}`

interface Cached {
  readonly program: Program | undefined
  readonly previous: Report | undefined
  readonly label: string
  readonly check: RowCheck
}
const checked = new WeakMap<StoredRow, Cached>()
const previousRows = new WeakMap<Report, ReadonlyMap<string, Report>>()

function cachedCheck(
  rp: ReportingPeriod,
  row: StoredRow,
  program: Program | undefined,
  previous: Report | undefined,
  label: string,
): RowCheck {
  const hit = checked.get(row)
  if (hit && hit.program === program && hit.previous === previous && hit.label === label)
    return hit.check
  const check = checkRow(row, { rp, program, previous, label })
  checked.set(row, { program, previous, label, check })
  return check
}

export function useReportCheck(
  rp: ReportingPeriod,
  figures: FiguresSnapshot,
  programs: readonly Program[],
): ReportCheck {
  // Only the same institution's previous period: another institution's figures are not "last year".
  const previous = usePreviousReport(rp)

  const context = useMemo(() => {
    const byId = new Map(programs.map((p) => [p.id as string, p]))
    const rowLabel = (rowId: string) =>
      rp.kind === 'education'
        ? (byId.get(rowId)?.name ?? rowId)
        : occupation(rowId as OccupationId).name
    let lastYear: ReadonlyMap<string, Report> = new Map()
    if (previous && previous.kind === rp.kind) {
      lastYear = previousRows.get(previous) ?? previousByRow(previous)
      previousRows.set(previous, lastYear)
    }
    return { byId, rowLabel, lastYear }
  }, [rp.kind, programs, previous])

  return useMemo(() => {
    const { byId, rowLabel, lastYear } = context
    const rows = new Map<string, RowCheck>()
    const findings: Finding[] = []
    const missing = new Set<string>()
    const damaged: string[] = []
    const sectionList = sectionsOf(measuresFor(rp.kind))
    const filled = sectionList.map(() => 0)
    for (const rowId of rp.rowIds) {
      const check = cachedCheck(
        rp,
        storedRow(figures, rowId),
        byId.get(rowId),
        lastYear.get(rowId),
        rowLabel(rowId),
      )
      rows.set(rowId, check)
      findings.push(...check.findings)
      for (const measure of check.missing) missing.add(cellKey(rowId, measure))
      check.filled.forEach((n, i) => (filled[i] = (filled[i] ?? 0) + n))
      if (check.damage) damaged.push(check.damage)
    }
    // The one rule across rows: a program or occupation listed twice. The period's screens
    // never add a row twice, so this is the rare damaged case: check the whole report then.
    if (new Set(rp.rowIds).size !== rp.rowIds.length && damaged.length === 0) {
      findings.push(...duplicateRowFindings(rp, figures, programs, rowLabel))
    }
    const findingsByCell = new Map<string, Finding[]>()
    for (const f of findings) {
      const key = cellKey(f.rowId, f.measure)
      findingsByCell.set(key, [...(findingsByCell.get(key) ?? []), f])
    }
    const sections = sectionList.map(({ section, measures }, i) => ({
      section,
      filled: filled[i] ?? 0,
      total: rp.rowIds.length * measures.length,
    }))
    const damage = damaged.length ? damaged.join(' ') : null
    let report: Report | null | undefined
    const assemble = (): Report | null => {
      if (damage) return null
      try {
        const cells = [...figures.rows.values()].flatMap((row) => [...row.cells.values()])
        return assembleReport(rp, cells, programs)
      } catch {
        return null
      }
    }
    return {
      get report() {
        return (report ??= assemble())
      },
      damage,
      findings,
      findingsByCell,
      missing,
      sections,
      rowLabel,
      rows,
    }
  }, [rp, figures, programs, context])
}

/** The duplicate-row findings of the whole report; assembled only in that rare case. */
function duplicateRowFindings(
  rp: ReportingPeriod,
  figures: FiguresSnapshot,
  programs: readonly Program[],
  rowLabel: (rowId: string) => string,
): Finding[] {
  const cells = [...figures.rows.values()].flatMap((row) => [...row.cells.values()])
  const report = assembleReport(rp, cells, programs)
  return validateReport(report, { rowLabel }).filter((f) => f.rule === 'duplicate-row')
}
