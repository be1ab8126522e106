// The period screens' data, through the repository hooks of renderer/db.
import { useState } from 'react'
import type { ReportingPeriod } from '../../shared/reports/draft'
import type { FiguresSnapshot } from '../db/period-figures'
import { usePeriod, usePeriodFigures } from '../db/period-hooks'

export { usePeriods, usePrograms } from '../db/period-hooks'

export interface PeriodData {
  period: ReportingPeriod
  figures: FiguresSnapshot
}

/** A period and its stored figures; null when the period is gone. */
export function usePeriodData(periodId: string): PeriodData | null | undefined {
  const period = usePeriod(periodId)
  const figures = usePeriodFigures(periodId)
  if (period === null) return null
  if (period === undefined || figures === undefined) return undefined
  return { period, figures }
}

const sameStructure = (a: ReportingPeriod, b: ReportingPeriod) =>
  a.id === b.id &&
  a.kind === b.kind &&
  a.institutionId === b.institutionId &&
  a.period.label === b.period.label &&
  a.period.start === b.period.start &&
  a.period.end === b.period.end &&
  a.rowIds.length === b.rowIds.length &&
  a.rowIds.every((id, i) => b.rowIds[i] === id)

/**
 * The period as the figures screen needs it: the same object until its rows, kind or dates
 * change. Every edit stamps the period's `updatedAt`; that alone must not re-render the grid.
 */
export function useStablePeriod(rp: ReportingPeriod): ReportingPeriod {
  const [kept, setKept] = useState(rp)
  const same = kept === rp || sameStructure(kept, rp)
  if (!same) setKept(rp)
  return same ? kept : rp
}
