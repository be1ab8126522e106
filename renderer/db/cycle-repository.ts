// Collection cycles, and the one the staff are working on (what an import is checked against
// and what the reporting status shows first).
import { CollectionCycle } from '../../shared/intake/cycle'
import type { AppDatabase } from './database'

export const WORKING_CYCLE_SETTING = 'board.workingCycle'

/** Every cycle, newest academic year first. */
export async function listCycles(db: AppDatabase): Promise<CollectionCycle[]> {
  const rows = await db.cycles.toArray()
  return rows.map((r) => CollectionCycle.parse(r)).sort((a, b) => b.startYear - a.startYear)
}

export async function getCycle(db: AppDatabase, id: string): Promise<CollectionCycle | undefined> {
  const row = await db.cycles.get(id)
  return row && CollectionCycle.parse(row)
}

/**
 * Stores a cycle (new or edited). The first cycle stored becomes the working one. Throws a zod
 * error for a cycle that does not hold together (the form shows its message).
 */
export async function saveCycle(db: AppDatabase, cycle: CollectionCycle): Promise<CollectionCycle> {
  const checked = CollectionCycle.parse(cycle)
  await db.transaction('rw', db.cycles, db.settings, async () => {
    await db.cycles.put(checked)
    const working = await db.settings.get(WORKING_CYCLE_SETTING)
    if (!working) await db.settings.put({ key: WORKING_CYCLE_SETTING, value: checked.id })
  })
  return checked
}

/** The cycle staff are working on: the one chosen, else the newest, else none. */
export async function workingCycle(db: AppDatabase): Promise<CollectionCycle | undefined> {
  return db.transaction('r', db.cycles, db.settings, async () => {
    const chosen = await db.settings.get(WORKING_CYCLE_SETTING)
    const byChoice =
      typeof chosen?.value === 'string' ? await getCycle(db, chosen.value) : undefined
    return byChoice ?? (await listCycles(db))[0]
  })
}

export async function setWorkingCycle(db: AppDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.cycles, db.settings, async () => {
    if (!(await db.cycles.get(id))) throw new Error(`There is no cycle ${id}.`)
    await db.settings.put({ key: WORKING_CYCLE_SETTING, value: id })
  })
}
