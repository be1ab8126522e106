import { Dexie } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { InstitutionId } from '../../shared/domain/ids'
import { academicYear } from '../../shared/domain/periods'
import { openDatabase } from './database'
import { PeriodFigures, storedRow, type FiguresSnapshot } from './period-figures'
import { saveProfile } from './profile-repository'
import { createPeriod, writeCells, writeExplanation } from './reporting-repository'

const names: string[] = []
afterEach(async () => {
  await Promise.all(names.splice(0).map((n) => Dexie.delete(n)))
})

async function periodWithTwoRows() {
  const name = `figures-${Math.random().toString(36).slice(2)}`
  names.push(name)
  const db = openDatabase(name)
  await saveProfile(db, {
    institutionId: InstitutionId.parse('holyoke-community-college'),
    role: 'education',
    contactName: 'Dana Whitfield',
    contactEmail: 'dwhitfield@example.edu',
    updatedAt: '2026-11-01T12:00:00.000Z',
  })
  const rp = await createPeriod(db, 'education', academicYear(2025))
  await writeCells(db, rp.id, [
    { rowId: 'p1', measure: 'seats', value: 30 },
    { rowId: 'p2', measure: 'seats', value: 12 },
  ])
  return { db, rp }
}

/** The next snapshot the store publishes after `action`. */
function next(store: PeriodFigures, action: () => Promise<unknown>): Promise<FiguresSnapshot> {
  return new Promise((resolve, reject) => {
    const stop = store.subscribe(() => {
      stop()
      resolve(store.current())
    })
    action().catch(reject)
  })
}

describe('a period’s figures in memory', () => {
  it('reads the period once, then replaces only the row an edit touched', async () => {
    const { db, rp } = await periodWithTwoRows()
    const store = new PeriodFigures(db, rp.id)
    let stop = () => {}
    const first = await next(store, () => {
      stop = store.start()
      return Promise.resolve()
    })
    expect(storedRow(first, 'p1').cells.get('seats')?.value).toBe(30)

    const after = await next(store, () =>
      writeCells(db, rp.id, [{ rowId: 'p1', measure: 'seats', value: 31 }]),
    )
    expect(storedRow(after, 'p1').cells.get('seats')?.value).toBe(31)
    expect(storedRow(after, 'p1')).not.toBe(storedRow(first, 'p1'))
    expect(storedRow(after, 'p2')).toBe(storedRow(first, 'p2'))

    const explained = await next(store, () =>
      writeExplanation(db, rp.id, 'p2', 'seats', 'A new evening cohort.'),
    )
    expect(storedRow(explained, 'p2').cells.get('seats')?.explanation).toBe('A new evening cohort.')
    expect(storedRow(explained, 'p1')).toBe(storedRow(after, 'p1'))
    stop()
    db.close()
  })

  it('reads the whole period again after a clear, as a restore does', async () => {
    const { db, rp } = await periodWithTwoRows()
    const store = new PeriodFigures(db, rp.id)
    let stop = () => {}
    await next(store, () => {
      stop = store.start()
      return Promise.resolve()
    })
    const cleared = await next(store, () => db.cells.clear())
    expect(cleared.rows.size).toBe(0)
    stop()
    db.close()
  })

  it('ignores writes to other periods', async () => {
    const { db, rp } = await periodWithTwoRows()
    const other = await createPeriod(db, 'education', academicYear(2024))
    const store = new PeriodFigures(db, rp.id)
    let stop = () => {}
    const first = await next(store, () => {
      stop = store.start()
      return Promise.resolve()
    })
    let published = 0
    store.subscribe(() => (published += 1))
    await writeCells(db, other.id, [{ rowId: 'p1', measure: 'seats', value: 99 }])
    const mine = await next(store, () =>
      writeCells(db, rp.id, [{ rowId: 'p2', measure: 'seats', value: 13 }]),
    )
    expect(published).toBe(1)
    expect(storedRow(mine, 'p1')).toBe(storedRow(first, 'p1'))
    expect(storedRow(mine, 'p2').cells.get('seats')?.value).toBe(13)
    stop()
    db.close()
  })
})
