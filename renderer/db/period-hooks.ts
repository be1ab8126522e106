// The hooks through which the institution screens read a period: the period record, its
// figures (kept in memory and updated cell by cell, see period-figures.ts), the programs and
// last year's report for the change rule. Components import these, never Dexie.
import { useLiveQuery } from 'dexie-react-hooks'
import { useCallback, useSyncExternalStore } from 'react'
import type { InstitutionId } from '../../shared/domain/ids'
import type { ReportingPeriod } from '../../shared/reports/draft'
import type { Program, Report, ReportKind } from '../../shared/reports/schemas'
import { database } from './database'
import { PeriodFigures, type FiguresSnapshot } from './period-figures'
import { getPeriod, listPeriods, listPrograms, loadPreviousReport } from './reporting-repository'

export function usePeriods(
  institutionId: InstitutionId,
  kind: ReportKind,
): ReportingPeriod[] | undefined {
  return useLiveQuery(() => listPeriods(database(), institutionId, kind), [institutionId, kind])
}

export function usePrograms(): Program[] | undefined {
  return useLiveQuery(() => listPrograms(database()), [])
}

/** The period record; null once it is gone. */
export function usePeriod(periodId: string): ReportingPeriod | null | undefined {
  return useLiveQuery(async () => (await getPeriod(database(), periodId)) ?? null, [periodId])
}

/** Last year's report of the same institution, for the change rule; null when there is none. */
export function usePreviousReport(rp: ReportingPeriod): Report | null | undefined {
  return useLiveQuery(async () => (await loadPreviousReport(database(), rp)) ?? null, [rp])
}

interface Open {
  readonly store: PeriodFigures
  users: number
  stop: (() => void) | null
}
const open = new Map<string, Open>()

function figuresOf(periodId: string): Open {
  let entry = open.get(periodId)
  if (!entry) {
    entry = { store: new PeriodFigures(database(), periodId), users: 0, stop: null }
    open.set(periodId, entry)
  }
  return entry
}

function subscribe(periodId: string, listener: () => void): () => void {
  const entry = figuresOf(periodId)
  const unsubscribe = entry.store.subscribe(listener)
  entry.users += 1
  entry.stop ??= entry.store.start()
  return () => {
    unsubscribe()
    entry.users -= 1
    if (entry.users === 0) {
      entry.stop?.()
      open.delete(periodId)
    }
  }
}

/** The period's stored figures, row by row; undefined until they are read the first time. */
export function usePeriodFigures(periodId: string): FiguresSnapshot | undefined {
  // Stable per period: a new subscribe function would make React unsubscribe and subscribe
  // again on every render, closing and re-reading the store each time.
  const listen = useCallback((listener: () => void) => subscribe(periodId, listener), [periodId])
  return useSyncExternalStore(listen, () => {
    const { store } = figuresOf(periodId)
    return store.ready ? store.current() : undefined
  })
}
