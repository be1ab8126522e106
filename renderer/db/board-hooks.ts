// The hooks through which the board's screens read its dataset, kept current across windows and
// merges. Components import these, never Dexie.
import { useLiveQuery } from 'dexie-react-hooks'
import type { AuditEntry, AuditFilter } from '../../shared/intake/audit'
import type { CollectionCycle } from '../../shared/intake/cycle'
import type { TrustRegistry } from '../../shared/trust/registry'
import type { HeldSubmission } from './board-records'
import { listAudit, listHeld } from './board-repository'
import { listCycles, workingCycle } from './cycle-repository'
import { database } from './database'
import { loadRegistry } from './trust-repository'

export function useTrustRegistry(): TrustRegistry | undefined {
  return useLiveQuery(() => loadRegistry(database()), [])
}

export function useCycles(): CollectionCycle[] | undefined {
  return useLiveQuery(() => listCycles(database()), [])
}

/** The cycle staff are working on; null before the first cycle is defined. */
export function useWorkingCycle(): CollectionCycle | null | undefined {
  return useLiveQuery(async () => (await workingCycle(database())) ?? null, [])
}

export function useHeldSubmissions(): HeldSubmission[] | undefined {
  return useLiveQuery(() => listHeld(database()), [])
}

export function useAuditLog(filter: AuditFilter): AuditEntry[] | undefined {
  const { cycleId, status, institutionId, text } = filter
  return useLiveQuery(
    () => listAudit(database(), { cycleId, status, institutionId, text }),
    [cycleId, status, institutionId, text],
  )
}
