// The board's analysis settings: its context (published projections, regional employment,
// default shares) and the scenarios staff saved per cycle, and what the analysis of one cycle
// reads. The analysis itself is pure (shared/analysis/); this only stores and loads its inputs.
import { BoardContext, emptyBoardContext } from '../../shared/analysis/context'
import { Scenario } from '../../shared/analysis/scenario'
import type { StaffMember } from '../../shared/intake/audit'
import type { CollectionCycle } from '../../shared/intake/cycle'
import type { Submission } from '../../shared/submission/payload'
import { BOARD_CONTEXT_KEY, BoardContextRecord, ScenarioRecord } from './analysis-records'
import { latestHeldSubmissions } from './board-repository'
import { getCycle, listCycles } from './cycle-repository'
import type { AppDatabase } from './database'

export class StaleEditError extends Error {
  override readonly name = 'StaleEditError'
}

/** The stored context, or none before staff first enter or load one. */
export async function loadBoardContext(db: AppDatabase): Promise<BoardContextRecord | undefined> {
  const row = await db.boardContext.get(BOARD_CONTEXT_KEY)
  return row && BoardContextRecord.parse(row)
}

/**
 * Stores the board context. `basedOn` is the revision the editor started from: when another
 * window saved in between, nothing is written and a StaleEditError says so, rather than one
 * edit silently replacing the other. Throws a zod error for a context that does not hold.
 */
export async function saveBoardContext(
  db: AppDatabase,
  context: BoardContext,
  who: StaffMember,
  basedOn: number | null,
  now: Date = new Date(),
): Promise<BoardContextRecord> {
  const checked = BoardContext.parse(context)
  return db.transaction('rw', db.boardContext, async () => {
    const stored = await loadBoardContext(db)
    if ((stored?.revision ?? null) !== basedOn) {
      throw new StaleEditError(
        'The board context was changed in another window while you edited it. Nothing was saved: reopen it to see the other change, then make yours again.',
      )
    }
    const record = BoardContextRecord.parse({
      key: BOARD_CONTEXT_KEY,
      context: checked,
      revision: (stored?.revision ?? 0) + 1,
      updatedAt: now.toISOString(),
      updatedBy: who,
    })
    await db.boardContext.put(record)
    return record
  })
}

/** A cycle's scenarios, oldest first. */
export async function listScenarios(db: AppDatabase, cycleId: string): Promise<ScenarioRecord[]> {
  const rows = await db.scenarios.where('cycleId').equals(cycleId).toArray()
  return rows
    .map((r) => ScenarioRecord.parse(r))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
}

/**
 * Stores a scenario, new (no id) or edited. Names are unique within a cycle, because the report
 * labels each scenario by its name. Throws a zod error for changes that do not hold.
 */
export async function saveScenario(
  db: AppDatabase,
  entry: { id?: string; cycleId: string; scenario: Scenario },
  who: StaffMember,
  now: Date = new Date(),
): Promise<ScenarioRecord> {
  const scenario = Scenario.parse(entry.scenario)
  return db.transaction('rw', db.scenarios, async () => {
    const others = (await listScenarios(db, entry.cycleId)).filter((s) => s.id !== entry.id)
    const name = scenario.name.toLocaleLowerCase()
    if (others.some((s) => s.scenario.name.toLocaleLowerCase() === name)) {
      throw new Error(
        `This cycle already has a scenario called “${scenario.name}”. Give this one another name.`,
      )
    }
    const existing = entry.id === undefined ? undefined : await db.scenarios.get(entry.id)
    if (entry.id !== undefined && !existing) throw new Error('That scenario was deleted.')
    const at = now.toISOString()
    const record = ScenarioRecord.parse({
      id: entry.id ?? crypto.randomUUID(),
      cycleId: entry.cycleId,
      scenario,
      createdAt: existing?.createdAt ?? at,
      updatedAt: at,
      updatedBy: who,
    })
    await db.scenarios.put(record)
    return record
  })
}

export async function deleteScenario(db: AppDatabase, id: string): Promise<void> {
  await db.scenarios.delete(id)
}

/** Everything the analysis of one cycle reads. */
export interface AnalysisInputsOfCycle {
  readonly cycle: CollectionCycle
  /** Every cycle the board defined, newest first (the trend reads each). */
  readonly cycles: readonly CollectionCycle[]
  readonly context: BoardContext
  /** Whether staff have entered or loaded a context at all. */
  readonly contextEntered: boolean
  /** The highest revision held of every submission, of every cycle. */
  readonly submissions: readonly Submission[]
  readonly scenarios: readonly ScenarioRecord[]
}

/** The inputs of one cycle's analysis; undefined when there is no such cycle. */
export async function loadAnalysisInputs(
  db: AppDatabase,
  cycleId: string,
): Promise<AnalysisInputsOfCycle | undefined> {
  const cycle = await getCycle(db, cycleId)
  if (!cycle) return undefined
  const [cycles, stored, submissions, scenarios] = await Promise.all([
    listCycles(db),
    loadBoardContext(db),
    latestHeldSubmissions(db),
    listScenarios(db, cycleId),
  ])
  return {
    cycle,
    cycles,
    context: stored?.context ?? emptyBoardContext(),
    contextEntered: stored !== undefined,
    submissions,
    scenarios,
  }
}
