// The board context screen: a projection entered with its source and the openings it implies,
// a figure without its source refused at the field, the context file loaded through the strict
// reader (a wrong one changes nothing), saved again in the command line's format, and an edit
// from another window never overwritten.
import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { boardContextText } from '../../shared/analysis/context'
import { demoBoardContext } from '../../shared/analysis/demo-context'
import { BoardPage } from './pages/board-page'
import { ContextPage } from './pages/context-page'

const RADIOLOGY = 'Radiologic technologists'
const RESPIRATORY = 'Respiratory therapists'

async function expectAccessible(page: Page, screen: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  expect(serious, `${screen} has accessibility violations`).toEqual([])
}

test('staff enter a projection with its source, see the openings it implies, and keep it', async ({
  page,
}, testInfo) => {
  const board = new BoardPage(page)
  await board.introduceMyself()
  await board.goTo('Board context')
  const context = new ContextPage(page)
  await expect(context.saved()).toHaveText(/No board context saved yet/)
  await expectAccessible(page, 'the empty board context')

  await context.enterProjection(RADIOLOGY, {
    geography: 'Hampden County workforce area',
    vintage: '2022-2032',
    baseYear: '2022',
    baseEmployment: '700',
    projectedYear: '2032',
    projectedEmployment: '760',
    exitsPerYear: '20',
  })
  const implied = context.occupation(RADIOLOGY).locator('.implied-openings')
  await expect(implied).toContainText('Type the years')
  await context.field(RADIOLOGY, 'Transfers per year').fill('22')
  // (760 − 700) ÷ 10 years + 20 exits + 22 transfers, worked out as it is typed.
  await expect(implied).toHaveText(
    'Annual openings implied: 6 net change per year (projected − base employment ÷ years) + 20 exits + 22 transfers = 48',
  )

  // The figures have no source yet: refused at the field, and the focus goes there.
  await context.defaults().getByLabel('Pass share (%)').fill('85')
  await context.save()
  await expect(context.problem()).toContainText('Nothing was saved: 2 figures need attention')
  const source = context.field(RADIOLOGY, 'Source')
  await expect(source).toBeFocused()
  await expect(context.occupation(RADIOLOGY)).toContainText(
    'Source must say where the figure comes from',
  )
  await expect(source).toHaveAttribute('aria-invalid', 'true')
  await expect(context.defaults()).toContainText('Source must say where the figure comes from')
  await expect(context.saved()).toHaveText(/No board context saved yet/)
  await expectAccessible(page, 'the board context with errors')

  await source.fill('Massachusetts long-term occupational projections')
  await context.defaults().getByLabel('Source of the default shares').fill('Work group, June 2026')
  // The publisher's own figure, checked against the projection.
  await context.field(RADIOLOGY, 'Annual openings').fill('49')
  await context.field(RADIOLOGY, 'Source of the annual openings').fill('The same table')
  await expect(context.occupation(RADIOLOGY)).toContainText(
    'Agrees with the 48 the projection implies, within rounding.',
  )
  await context.save()
  await expect(context.status()).toHaveText('Board context saved (revision 1).')
  await expect(context.saved()).toHaveText(
    /^Saved by Jordan Rivera \(jrivera@example\.org\) on .*, revision 1\.$/,
  )
  await page.screenshot({ path: testInfo.outputPath('board-context.png'), fullPage: true })

  await page.reload()
  await board.goTo('Board context')
  await expect(context.field(RADIOLOGY, 'Source')).toHaveValue(
    'Massachusetts long-term occupational projections',
  )
  await expect(context.field(RADIOLOGY, 'Projected employment')).toHaveValue('760')
  await expect(context.defaults().getByLabel('Pass share (%)')).toHaveValue('85')
  await expect(implied).toContainText('= 48')
  await expect(context.field(RESPIRATORY, 'Geography')).toHaveValue('')
})

