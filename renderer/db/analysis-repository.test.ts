import { afterEach, describe, expect, it } from 'vitest'
import { emptyBoardContext } from '../../shared/analysis/context'
import { decideBatch } from '../../shared/intake/statuses'
import {
  StaleEditError,
  deleteScenario,
  listScenarios,
  loadAnalysisInputs,
  loadBoardContext,
  saveBoardContext,
  saveScenario,
} from './analysis-repository'
import { heldRevisions, mergeBatch } from './board-repository'
import {
  NOW,
  STAFF,
  deleteBoardDatabases,
  freshBoardDatabase,
  pinnedPartner,
  signedFile,
  workingCycleFor,
} from './board-test-data'
import type { AppDatabase } from './database'
import { loadRegistry } from './trust-repository'

afterEach(deleteBoardDatabases)

const context = {
  ...emptyBoardContext(),
  defaults: { passShare: 0.85, placementShare: 0.85, inRegionShare: 0.7 },
}

async function merge(db: AppDatabase, files: Awaited<ReturnType<typeof signedFile>>[]) {
  const cycle = await workingCycleFor(db, [])
  const decisions = decideBatch(
    files.map((f) => f.file),
    { registry: await loadRegistry(db), cycle, held: await heldRevisions(db) },
  )
  const outcome = await mergeBatch(
    db,
    decisions,
    files.map((f) => f.merge),
    STAFF,
    NOW,
  )
  if (!outcome.ok) throw new Error('merge refused')
}

describe('board context', () => {
  it('is stored with who saved it, and counts its revisions', async () => {
    const db = freshBoardDatabase()
    expect(await loadBoardContext(db)).toBeUndefined()
    const first = await saveBoardContext(db, context, STAFF, null, NOW)
    expect(first).toMatchObject({ revision: 1, updatedBy: STAFF, context })
    const second = await saveBoardContext(db, emptyBoardContext(), STAFF, 1, NOW)
    expect(second.revision).toBe(2)
    expect((await loadBoardContext(db))?.context).toEqual(emptyBoardContext())
  })

  it('refuses an edit begun before another window saved, and keeps the other window’s', async () => {
    const db = freshBoardDatabase()
    await saveBoardContext(db, context, STAFF, null, NOW)
    await saveBoardContext(db, emptyBoardContext(), STAFF, 1, NOW)
    await expect(saveBoardContext(db, context, STAFF, 1, NOW)).rejects.toThrow(StaleEditError)
    expect((await loadBoardContext(db))?.revision).toBe(2)
  })

  it('refuses a share outside 0–1 and stores nothing', async () => {
    const db = freshBoardDatabase()
    const bad = { ...context, defaults: { ...context.defaults, passShare: 1.5 } }
    await expect(saveBoardContext(db, bad, STAFF, null, NOW)).rejects.toThrow()
    expect(await loadBoardContext(db)).toBeUndefined()
  })
})

describe('scenarios', () => {
  it('are listed per cycle, oldest first; edits keep their creation date', async () => {
    const db = freshBoardDatabase()
    const a = await saveScenario(
      db,
      { cycleId: 'AY2025-26', scenario: { name: 'More seats', programs: [], occupations: [] } },
      STAFF,
      new Date('2026-10-02T10:00:00Z'),
    )
    await saveScenario(
      db,
      { cycleId: 'AY2025-26', scenario: { name: 'Fewer', programs: [], occupations: [] } },
      STAFF,
      new Date('2026-10-02T11:00:00Z'),
    )
    await saveScenario(
      db,
      { cycleId: 'AY2024-25', scenario: { name: 'More seats', programs: [], occupations: [] } },
      STAFF,
      NOW,
    )
    const edited = await saveScenario(
      db,
      {
        id: a.id,
        cycleId: 'AY2025-26',
        scenario: {
          name: 'More seats',
          programs: [],
          occupations: [{ occupation: 'surgical-technologists', employerDemand: 30 }],
        },
      },
      STAFF,
      new Date('2026-10-03T09:00:00Z'),
    )
    expect(edited.createdAt).toBe(a.createdAt)
    const listed = await listScenarios(db, 'AY2025-26')
    expect(listed.map((s) => s.scenario.name)).toEqual(['More seats', 'Fewer'])
    expect(listed[0]?.scenario.occupations).toHaveLength(1)
    await deleteScenario(db, a.id)
    expect((await listScenarios(db, 'AY2025-26')).map((s) => s.scenario.name)).toEqual(['Fewer'])
  })

  it('refuses a second scenario of the same name in one cycle, whatever its case', async () => {
    const db = freshBoardDatabase()
    const scenario = { name: 'More seats', programs: [], occupations: [] }
    await saveScenario(db, { cycleId: 'AY2025-26', scenario }, STAFF, NOW)
    await expect(
      saveScenario(
        db,
        { cycleId: 'AY2025-26', scenario: { ...scenario, name: 'more SEATS' } },
        STAFF,
        NOW,
      ),
    ).rejects.toThrow('This cycle already has a scenario called “more SEATS”.')
    expect(await listScenarios(db, 'AY2025-26')).toHaveLength(1)
  })
})

describe('analysis inputs', () => {
  it('read the highest revision held of each submission back from its evidence', async () => {
    const db = freshBoardDatabase()
    const college = await pinnedPartner(db, 'hcc-fictional', 'education')
    const hospital = await pinnedPartner(db, 'bay-fictional', 'employer')
    await merge(db, [await signedFile(college), await signedFile(hospital)])
    await merge(db, [await signedFile(college, { revision: 2, variant: 1 })])
    await saveBoardContext(db, context, STAFF, null, NOW)

    const inputs = await loadAnalysisInputs(db, 'AY2025-26')
    expect(inputs?.contextEntered).toBe(true)
    expect(inputs?.context).toEqual(context)
    const held = inputs?.submissions.map((s) => [s.header.institution.id, s.header.revision])
    expect(held?.sort()).toEqual([
      ['bay-fictional', 1],
      ['hcc-fictional', 2],
    ])
    // Read again (from what was opened before) it is the same.
    expect((await loadAnalysisInputs(db, 'AY2025-26'))?.submissions).toEqual(inputs?.submissions)
    expect(await loadAnalysisInputs(db, 'AY2030-31')).toBeUndefined()
  })

  it('refuse evidence that no longer verifies rather than analyse it', async () => {
    const db = freshBoardDatabase()
    const college = await pinnedPartner(db, 'hcc-fictional', 'education')
    await merge(db, [await signedFile(college)])
    const [row] = await db.evidence.toArray()
    if (!row) throw new Error('no evidence')
    await db.evidence.put({ ...row, payload: row.payload.replace('"revision":1', '"revision":7') })
    await expect(loadAnalysisInputs(db, 'AY2025-26')).rejects.toThrow('no longer verifies')
  })
})
