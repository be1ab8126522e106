import { useLiveQuery } from 'dexie-react-hooks'
import type { InstitutionId } from '../../shared/domain/ids'
import type { ReportingPeriod } from '../../shared/reports/draft'
import type { Program, ReportKind } from '../../shared/reports/schemas'
import { database } from '../db/database'
import { getPeriod, listPeriods, listPrograms, loadCells } from '../db/reporting-repository'
import type { Cell } from '../../shared/reports/draft'

export function usePeriods(
  institutionId: InstitutionId,
  kind: ReportKind,
): ReportingPeriod[] | undefined {
  return useLiveQuery(() => listPeriods(database(), institutionId, kind), [institutionId, kind])
}

export function usePrograms(): Program[] | undefined {
  return useLiveQuery(() => listPrograms(database()), [])
}

export interface PeriodData {
  period: ReportingPeriod
  cells: Cell[]
}

/** A period and its cells, re-read whenever either changes; null when the period is gone. */
export function usePeriodData(periodId: string): PeriodData | null | undefined {
  return useLiveQuery(async () => {
    const db = database()
    const period = await getPeriod(db, periodId)
    if (!period) return null
    return { period, cells: await loadCells(db, periodId) }
  }, [periodId])
}
