// Runs every rule over a report and returns the findings in a fixed order: rows in report
// order (then programs that have no row), and within a row the row's own fields first, then
// measures in catalogue order. The same report always gives the same list.
import type { MeasureDef } from '../reports/measures'
import { measuresFor, type Program, type Report } from '../reports/schemas'
import {
  changeFindings,
  comparisonFindings,
  duplicateRow,
  unknownOccupation,
  valueFindings,
  type Comparison,
} from './common-rules'
import { EDUCATION_COMPARISONS, programFindings } from './education-rules'
import { EMPLOYER_COMPARISONS } from './employer-rules'
import type { Finding } from './findings'
import { defaultRowLabel, isKnownOccupation, rowViews, type RowLabel, type RowView } from './rows'

export interface ValidationContext {
  /** The same partner's report for the previous period; ignored when it is of another kind. */
  readonly previous?: Report | undefined
  /** The row's name for messages; defaults to the program name or the occupation name. */
  readonly rowLabel?: RowLabel | undefined
}

/** Cells that are not measures: problems with the row itself come before its figures. */
const ROW_FIELDS = ['programId', 'occupation', 'cip'] as const

const COMPARISONS: Record<Report['kind'], readonly Comparison[]> = {
  education: EDUCATION_COMPARISONS,
  employer: EMPLOYER_COMPARISONS,
  // High-school figures are independent counts: only the value and change rules apply.
  'high-school': [],
}

export function validateReport(report: Report, context: ValidationContext = {}): Finding[] {
  const defs = measuresFor(report.kind)
  const label = context.rowLabel ?? defaultRowLabel(report)
  const rows = rowViews(report, label)
  const previous = new Map<string, RowView>()
  if (context.previous?.kind === report.kind) {
    for (const row of rowViews(context.previous, (id) => id)) previous.set(row.id, row)
  }
  const programs = report.kind === 'education' ? report.programs : []
  const seen = new Set<string>()
  const findings: Finding[] = []
  for (const row of rows) {
    const own = rowFieldFindings(report, row, programs, seen.has(row.id))
    seen.add(row.id)
    for (const def of defs) own.push(...valueFindings(row, def))
    own.push(...comparisonFindings(row, defs, COMPARISONS[report.kind]))
    const before = previous.get(row.id)
    if (before) for (const def of defs) own.push(...changeFindings(row, before, def))
    findings.push(...inCellOrder(own, defs))
  }
  for (const program of programs) {
    if (seen.has(program.id)) continue
    const row: RowView = { id: program.id, label: label(program.id), values: {}, explanations: {} }
    findings.push(...programFindings(row, program))
  }
  return findings
}

function rowFieldFindings(
  report: Report,
  row: RowView,
  programs: readonly Program[],
  duplicate: boolean,
): Finding[] {
  const out: Finding[] = []
  if (report.kind === 'education') {
    if (duplicate) out.push(duplicateRow(row, 'programId'))
    const program = programs.find((p) => p.id === row.id)
    out.push(...programFindings(row, program))
  } else {
    if (duplicate) out.push(duplicateRow(row, 'occupation'))
    if (!isKnownOccupation(row.id)) out.push(unknownOccupation(row, row.id))
  }
  return out
}

/** Stable sort: findings on the same cell keep the order the rules ran in. */
function inCellOrder(findings: readonly Finding[], defs: readonly MeasureDef[]): Finding[] {
  const rank = new Map<string, number>(
    [...ROW_FIELDS, ...defs.map((d) => d.key)].map((k, i) => [k, i]),
  )
  const at = (f: Finding) => rank.get(f.measure) ?? rank.size
  return findings.toSorted((a, b) => at(a) - at(b))
}
