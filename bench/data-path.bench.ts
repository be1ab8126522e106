// Benchmark of the data path behind one edit, in Node with fake-indexeddb, apart from the
// grid: what the figures screen does after an edit now (re-read the edited cells, re-validate
// the edited row) beside what it did before (re-read and re-parse all 4,000 cells, validate
// the whole report), in the same run.
import { assembleReport } from '../shared/reports/draft'
import { validateReport } from '../shared/rules'
import { openDatabase } from '../renderer/db/database'
import { PeriodFigures, storedRow } from '../renderer/db/period-figures'
import { getPeriod, loadCells, writeCells } from '../renderer/db/reporting-repository'
import { checkRow } from '../renderer/institution/row-check'
import { programs } from './fixtures'
import { seedEducationPeriod } from './seeded-period'
import { median, printFigures } from './measure'

export async function benchDataPath(): Promise<void> {
  const db = openDatabase(`bench-data-${Date.now()}`)
  const list = programs(200)
  const periodId = await seedEducationPeriod(db, list.length)
  const rp = (await getPeriod(db, periodId))!

  const store = new PeriodFigures(db, rp.id)
  const published = () =>
    new Promise<void>((resolve) => {
      const stop = store.subscribe(() => {
        stop()
        resolve()
      })
    })
  const ready = published()
  const stopStore = store.start()
  await ready

  const wholeRead = await median(async () => {
    const cells = await loadCells(db, rp.id)
    return assembleReport(rp, cells, list)
  })
  const wholeValidate = await median(() => validateReport(assembleReport(rp, [], list)), {
    samples: 15,
  })
  const report = assembleReport(rp, await loadCells(db, rp.id), list)
  const wholeValidateFilled = await median(() => validateReport(report), { samples: 15 })
  let n = 0
  const editRead = await median(async () => {
    const done = published()
    n += 1
    await writeCells(db, rp.id, [{ rowId: list[7]!.id, measure: 'seats', value: 30 + (n % 5) }])
    await done
  })
  const row = storedRow(store.current(), list[7]!.id)
  const rowValidate = await median(
    () => checkRow(row, { rp, program: list[7], previous: undefined, label: list[7]!.name }),
    { samples: 200 },
  )
  stopStore()
  db.close()

  printFigures(
    'Data path of one edit (Node, fake-indexeddb)',
    'the old path: re-read, re-parse and assemble all 4,000 cells',
    wholeRead,
    [{ name: 'write one cell, re-read only that cell into the store', medianMs: editRead }],
  )
  printFigures(
    'Validation after one edit (Node)',
    'the old path: validate the whole 200-row report',
    wholeValidateFilled,
    [
      { name: 're-validate the edited row (and its cached checks)', medianMs: rowValidate },
      { name: '(for scale) validate an empty 200-row report', medianMs: wholeValidate },
    ],
  )
}
