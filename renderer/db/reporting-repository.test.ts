import { Dexie } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { InstitutionId } from '../../shared/domain/ids'
import { academicYear } from '../../shared/domain/periods'
import { openDatabase } from './database'
import { saveProfile } from './profile-repository'
import {
  addPeriodRow,
  removePeriodRow,
  createPeriod,
  getPeriod,
  loadCells,
  writeCells,
  writeExplanation,
} from './reporting-repository'

const names: string[] = []
const HCC = InstitutionId.parse('holyoke-community-college')
/** A database whose profile names Holyoke Community College, as after first-run setup. */
const fresh = async () => {
  const name = `reporting-${Math.random().toString(36).slice(2)}`
  names.push(name)
  const db = openDatabase(name)
  await saveProfile(db, {
    institutionId: HCC,
    role: 'education',
    contactName: 'Dana Whitfield',
    contactEmail: 'dwhitfield@example.edu',
    updatedAt: '2026-11-01T12:00:00.000Z',
  })
  return db
}
afterEach(async () => {
  await Promise.all(names.splice(0).map((n) => Dexie.delete(n)))
})

describe('reporting repository', () => {
  it('keeps every program when several are added at once', async () => {
    const db = await fresh()
    const rp = await createPeriod(db, 'education', academicYear(2025))
    await Promise.all(['a', 'b', 'c', 'a'].map((id) => addPeriodRow(db, rp.id, id)))
    expect((await getPeriod(db, rp.id))?.rowIds.sort()).toEqual(['a', 'b', 'c'])
    await Promise.all(['a', 'c'].map((id) => removePeriodRow(db, rp.id, id)))
    expect((await getPeriod(db, rp.id))?.rowIds).toEqual(['b'])
  })

  it('refuses to start a period twice, with a message that says where to find it', async () => {
    const db = await fresh()
    await createPeriod(db, 'employer', academicYear(2025))
    await expect(createPeriod(db, 'employer', academicYear(2025))).rejects.toThrow(
      'AY 2025–26 already exists: open it from the list.',
    )
  })

  it('keeps an explanation when the figure it explains is changed', async () => {
    const db = await fresh()
    const rp = await createPeriod(db, 'education', academicYear(2025))
    await writeCells(db, rp.id, [{ rowId: 'a', measure: 'enrolled', value: 42 }])
    await writeExplanation(db, rp.id, 'a', 'enrolled', 'Two cohorts')
    await writeCells(db, rp.id, [{ rowId: 'a', measure: 'enrolled', value: 44 }])
    expect(await loadCells(db, rp.id)).toMatchObject([
      { rowId: 'a', measure: 'enrolled', value: 44, explanation: 'Two cohorts' },
    ])
  })
})
