// A finding is one problem the rules see in one cell of a report. Errors block export; a
// warning blocks export until the partner writes an explanation for that cell, like the
// explanation edits of federal education surveys.
import type { RowView } from './rows'

export type FindingLevel = 'error' | 'warning'

export interface Finding {
  readonly level: FindingLevel
  /** Stable id of the rule, e.g. 'enrolled-above-seats'. */
  readonly rule: string
  /** The program id (education) or occupation id (employer, high school). */
  readonly rowId: string
  /**
   * The cell: a measure key from the catalogue, or for a problem with the row itself one of
   * 'programId', 'occupation' or 'cip'.
   */
  readonly measure: string
  /** Other measures the finding compares the cell with. */
  readonly related: string[]
  /** Plain English, starting with the row's name: "Radiography: Enrolled (42) is more than seats (30)." */
  readonly message: string
  /** Warnings only: the cell has a written explanation. Always false for errors. */
  readonly explained: boolean
}

export interface FindingSpec {
  readonly level: FindingLevel
  readonly rule: string
  readonly measure: string
  readonly related?: readonly string[]
  /** The sentence without the row's name. */
  readonly text: string
}

export function finding(row: RowView, spec: FindingSpec): Finding {
  const note = row.explanations[spec.measure]
  return {
    level: spec.level,
    rule: spec.rule,
    rowId: row.id,
    measure: spec.measure,
    related: [...(spec.related ?? [])],
    message: `${row.label}: ${spec.text}`,
    explained: spec.level === 'warning' && note !== undefined && note.trim() !== '',
  }
}

export interface ExportCheck {
  readonly ok: boolean
  readonly errors: Finding[]
  /** Warnings still waiting for an explanation. */
  readonly unexplained: Finding[]
}

export function canExport(findings: readonly Finding[]): ExportCheck {
  const errors = findings.filter((f) => f.level === 'error')
  const unexplained = findings.filter((f) => f.level === 'warning' && !f.explained)
  return { ok: errors.length === 0 && unexplained.length === 0, errors, unexplained }
}
