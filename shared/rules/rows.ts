// One shape for the rows of every kind of report, so that a rule is written once and runs on
// education, employer and high-school reports alike.
import { OCCUPATION_IDS, occupation, type OccupationId } from '../domain/occupations'
import type { Report } from '../reports/schemas'

export interface RowView {
  /** The program id (education) or occupation id (employer, high school). */
  readonly id: string
  /** The row's name as the user knows it, used at the start of every message. */
  readonly label: string
  readonly values: Readonly<Record<string, number | null | undefined>>
  readonly explanations: Readonly<Record<string, string | undefined>>
}

export type RowLabel = (rowId: string) => string

const knownOccupations: ReadonlySet<string> = new Set(OCCUPATION_IDS)

export function isKnownOccupation(id: string): id is OccupationId {
  return knownOccupations.has(id)
}

/** The name shown for a row when the caller gives none: the program's name or the occupation's. */
export function defaultRowLabel(report: Report): RowLabel {
  if (report.kind === 'education') {
    const names = new Map<string, string>(report.programs.map((p) => [p.id, p.name]))
    return (id) => names.get(id) ?? id
  }
  return (id) => (isKnownOccupation(id) ? occupation(id).name : id)
}

/** The rows of a report in their stored order. */
export function rowViews(report: Report, label: RowLabel = defaultRowLabel(report)): RowView[] {
  switch (report.kind) {
    case 'education':
      return report.rows.map((r) => view(r.programId, label, r.values, r.explanations))
    case 'employer':
      return report.rows.map((r) => view(r.occupation, label, r.values, r.explanations))
    case 'high-school':
      return report.rows.map((r) => view(r.occupation, label, r.values, r.explanations))
  }
}

function view(
  id: string,
  label: RowLabel,
  values: RowView['values'],
  explanations: RowView['explanations'],
): RowView {
  return { id, label: label(id), values, explanations }
}
