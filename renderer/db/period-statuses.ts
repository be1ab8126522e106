// The period list's status column. Each status is the export gate's decision (readinessOf, via
// exportReadiness) on the period's report, kept in memory with a stamp of everything it
// depends on: the period's last edit, last year's period's last edit and the programs. The
// list builds a report only for periods whose stamp changed since it last looked, never every
// period's on every visit.
import { useLiveQuery } from 'dexie-react-hooks'
import type { InstitutionId } from '../../shared/domain/ids'
import { periodKey, previousPeriod } from '../../shared/domain/periods'
import type { ReportingPeriod } from '../../shared/reports/draft'
import type { Program, ReportKind } from '../../shared/reports/schemas'
import { exportReadiness, type ExportReadiness } from '../../shared/submission/export-gate'
import { database, type AppDatabase } from './database'
import type { ExportRecord } from './export-record'
import { listExports, listPeriods, listPrograms, loadReport } from './reporting-repository'

/** What the list needs of the gate's decision. */
export interface ReadinessSummary {
  readonly ok: boolean
  readonly problems: number
  readonly missing: number
  readonly empty: boolean
}

export function summarise(readiness: ExportReadiness): ReadinessSummary {
  return {
    ok: readiness.ok,
    problems: readiness.errors.length + readiness.unexplained.length,
    missing: readiness.missing.length,
    empty: readiness.empty !== null,
  }
}

export interface PeriodListRow {
  readonly rp: ReportingPeriod
  /** Null when the period's report could not be assembled (a damaged record). */
  readonly readiness: ReadinessSummary | null
  readonly lastExport: ExportRecord | undefined
}

const decided = new Map<string, { stamp: string; readiness: ReadinessSummary | null }>()

const programsStamp = (programs: readonly Program[]) => JSON.stringify(programs)

async function readinessFor(
  db: AppDatabase,
  rp: ReportingPeriod,
  previous: ReportingPeriod | undefined,
  stamp: string,
): Promise<ReadinessSummary | null> {
  const hit = decided.get(rp.id)
  if (hit?.stamp === stamp) return hit.readiness
  let readiness: ReadinessSummary | null = null
  try {
    const loaded = await loadReport(db, rp.id)
    const before = previous && (await loadReport(db, previous.id).catch(() => undefined))
    if (loaded) readiness = summarise(exportReadiness(loaded.report, { previous: before?.report }))
  } catch {
    // A damaged record: the period's own screen names it; the list says the period needs care.
  }
  decided.set(rp.id, { stamp, readiness })
  return readiness
}

/** The institution's periods of one kind, newest first, each with its status. */
export function usePeriodStatuses(
  institutionId: InstitutionId,
  kind: ReportKind,
): PeriodListRow[] | undefined {
  return useLiveQuery(async () => {
    const db = database()
    const periods = await listPeriods(db, institutionId, kind)
    const programs = programsStamp(await listPrograms(db))
    const byId = new Map(periods.map((p) => [p.id, p]))
    return Promise.all(
      periods.map(async (rp) => {
        const previous = byId.get(periodKey(previousPeriod(rp.period)))
        const stamp = `${rp.updatedAt}|${previous?.updatedAt ?? ''}|${programs}`
        const [readiness, [lastExport]] = await Promise.all([
          readinessFor(db, rp, previous, stamp),
          listExports(db, rp.id),
        ])
        return { rp, readiness, lastExport }
      }),
    )
  }, [institutionId, kind])
}
