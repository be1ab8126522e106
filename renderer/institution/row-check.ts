// The rules, run one row at a time. A row's findings depend only on its own figures, its
// program and last year's figures for the same row, so an edit re-validates the edited row
// alone; the results are cached on the row's stored-figures object, which changes only when
// one of its cells does.
import { assembleReport, type Cell, type ReportingPeriod } from '../../shared/reports/draft'
import { sectionsOf } from '../../shared/reports/measures'
import { measuresFor, type Program, type Report } from '../../shared/reports/schemas'
import { completeness, missingRequired, validateReport, type Finding } from '../../shared/rules'
import type { StoredRow } from '../db/period-figures'
import type { CellState } from '../grid/types'

export interface RowCheck {
  readonly findings: readonly Finding[]
  /** Required measures of this row still empty. */
  readonly missing: readonly string[]
  /** Filled cells per section, sections in catalogue order. */
  readonly filled: readonly number[]
  /** What the grid shows per measure; measures without a finding are absent. */
  readonly states: ReadonlyMap<string, CellState>
  /** Set when a stored figure of this row could not be read. */
  readonly damage: string | null
}

export interface RowContext {
  readonly rp: ReportingPeriod
  readonly program: Program | undefined
  /** Last year's report cut down to this row, when there was one. */
  readonly previous: Report | undefined
  readonly label: string
}

function statesOf(findings: readonly Finding[]): ReadonlyMap<string, CellState> {
  const byMeasure = new Map<string, Finding[]>()
  for (const f of findings) byMeasure.set(f.measure, [...(byMeasure.get(f.measure) ?? []), f])
  const states = new Map<string, CellState>()
  for (const [measure, found] of byMeasure) {
    const error = found.find((f) => f.level === 'error')
    const shown = error ?? found[0]!
    states.set(measure, {
      level: shown.level,
      message: shown.message,
      explained: !error && found.every((f) => f.explained),
    })
  }
  return states
}

export function checkRow(row: StoredRow, context: RowContext): RowCheck {
  const { rp, program, previous, label } = context
  const cells: Cell[] = [...row.cells.values()]
  let report: Report
  try {
    report = assembleReport({ ...rp, rowIds: [row.rowId] }, cells, program ? [program] : [])
  } catch (error) {
    const sections = sectionsOf(measuresFor(rp.kind))
    return {
      findings: [],
      missing: [],
      filled: sections.map(() => 0),
      states: new Map(),
      damage: `${label}: ${error instanceof Error ? error.message : String(error)}`,
    }
  }
  const findings = validateReport(report, { previous, rowLabel: () => label })
  return {
    findings,
    missing: missingRequired(report).map((m) => m.measure),
    filled: completeness(report).map((s) => s.filled),
    states: statesOf(findings),
    damage: null,
  }
}

/** Last year's report cut down to each of its rows, so the change rule sees only that row. */
export function previousByRow(previous: Report): ReadonlyMap<string, Report> {
  switch (previous.kind) {
    case 'education':
      return new Map(previous.rows.map((r) => [r.programId, { ...previous, rows: [r] }]))
    case 'employer':
      return new Map(previous.rows.map((r) => [r.occupation, { ...previous, rows: [r] }]))
    case 'high-school':
      return new Map(previous.rows.map((r) => [r.occupation, { ...previous, rows: [r] }]))
  }
}
