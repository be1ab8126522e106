// Periods, programs and cells: what a partner enters. Every write is one transaction; every
// read is parsed, so the screens only ever see well-formed records.
import type { InstitutionId, SubmissionId } from '../../shared/domain/ids'
import {
  localIsoDate,
  periodKey,
  periodProblem,
  previousPeriod,
  type Period,
} from '../../shared/domain/periods'
import {
  Cell,
  ReportingPeriod,
  assembleReport,
  copyForward,
  newReportingPeriod,
} from '../../shared/reports/draft'
import { importRows, type ImportPlan } from '../../shared/reports/import-plan'
import { Program, type Report, type ReportKind } from '../../shared/reports/schemas'
import { PROFILE_KEY, type AppDatabase } from './database'
import { draftKey } from './draft-repository'
import { ExportRecord } from './export-record'
import { RevisionMark, higherMark } from './revision-mark'

export interface CellEdit {
  rowId: string
  measure: string
  value: number | null
}

/** The institution's periods of one kind, newest first; other institutions' are never listed. */
export async function listPeriods(
  db: AppDatabase,
  institutionId: InstitutionId,
  kind: ReportKind,
): Promise<ReportingPeriod[]> {
  const rows = await db.periods.where('institutionId').equals(institutionId).toArray()
  return rows
    .map((r) => ReportingPeriod.parse(r))
    .filter((r) => r.kind === kind)
    .sort((a, b) => b.period.start.localeCompare(a.period.start))
}

/** Periods on this computer that belong to other institutions, counted per institution. */
export async function listOtherInstitutionsPeriods(
  db: AppDatabase,
  institutionId: InstitutionId,
): Promise<{ institutionId: InstitutionId; periods: number }[]> {
  const others = new Map<InstitutionId, number>()
  for (const row of await db.periods.toArray()) {
    const rp = ReportingPeriod.parse(row)
    if (rp.institutionId !== institutionId)
      others.set(rp.institutionId, (others.get(rp.institutionId) ?? 0) + 1)
  }
  return [...others].map(([id, periods]) => ({ institutionId: id, periods }))
}

export async function getPeriod(db: AppDatabase, id: string): Promise<ReportingPeriod | undefined> {
  const row = await db.periods.get(id)
  return row && ReportingPeriod.parse(row)
}

class PeriodExistsError extends Error {
  override readonly name = 'PeriodExistsError'
}

/** The period a write goes to, read inside the writing transaction. */
async function periodForWrite(db: AppDatabase, periodId: string): Promise<ReportingPeriod> {
  const rp = await getPeriod(db, periodId)
  if (!rp) throw new Error('This period no longer exists.')
  return rp
}

/**
 * Starts a reporting period for the institution the profile names. With `copyFrom`, it takes
 * that period's programs or occupations (never its figures); refuses a period that already
 * exists, saying whose it is when it is another institution's.
 */
export async function createPeriod(
  db: AppDatabase,
  kind: ReportKind,
  period: Period,
  options: { copyFrom?: string; now?: Date } = {},
): Promise<ReportingPeriod> {
  const now = options.now ?? new Date()
  const problem = periodProblem(period, localIsoDate(now))
  if (problem) throw new Error(problem)
  return db.transaction('rw', db.periods, db.programs, db.profile, async () => {
    const profile = await db.profile.get(PROFILE_KEY)
    if (!profile) throw new Error('Say who you are in Settings before starting a period.')
    const held = await db.periods.get(periodKey(period))
    if (held && held.institutionId !== profile.institutionId)
      throw new PeriodExistsError(
        `${period.label} is already held on this computer for another institution (${held.institutionId}). ` +
          'Switch back to it in Settings → Who you are to open it.',
      )
    if (held) throw new PeriodExistsError(`${period.label} already exists: open it from the list.`)
    let created: ReportingPeriod
    const source = options.copyFrom ? await getPeriod(db, options.copyFrom) : undefined
    if (source && source.institutionId === profile.institutionId) {
      const existing =
        kind === 'education'
          ? new Set((await db.programs.toArray()).map((p) => p.id as string))
          : new Set(source.rowIds)
      created = copyForward(source, period, now, existing)
    } else {
      created = newReportingPeriod(profile.institutionId, kind, period, [], now)
    }
    await db.periods.add(created)
    return created
  })
}

/**
 * Deletes a period with its figures, its unfinished entry and its export history, in one
 * transaction. The revision high-water mark stays: the board may hold those revisions, and a
 * period started again must not send them a second time.
 */
export async function deletePeriod(db: AppDatabase, periodId: string): Promise<void> {
  await db.transaction('rw', [db.periods, db.cells, db.settings, db.exports], async () => {
    await db.cells.where('periodId').equals(periodId).delete()
    await db.exports.where('periodId').equals(periodId).delete()
    await db.settings.delete(draftKey(periodId))
    await db.periods.delete(periodId)
  })
}

