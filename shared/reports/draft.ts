// A report as it is being entered: one record per cell, so that every edit is a small atomic
// write. `assembleReport` turns the cells of a period back into a schema-checked report.
import { z } from 'zod'
import { InstitutionId } from '../domain/ids'
import { Period, periodKey } from '../domain/periods'
import { Report, measuresFor, type Program, type ReportKind } from './schemas'

export const ReportingPeriod = z.object({
  /** periodKey(period), e.g. "AY2025-26" or "S2026-10-01". */
  id: z.string().min(1).max(40),
  /** The institution whose figures these are; a profile switched to another one never sees them. */
  institutionId: InstitutionId,
  kind: z.enum(['education', 'employer', 'high-school']),
  period: Period,
  /** Program ids (education) or occupation ids (employer, high school), in display order. */
  rowIds: z.array(z.string().min(1).max(64)).max(200),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
})
export type ReportingPeriod = z.infer<typeof ReportingPeriod>

export const Cell = z.object({
  periodId: z.string().min(1).max(40),
  rowId: z.string().min(1).max(64),
  measure: z.string().min(1).max(64),
  value: z.number().nullable(),
  explanation: z.string().max(1000),
  updatedAt: z.iso.datetime(),
  /** Always the institution of the cell's period, written from the period record. */
  institutionId: InstitutionId,
})
export type Cell = z.infer<typeof Cell>

export function newReportingPeriod(
  institutionId: InstitutionId,
  kind: ReportKind,
  period: Period,
  rowIds: readonly string[],
  now: Date,
): ReportingPeriod {
  const at = now.toISOString()
  return ReportingPeriod.parse({
    id: periodKey(period),
    institutionId,
    kind,
    period,
    rowIds: [...rowIds],
    createdAt: at,
    updatedAt: at,
  })
}

/**
 * Starts `period` with the structure of `previous` (its programs or occupations) and none of
 * its figures. Programs that no longer exist are left out.
 */
export function copyForward(
  previous: ReportingPeriod,
  period: Period,
  now: Date,
  existingRowIds: ReadonlySet<string>,
): ReportingPeriod {
  const rowIds = previous.rowIds.filter((id) => existingRowIds.has(id))
  return newReportingPeriod(previous.institutionId, previous.kind, period, rowIds, now)
}

/** Builds the report of a period from its cells. Throws a ZodError when a stored value is out of shape. */
export function assembleReport(
  rp: ReportingPeriod,
  cells: readonly Cell[],
  programs: readonly Program[],
): Report {
  const measures = measuresFor(rp.kind)
  const byRow = new Map<
    string,
    { values: Record<string, number | null>; explanations: Record<string, string> }
  >()
  for (const rowId of rp.rowIds) {
    byRow.set(rowId, {
      values: Object.fromEntries(measures.map((m) => [m.key, null])),
      explanations: {},
    })
  }
  const known = new Set(measures.map((m) => m.key))
  for (const cell of cells) {
    const row = byRow.get(cell.rowId)
    if (!row || !known.has(cell.measure)) continue
    row.values[cell.measure] = cell.value
    if (cell.explanation.trim() !== '') row.explanations[cell.measure] = cell.explanation.trim()
  }
  const rows = rp.rowIds.map((rowId) => ({ rowId, ...byRow.get(rowId)! }))
  switch (rp.kind) {
    case 'education':
      return Report.parse({
        kind: 'education',
        programs: programs.filter((p) => rp.rowIds.includes(p.id)),
        rows: rows.map(({ rowId, values, explanations }) => ({
          programId: rowId,
          values,
          explanations,
        })),
      })
    case 'employer':
    case 'high-school':
      return Report.parse({
        kind: rp.kind,
        rows: rows.map(({ rowId, values, explanations }) => ({
          occupation: rowId,
          values,
          explanations,
        })),
      })
  }
}
