// What the period list reads: the institution's periods of one kind with their reports, last
// export and the highest revision sent, and how many periods of other institutions this
// computer also holds (never listed, but said).
import { useLiveQuery } from 'dexie-react-hooks'
import type { InstitutionId } from '../../shared/domain/ids'
import type { ReportingPeriod } from '../../shared/reports/draft'
import type { Report, ReportKind } from '../../shared/reports/schemas'
import { reporting } from '../db/app-data'
import type { ExportRecord } from '../db/export-record'

export interface PeriodRow {
  rp: ReportingPeriod
  /** Null when the stored figures could not be assembled. */
  report: Report | null
  previous: Report | undefined
  lastExport: ExportRecord | undefined
  /** The highest revision this computer sent the board (0 for none), even if its record is gone. */
  sentRevision: number
}

export interface PeriodListData {
  rows: PeriodRow[]
  others: { institutionId: InstitutionId; periods: number }[]
}

export function usePeriodList(
  institutionId: InstitutionId,
  kind: ReportKind,
): PeriodListData | undefined {
  return useLiveQuery(async () => {
    const periods = await reporting.listPeriods(institutionId, kind)
    const rows = await Promise.all(
      periods.map(async (rp): Promise<PeriodRow> => {
        const loaded = await reporting.loadReport(rp.id).catch(() => undefined)
        const [lastExport] = await reporting.listExports(rp.id)
        return {
          rp,
          report: loaded?.report ?? null,
          previous: await reporting.loadPreviousReport(rp).catch(() => undefined),
          lastExport,
          sentRevision: (await reporting.nextRevision(institutionId, rp.id)).revision - 1,
        }
      }),
    )
    return { rows, others: await reporting.listOtherInstitutionsPeriods(institutionId) }
  }, [institutionId, kind])
}
