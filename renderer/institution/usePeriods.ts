import { useLiveQuery } from 'dexie-react-hooks'
import type { InstitutionId } from '../../shared/domain/ids'
import type { ReportingPeriod } from '../../shared/reports/draft'
import type { Program, ReportKind } from '../../shared/reports/schemas'
import { reporting } from '../db/app-data'
import type { Cell } from '../../shared/reports/draft'

export function usePeriods(
  institutionId: InstitutionId,
  kind: ReportKind,
): ReportingPeriod[] | undefined {
  return useLiveQuery(() => reporting.listPeriods(institutionId, kind), [institutionId, kind])
}

export function usePrograms(): Program[] | undefined {
  return useLiveQuery(() => reporting.listPrograms(), [])
}

export interface PeriodData {
  period: ReportingPeriod
  cells: Cell[]
}

/** A period and its cells, re-read whenever either changes; null when the period is gone. */
export function usePeriodData(periodId: string): PeriodData | null | undefined {
  return useLiveQuery(async () => {
    const period = await reporting.getPeriod(periodId)
    if (!period) return null
    return { period, cells: await reporting.loadCells(periodId) }
  }, [periodId])
}
