import { afterEach, describe, expect, it } from 'vitest'
import { InstitutionId } from '../../shared/domain/ids'
import { defaultCycle } from '../../shared/intake/cycle'
import { deleteBoardDatabases, freshBoardDatabase } from './board-test-data'
import { listCycles, saveCycle, setWorkingCycle, workingCycle } from './cycle-repository'

afterEach(deleteBoardDatabases)

const college = { institutionId: InstitutionId.parse('hcc-fictional'), kind: 'education' as const }

describe('cycle repository', () => {
  it('makes the first cycle stored the working one, and keeps the one chosen after that', async () => {
    const db = freshBoardDatabase()
    expect(await workingCycle(db)).toBeUndefined()
    await saveCycle(db, defaultCycle(2024, [college]))
    await saveCycle(db, defaultCycle(2025, [college]))
    expect((await workingCycle(db))?.id).toBe('AY2024-25')
    await setWorkingCycle(db, 'AY2025-26')
    expect((await workingCycle(db))?.id).toBe('AY2025-26')
    expect((await listCycles(db)).map((c) => c.id)).toEqual(['AY2025-26', 'AY2024-25'])
  })

  it('stores an edit of a cycle in place, and refuses to work on a cycle that does not exist', async () => {
    const db = freshBoardDatabase()
    const cycle = await saveCycle(db, defaultCycle(2025, [college]))
    await saveCycle(db, { ...cycle, dueDate: '2026-11-15', expected: [] })
    expect(await listCycles(db)).toMatchObject([{ dueDate: '2026-11-15', expected: [] }])
    await expect(setWorkingCycle(db, 'AY2030-31')).rejects.toThrow('There is no cycle AY2030-31.')
  })
})
