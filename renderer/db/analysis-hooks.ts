// The hooks through which the board's analysis screens read their inputs, kept current across
// windows and merges. Components import these, never Dexie.
import { useLiveQuery } from 'dexie-react-hooks'
import type { BoardContextRecord, ScenarioRecord } from './analysis-records'
import {
  listScenarios,
  loadAnalysisInputs,
  loadBoardContext,
  type AnalysisInputsOfCycle,
} from './analysis-repository'
import { database } from './database'

/** The stored board context; null before staff first enter or load one. */
export function useBoardContext(): BoardContextRecord | null | undefined {
  return useLiveQuery(async () => (await loadBoardContext(database())) ?? null, [])
}

export function useScenarios(cycleId: string | undefined): ScenarioRecord[] | undefined {
  return useLiveQuery(
    async () => (cycleId === undefined ? [] : listScenarios(database(), cycleId)),
    [cycleId],
  )
}

/** The inputs of one cycle's analysis; null when there is no such cycle. */
export function useAnalysisInputs(
  cycleId: string | undefined,
): AnalysisInputsOfCycle | null | undefined {
  return useLiveQuery(
    async () =>
      cycleId === undefined ? null : ((await loadAnalysisInputs(database(), cycleId)) ?? null),
    [cycleId],
  )
}