export async function setPeriodRows(
  db: AppDatabase,
  periodId: string,
  rowIds: readonly string[],
): Promise<void> {
  await db.transaction('rw', db.periods, async () => {
    const rp = await getPeriod(db, periodId)
    if (!rp) throw new Error(`The period ${periodId} no longer exists.`)
    await db.periods.put(
      ReportingPeriod.parse({ ...rp, rowIds: [...rowIds], updatedAt: new Date().toISOString() }),
    )
  })
}

/** Changes a period's rows from what is stored, inside one transaction, so quick clicks never race. */
async function changePeriodRows(
  db: AppDatabase,
  periodId: string,
  change: (rowIds: readonly string[]) => string[],
): Promise<void> {
  await db.transaction('rw', db.periods, async () => {
    const rp = await getPeriod(db, periodId)
    if (!rp) throw new Error(`The period ${periodId} no longer exists.`)
    const rowIds = change(rp.rowIds)
    await db.periods.put(
      ReportingPeriod.parse({ ...rp, rowIds, updatedAt: new Date().toISOString() }),
    )
  })
}

/** Adds a row at the end (once). */
export function addPeriodRow(db: AppDatabase, periodId: string, rowId: string): Promise<void> {
  return changePeriodRows(db, periodId, (ids) => (ids.includes(rowId) ? [...ids] : [...ids, rowId]))
}

/** Takes a row out of the period; its figures stay stored and come back if it is added again. */
export function removePeriodRow(db: AppDatabase, periodId: string, rowId: string): Promise<void> {
  return changePeriodRows(db, periodId, (ids) => ids.filter((id) => id !== rowId))
}

export async function listPrograms(db: AppDatabase): Promise<Program[]> {
  const rows = await db.programs.toArray()
  return rows.map((p) => Program.parse(p)).sort((a, b) => a.name.localeCompare(b.name))
}

export async function saveProgram(db: AppDatabase, program: Program): Promise<Program> {
  const parsed = Program.parse(program)
  await db.programs.put(parsed)
  return parsed
}

export async function loadCells(db: AppDatabase, periodId: string): Promise<Cell[]> {
  const rows = await db.cells.where('periodId').equals(periodId).toArray()
  return rows.map((c) => Cell.parse(c))
}

/** Writes a batch of values (one keystroke, a paste, an undo) in one transaction, keeping explanations. */
export async function writeCells(
  db: AppDatabase,
  periodId: string,
  edits: readonly CellEdit[],
  now = new Date(),
): Promise<void> {
  const at = now.toISOString()
  await db.transaction('rw', db.cells, db.periods, async () => {
    const { institutionId } = await periodForWrite(db, periodId)
    const keys = edits.map((e) => [periodId, e.rowId, e.measure] as [string, string, string])
    const existing = await db.cells.bulkGet(keys)
    const next = edits.map((e, i) =>
      Cell.parse({
        periodId,
        institutionId,
        rowId: e.rowId,
        measure: e.measure,
        value: e.value,
        explanation: existing[i]?.explanation ?? '',
        updatedAt: at,
      }),
    )
    await db.cells.bulkPut(next)
    await db.periods.update(periodId, { updatedAt: at })
  })
}

export async function writeExplanation(
  db: AppDatabase,
  periodId: string,
  rowId: string,
  measure: string,
  explanation: string,
  now = new Date(),
): Promise<void> {
  const at = now.toISOString()
  await db.transaction('rw', db.cells, db.periods, async () => {
    const { institutionId } = await periodForWrite(db, periodId)
    const existing = await db.cells.get([periodId, rowId, measure])
    await db.cells.put(
      Cell.parse({
        periodId,
        institutionId,
        rowId,
        measure,
        value: existing?.value ?? null,
        explanation,
        updatedAt: at,
      }),
    )
    await db.periods.update(periodId, { updatedAt: at })
  })
}

export async function loadReport(
  db: AppDatabase,
  periodId: string,
): Promise<{ period: ReportingPeriod; report: Report } | undefined> {
  return db.transaction('r', db.periods, db.cells, db.programs, async () => {
    const rp = await getPeriod(db, periodId)
    if (!rp) return undefined
    return {
      period: rp,
      report: assembleReport(rp, await loadCells(db, periodId), await listPrograms(db)),
    }
  })
}

/** The same institution's report for the period one year earlier, when there is one. */
export async function loadPreviousReport(
  db: AppDatabase,
  rp: ReportingPeriod,
): Promise<Report | undefined> {
  const loaded = await loadReport(db, periodKey(previousPeriod(rp.period)))
  if (!loaded || loaded.period.institutionId !== rp.institutionId) return undefined
  if (loaded.period.kind !== rp.kind) return undefined
  return loaded.report
}

/**
 * Whether this computer has sent the board anything for the institution: export records or a
 * revision high-water mark (a restored backup carries both). The board then knows a key.
 */
