// What the export screen reads: the period's export history, whether this institution has sent
// the board anything before (on this computer or in a restored backup), the signing key, and
// last year's report for the export gate's change check.
import { useLiveQuery } from 'dexie-react-hooks'
import type { InstitutionId } from '../../shared/domain/ids'
import type { ReportingPeriod } from '../../shared/reports/draft'
import type { Report } from '../../shared/reports/schemas'
import { reporting } from '../db/app-data'
import type { ExportRecord } from '../db/export-record'
import type { StoredKey } from '../db/key-database'
import { useSigningKey } from '../keys/useSigningKey'

export interface ExportState {
  exports: ExportRecord[]
  /** Exports or a revision mark exist for the institution: the board already knows a key. */
  sentBefore: boolean
  key: StoredKey | null
  previous: Report | undefined
}

export function useExportState(
  rp: ReportingPeriod,
  institutionId: InstitutionId,
): ExportState | undefined {
  const key = useSigningKey(institutionId)
  const data = useLiveQuery(
    async () => ({
      exports: await reporting.listExports(rp.id),
      sentBefore: await reporting.hasExportHistory(institutionId),
      previous: await reporting.loadPreviousReport(rp),
    }),
    [rp, institutionId],
  )
  if (key === undefined || data === undefined) return undefined
  return { ...data, key }
}