test('a wrong context file is refused naming its field; the demo file loads after a question', async ({
  page,
}, testInfo) => {
  const board = new BoardPage(page)
  await board.introduceMyself()
  await board.goTo('Board context')
  const context = new ContextPage(page)

  const demo = demoBoardContext()
  const projection = { ...demo.occupations?.['surgical-technologists']?.projection }
  delete projection.source
  const wrong = {
    ...demo,
    occupations: { 'surgical-technologists': { projection } },
  }
  await context.loadFile('board-context.json', JSON.stringify(wrong))
  await expect(context.problem()).toHaveText(
    'board-context.json: This is not a usable board context file: occupations.surgical-technologists.projection.source is missing. Nothing was changed.',
  )
  await expect(context.saved()).toHaveText(/No board context saved yet/)
  await expect(context.field('Surgical technologists', 'Geography')).toHaveValue('')

  // What is typed and not saved is named among what the file would replace.
  await context.field(RESPIRATORY, 'Geography').fill('Typed, not saved')
  await context.loadFile('board-context.json', boardContextText(demo))
  const dialog = page.getByRole('dialog', { name: 'Replace the board context?' })
  await expect(dialog).toContainText(
    'board-context.json holds projections for every occupation; annual openings for every occupation; regional employment for every occupation; default shares (pass share 85%, placement share 85%, in-region share 70%). It replaces the saved context (nothing saved yet) and the changes you have not saved.',
  )
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(context.status()).toHaveText('Nothing was changed.')
  await expect(context.field(RESPIRATORY, 'Geography')).toHaveValue('Typed, not saved')

  await context.loadFile('board-context.json', boardContextText(demo))
  await dialog.getByRole('button', { name: 'Replace the board context' }).click()
  await expect(context.status()).toHaveText(
    'The board context was replaced by board-context.json (revision 1).',
  )
  await expect(context.field(RESPIRATORY, 'Geography')).toHaveValue(
    'Hampden County workforce area (demo)',
  )
  await expect(context.field(RESPIRATORY, 'Projected employment')).toHaveValue('470')
  await expect(context.defaults().getByLabel('In-region share (%)')).toHaveValue('70')
  await expectAccessible(page, 'the board context with the demo loaded')

  // Saved again, it is the file the command line's --context reads, figure for figure.
  const download = await board.download('Save the context file…')
  expect(download.suggestedFilename()).toBe('board-context.json')
  const saved = testInfo.outputPath('board-context.json')
  await download.saveAs(saved)
  expect(readFileSync(saved, 'utf8')).toBe(boardContextText(demo))
})

test('a save from another window is never overwritten', async ({ page, context: browser }) => {
  const board = new BoardPage(page)
  await board.introduceMyself()
  await board.goTo('Board context')
  const here = new ContextPage(page)
  await here.loadFile('board-context.json', boardContextText(demoBoardContext()))
  await page.getByRole('button', { name: 'Replace the board context' }).click()
  await expect(here.status()).toContainText('revision 1')

  const other = await browser.newPage()
  await other.goto('/')
  await new BoardPage(other).goTo('Board context')
  const there = new ContextPage(other)
  await here.field(RADIOLOGY, 'Exits per year').fill('25')
  await there.field(RADIOLOGY, 'Transfers per year').fill('30')
  await there.save()
  await expect(there.status()).toHaveText('Board context saved (revision 2).')

  await expect(page.getByText('saved in another window while you edited it')).toBeVisible()
  await here.save()
  await expect(here.problem()).toContainText(
    'The board context was changed in another window while you edited it. Nothing was saved',
  )
  await page
    .getByRole('button', { name: 'Show the saved context (my changes are dropped)' })
    .click()
  await expect(here.field(RADIOLOGY, 'Transfers per year')).toHaveValue('30')
  await expect(here.field(RADIOLOGY, 'Exits per year')).toHaveValue('20')
  await expect(here.saved()).toHaveText(/revision 2\.$/)
  await other.close()
})