export async function hasExportHistory(
  db: AppDatabase,
  institutionId: InstitutionId,
): Promise<boolean> {
  return db.transaction('r', db.revisions, db.exports, db.periods, async () => {
    if ((await db.revisions.where('institutionId').equals(institutionId).count()) > 0) return true
    const periodIds = new Set(
      (await db.periods.where('institutionId').equals(institutionId).primaryKeys()).map(String),
    )
    return (await db.exports.toArray()).some((e) => periodIds.has(e.periodId))
  })
}

export async function listExports(db: AppDatabase, periodId: string): Promise<ExportRecord[]> {
  const rows = await db.exports.where('periodId').equals(periodId).toArray()
  return rows.map((r) => ExportRecord.parse(r)).sort((a, b) => b.revision - a.revision)
}

export interface NextRevision {
  revision: number
  /** The submission the next one replaces; null for a first submission. */
  supersedes: SubmissionId | null
}

/** The revision the next export of a period gets: one above the high-water mark. */
export async function nextRevision(
  db: AppDatabase,
  institutionId: InstitutionId,
  periodId: string,
): Promise<NextRevision> {
  return db.transaction('r', db.revisions, db.exports, db.periods, async () => {
    const stored = await db.revisions.get([institutionId, periodId])
    let mark = stored && RevisionMark.parse(stored)
    // Exports always raise the mark; reading them too keeps a damaged mark from rewinding it.
    const rp = await getPeriod(db, periodId)
    if (rp?.institutionId === institutionId) {
      const [last] = await listExports(db, periodId)
      if (last && (!mark || last.revision > mark.revision))
        mark = {
          institutionId,
          periodId,
          revision: last.revision,
          submissionId: last.submissionId,
          at: last.exportedAt,
        }
    }
    return { revision: (mark?.revision ?? 0) + 1, supersedes: mark?.submissionId ?? null }
  })
}

/** Records an export and raises the period's revision high-water mark to it, in one transaction. */
export async function recordExport(db: AppDatabase, record: ExportRecord): Promise<void> {
  const parsed = ExportRecord.parse(record)
  await db.transaction('rw', db.exports, db.periods, db.revisions, async () => {
    const { institutionId } = await periodForWrite(db, parsed.periodId)
    await db.exports.add(parsed)
    const mark = RevisionMark.parse({
      institutionId,
      periodId: parsed.periodId,
      revision: parsed.revision,
      submissionId: parsed.submissionId,
      at: parsed.exportedAt,
    })
    const held = await db.revisions.get([institutionId, parsed.periodId])
    await db.revisions.put(higherMark(held && RevisionMark.parse(held), mark) ?? mark)
  })
}

export interface ImportContext {
  programs: Program[]
  cells: Cell[]
}

/** What planning an import into a period needs to read: the programs and the period's figures. */
export async function loadImportContext(db: AppDatabase, periodId: string): Promise<ImportContext> {
  return db.transaction('r', db.programs, db.cells, async () => ({
    programs: await listPrograms(db),
    cells: await loadCells(db, periodId),
  }))
}

/** Writes an imported report into a period in one transaction: programs, rows, figures and explanations. */
export async function applyImport(
  db: AppDatabase,
  periodId: string,
  report: Report,
  plan: ImportPlan,
  now = new Date(),
): Promise<void> {
  const at = now.toISOString()
  await db.transaction('rw', db.periods, db.programs, db.cells, async () => {
    const rp = await getPeriod(db, periodId)
    if (!rp) throw new Error('This period no longer exists.')
    if (rp.kind !== report.kind)
      throw new Error(
        `The workbook holds ${report.kind} figures; this period holds ${rp.kind} figures.`,
      )
    for (const p of plan.newPrograms) await db.programs.put(Program.parse(p))
    const rows = importRows(report)
    const rowIds = [...rp.rowIds]
    for (const row of rows) {
      const target = plan.rowMap.get(row.rowId) ?? row.rowId
      if (!rowIds.includes(target)) rowIds.push(target)
      // Blank cells in the file leave what is entered here alone: an import adds, it never erases.
      const existing = await db.cells
        .where('periodId')
        .equals(periodId)
        .filter((c) => c.rowId === target)
        .toArray()
      const kept = new Map(existing.map((c) => [c.measure, c]))
      const cells = Object.entries(row.values)
        .filter(([measure, value]) => value !== null || row.explanations[measure])
        .map(([measure, value]) =>
          Cell.parse({
            periodId,
            institutionId: rp.institutionId,
            rowId: target,
            measure,
            value: value ?? kept.get(measure)?.value ?? null,
            explanation: row.explanations[measure] ?? kept.get(measure)?.explanation ?? '',
            updatedAt: at,
          }),
        )
      await db.cells.bulkPut(cells)
    }
    await db.periods.put(ReportingPeriod.parse({ ...rp, rowIds, updatedAt: at }))
  })
}
