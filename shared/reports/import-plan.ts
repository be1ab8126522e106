// What importing a workbook's report into a period would do, decided from plain data: which
// programs are new, which row each of the file's rows lands on, and how many figures already
// entered it would replace. The repository reads what this needs and writes what it decided.
import type { Program, Report } from './schemas'

export interface ImportPlan {
  /** Programs in the file that match none on this computer; they will be added. */
  newPrograms: Program[]
  /** File row id → the row id it lands on in this period. */
  rowMap: Map<string, string>
  /** Figures the file holds (blank cells are not figures). */
  figures: number
  /** Figures already entered that the import will overwrite with a different value. */
  replaced: number
}

export interface ImportRow {
  rowId: string
  values: Record<string, number | null>
  explanations: Record<string, string | undefined>
}

/** A figure already entered in the period. */
export interface EnteredFigure {
  rowId: string
  measure: string
  value: number | null
}

/** The report's rows keyed the way a period keys them: by program id or occupation id. */
export function importRows(report: Report): ImportRow[] {
  return report.kind === 'education'
    ? report.rows.map((r) => ({
        rowId: r.programId,
        values: r.values,
        explanations: r.explanations,
      }))
    : report.rows.map((r) => ({
        rowId: r.occupation,
        values: r.values,
        explanations: r.explanations,
      }))
}

/**
 * A program in the file matches one here by id, or else by occupation and name (ignoring case),
 * so that a template filled on another computer lands on the same rows.
 */
export function planImport(
  report: Report,
  programs: readonly Program[],
  entered: readonly EnteredFigure[],
): ImportPlan {
  const newPrograms: Program[] = []
  const rowMap = new Map<string, string>()
  if (report.kind === 'education') {
    for (const p of report.programs) {
      const match =
        programs.find((x) => x.id === p.id) ??
        programs.find(
          (x) => x.occupation === p.occupation && x.name.toLowerCase() === p.name.toLowerCase(),
        )
      if (match) rowMap.set(p.id, match.id)
      else {
        newPrograms.push(p)
        rowMap.set(p.id, p.id)
      }
    }
  } else for (const r of report.rows) rowMap.set(r.occupation, r.occupation)

  const before = new Map(entered.map((c) => [`${c.rowId}\u0000${c.measure}`, c.value]))
  let figures = 0
  let replaced = 0
  for (const row of importRows(report)) {
    const target = rowMap.get(row.rowId) ?? row.rowId
    for (const [measure, value] of Object.entries(row.values)) {
      if (value === null) continue
      figures += 1
      const was = before.get(`${target}\u0000${measure}`)
      if (was !== undefined && was !== null && was !== value) replaced += 1
    }
  }
  return { newPrograms, rowMap, figures, replaced }
}
