// The period list's status column. Each status is the export gate's decision (readinessOf, via
// exportReadiness) on the period's report, kept in memory with a stamp of everything it
// depends on: the period's last edit, last year's period's last edit and the programs. The
// list builds a report only for periods whose stamp changed since it last looked, never every
// period's on every visit.
import { periodKey, previousPeriod } from '../../shared/domain/periods'
import type { ReportingPeriod } from '../../shared/reports/draft'
import type { Program } from '../../shared/reports/schemas'
import { exportReadiness, type ExportReadiness } from '../../shared/submission/export-gate'
import { database } from './database'
import { getPeriod, loadPreviousReport, loadReport } from './reporting-repository'

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

const decided = new Map<string, { stamp: string; readiness: ReadinessSummary | null }>()

/**
 * The export gate's decision on a period's report, from the cache when nothing it depends on
 * changed: the period's last edit, the same institution's previous period's last edit, and
 * the programs. Null when the stored figures could not be assembled.
 */
export async function periodReadiness(
  rp: ReportingPeriod,
  programs: readonly Program[],
): Promise<ReadinessSummary | null> {
  const db = database()
  const before = await getPeriod(db, periodKey(previousPeriod(rp.period))).catch(() => undefined)
  const previous = before?.institutionId === rp.institutionId ? before : undefined
  const stamp = `${rp.updatedAt}|${previous?.updatedAt ?? ''}|${JSON.stringify(programs)}`
  const hit = decided.get(rp.id)
  if (hit?.stamp === stamp) return hit.readiness
  let readiness: ReadinessSummary | null = null
  try {
    const loaded = await loadReport(db, rp.id)
    const last = await loadPreviousReport(db, rp).catch(() => undefined)
    if (loaded) readiness = summarise(exportReadiness(loaded.report, { previous: last }))
  } catch {
    // A damaged record: the period's own screen names it; the list says the period needs care.
  }
  decided.set(rp.id, { stamp, readiness })
  return readiness
}
