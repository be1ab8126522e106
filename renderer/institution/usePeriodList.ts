// What the period list reads: the institution's periods of one kind with the export gate's
// decision on each (kept per period, rebuilt only for periods edited since, see
// db/period-statuses.ts), last export and the highest revision sent, and how many periods of
// other institutions this computer also holds (never listed, but said).
import { useLiveQuery } from 'dexie-react-hooks'
import type { InstitutionId } from '../../shared/domain/ids'
import type { ReportingPeriod } from '../../shared/reports/draft'
import type { ReportKind } from '../../shared/reports/schemas'
import { reporting } from '../db/app-data'
import type { ExportRecord } from '../db/export-record'
import { periodReadiness, type ReadinessSummary } from '../db/period-statuses'

export interface PeriodRow {
  rp: ReportingPeriod
  /** The export gate's decision; null when the stored figures could not be assembled. */
  readiness: ReadinessSummary | null
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
    const programs = await reporting.listPrograms()
    const rows = await Promise.all(
      periods.map(async (rp): Promise<PeriodRow> => {
        const [lastExport] = await reporting.listExports(rp.id)
        return {
          rp,
          readiness: await periodReadiness(rp, programs),
          lastExport,
          sentRevision: (await reporting.nextRevision(institutionId, rp.id)).revision - 1,
        }
      }),
    )
    return { rows, others: await reporting.listOtherInstitutionsPeriods(institutionId) }
  }, [institutionId, kind])
}
