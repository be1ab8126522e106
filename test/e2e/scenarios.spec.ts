// Scenarios with the demo set merged and the demo context loaded: clinical slots added where
// clinical placements limit a program change that occupation's coverage beside the baseline,
// always labelled as a scenario; saved, listed after a reload, deleted after a question.
import { expect, test } from '@playwright/test'
import { boardContextText } from '../../shared/analysis/context'
import { demoBoardContext } from '../../shared/analysis/demo-context'
import { boardBackup, demoFolder } from './board/board-dataset'
import { BoardPage } from './pages/board-page'
import { ContextPage } from './pages/context-page'

const NAME = 'More clinical slots for surgical technology'
const TAG = `Scenario: ${NAME}`
const PROGRAM = 'Surgical Technology, Sample Technical College (fictional)'
let demo = ''

test.beforeAll(() => {
  demo = demoFolder()
})

test('a scenario adding clinical slots changes coverage beside the baseline, labelled', async ({
  page,
}, testInfo) => {
  const board = new BoardPage(page)
  await board.introduceMyself()
  await board.restore(await boardBackup(demo))
  await board.goTo('Board context')
  const context = new ContextPage(page)
  await context.loadFile('board-context.json', boardContextText(demoBoardContext()))
  await page.getByRole('button', { name: 'Replace the board context' }).click()
  await expect(context.status()).toContainText('revision 1')

  await board.goTo('Scenarios')
  await expect(page.getByLabel('Cycle')).toHaveValue('AY2025-26')
  await expect(page.getByText('No scenario saved for AY2025-26 yet.')).toBeVisible()
  await page.getByLabel('Name of the new scenario').fill(NAME)
  await page.getByRole('button', { name: 'New scenario from the baseline' }).click()
  const editor = page.getByRole('form', { name: `Edit ${TAG}` })
  await expect(editor).toBeVisible()

  // Surgical Technology places its 22 students in the 11 slots it secured: clinical
  // placements limit it below its 24 seats.
  const slots = editor.getByLabel(`Clinical slots secured of ${PROGRAM}`)
  await expect(slots.locator('..')).toContainText('reported 11')
  await expect(editor.getByLabel(`Expected completers of ${PROGRAM}`).locator('..')).toContainText(
    'reported 11',
  )
  const results = page.getByRole('table', { name: `${TAG}: results beside the baseline` })
  const row = (occupation: string, basis: string) =>
    results.getByRole('row', { name: new RegExp(`^${TAG} ${occupation}, ${basis}`) })
  const surgical = row('Surgical technologists', 'employer-reported demand')
  // A new scenario is the baseline: nothing marked changed.
  await expect(surgical.getByRole('cell')).toHaveText([
    '7',
    '7',
    '6.8',
    '6.8',
    '0.2',
    '0.2',
    '0.98',
    '0.98',
    'Balanced',
    'Balanced',
  ])
  await expect(results.getByText('changed')).toHaveCount(0)

  await slots.fill('13')
  await editor.getByRole('button', { name: 'Save the scenario' }).click()
  await expect(editor.getByRole('status')).toHaveText(`Scenario “${NAME}” saved.`)
  // 13 slots place 26 students; the 24 seats now limit: 11 × 24 ÷ 22 = 12 completers.
  await expect(surgical.getByRole('cell')).toHaveText([
    '7',
    '7',
    '6.8',
    '7.5 changed',
    '0.2',
    '-0.5 changed',
    '0.98',
    '1.07 changed',
    'Balanced',
    'Balanced',
  ])
  await expect(
    row('Surgical technologists', 'published annual openings').getByRole('cell').nth(7),
  ).toHaveText('0.3 changed')
  await expect(row('Respiratory therapists', 'employer-reported demand')).not.toContainText(
    'changed',
  )

  // Six more seats add nothing: its faculty teach 24 students and a scenario hires none. Every
  // completer staying in the region moves coverage across a band.
  await editor.getByLabel(`Seats of ${PROGRAM}`).fill('30')
  const inRegion = editor.getByLabel(`In-region share (%) of ${PROGRAM}`)
  await expect(inRegion.locator('..')).toContainText('baseline 77.8%')
  await inRegion.fill('100')
  await expect(editor).toContainText('Changes not saved yet')
  await editor.getByRole('button', { name: 'Save the scenario' }).click()
  // 12 completers × 80% pass × 100% placed × 100% in region = 9.6 for 7 hires.
  await expect(surgical.getByRole('cell').nth(7)).toHaveText('1.37 changed')
  await expect(surgical.getByRole('cell').nth(9)).toHaveText('Surplus changed')
  await expect(surgical.getByRole('cell').nth(8)).toHaveText('Balanced')
  await expect(
    page.getByRole('heading', { name: `${TAG}: results beside the baseline` }),
  ).toBeVisible()
  await expect(results.getByRole('columnheader', { name: TAG })).toHaveCount(5)
  await expect(results.locator('tbody th')).toHaveCount(8)
  for (const header of await results.locator('tbody th').all()) {
    await expect(header).toContainText(TAG)
  }
  await page.screenshot({
    path: testInfo.outputPath('scenario-beside-baseline.png'),
    fullPage: true,
  })

  // Names are unique within a cycle.
  await page.getByLabel('Name of the new scenario').fill(NAME.toUpperCase())
  await page.getByRole('button', { name: 'New scenario from the baseline' }).click()
  await expect(page.getByRole('form', { name: 'New scenario' })).toContainText(
    `This cycle already has a scenario called “${NAME.toUpperCase()}”`,
  )

  await page.reload()
  await board.goTo('Scenarios')
  const list = page.getByRole('table', { name: 'Scenarios of AY2025-26' })
  await expect(list.getByRole('row', { name: new RegExp(TAG) })).toContainText('Changes 1 program')
  await page.getByRole('button', { name: `Open scenario ${NAME}` }).click()
  await expect(editor.getByLabel(`Seats of ${PROGRAM}`)).toHaveValue('30')
  await expect(slots).toHaveValue('13')
  await expect(inRegion).toHaveValue('100')
  await expect(surgical.getByRole('cell').nth(9)).toHaveText('Surplus changed')

  await page.getByRole('button', { name: `Delete scenario ${NAME}…` }).click()
  const dialog = page.getByRole('dialog', { name: `Delete scenario “${NAME}”?` })
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await dialog.getByRole('button', { name: 'Delete the scenario' }).click()
  await expect(page.getByText('No scenario saved for AY2025-26 yet.')).toBeVisible()
  await expect(results).toHaveCount(0)
  await page.reload()
  await board.goTo('Scenarios')
  await expect(page.getByText('No scenario saved for AY2025-26 yet.')).toBeVisible()
})
