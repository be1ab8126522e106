// The gap-analysis dashboard with the demo set merged and the demo region's board context:
// each occupation's coverage and band, the charts with their titles and data tables, the
// overview table's sorting, filtering and drill-down, the keyboard path, and axe.
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { demoBoardContext } from '../../shared/analysis/demo-context'
import { boardBackup, demoFolder } from './board/board-dataset'
import { DEMO_FINDINGS } from './board/demo-findings'
import { BoardPage } from './pages/board-page'

let demo = ''
test.beforeAll(() => {
  demo = demoFolder()
})

async function expectAccessible(page: Page, screen: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    )
  expect(serious, `${screen} has accessibility violations`).toEqual([])
}

async function openAnalysis(page: Page, withContext: boolean) {
  const board = new BoardPage(page)
  await board.introduceMyself()
  await board.restore(await boardBackup(demo, withContext ? { context: demoBoardContext() } : {}))
  await board.goTo('Analysis')
  await expect(page.getByRole('status').filter({ hasText: /^Analysis of AY2025-26/ })).toHaveText(
    'Analysis of AY2025-26: 4 programs and 2 employers reporting.',
  )
}

const overviewRows = (page: Page) =>
  page.getByRole('table', { name: /^All occupations/ }).locator('tbody > tr:not(.drill-down)')

test('each occupation’s coverage, band, charts and tables', async ({ page }, testInfo) => {
  await openAnalysis(page, true)
  await expect(page.getByRole('heading', { name: 'No board context yet' })).toHaveCount(0)
  for (const f of DEMO_FINDINGS) {
    const row = overviewRows(page).filter({ hasText: f.name })
    await expect(row).toContainText(f.published.split(',')[0]!)
    await expect(row).toContainText('Severe shortage')
    await expect(row).toContainText(`${f.employers} (board only: fewer than 3 employers)`)
  }

  const tabs = page.getByRole('tablist', { name: 'Occupation' })
  for (const f of DEMO_FINDINGS) {
    await tabs.getByRole('tab', { name: f.name }).click()
    const panel = page.getByRole('tabpanel')
    await expect(panel.getByRole('heading', { level: 3, name: f.name })).toBeVisible()
    await expect(panel.locator('.finding')).toContainText(
      `${f.name}: coverage ${f.published} against published annual openings; coverage ${f.employers} against employer-reported demand (board only: fewer than 3 employers); binding constraint: seats, `,
    )
    // Five charts, each an image with a title and a description, each beside its data table.
    const charts = panel.locator('svg[role="img"]')
    await expect(charts).toHaveCount(5)
    for (const title of [
      'supply against demand',
      'the pipeline funnel',
      'capacity limits',
      'the pipeline ahead',
      'coverage across cycles',
    ]) {
      const name = `${f.name}: ${title}`
      await expect(panel.getByRole('img', { name: new RegExp(`^${name}`) })).toHaveCount(1)
      await expect(panel.getByRole('table', { name })).toHaveCount(1)
    }
    const numbers = panel.getByRole('table', { name: `${f.name}: supply against demand` })
    await expect(numbers).toContainText(f.published.split(',')[0]!)
    await expect(numbers).toContainText('Severe shortage')
  }
  await page.screenshot({ path: testInfo.outputPath('dashboard.png'), fullPage: true })
})

test('the overview sorts, filters and drills down to each institution', async ({ page }) => {
  await openAnalysis(page, true)
  const coverageHeader = page.getByRole('button', { name: 'Coverage (published openings)' })
  await coverageHeader.click()
  // TanStack sorts numbers descending first.
  const first = () => overviewRows(page).first().locator('th')
  const sortedBy = page.getByRole('columnheader', { name: 'Coverage (published openings)' })
  const direction = await sortedBy.getAttribute('aria-sort')
  expect(['ascending', 'descending']).toContain(direction)
  await expect(first()).toHaveText(
    direction === 'ascending'
      ? 'Clinical laboratory technologists and technicians'
      : 'Respiratory therapists',
  )
  await coverageHeader.click()
  await expect(sortedBy).toHaveAttribute(
    'aria-sort',
    direction === 'ascending' ? 'descending' : 'ascending',
  )
  await expect(first()).toHaveText(
    direction === 'ascending'
      ? 'Respiratory therapists'
      : 'Clinical laboratory technologists and technicians',
  )

  await page.getByLabel('Occupation contains').fill('surg')
  await expect(page.getByRole('status').filter({ hasText: 'occupations shown' })).toHaveText(
    '1 of 4 occupations shown',
  )
  await expect(overviewRows(page)).toHaveCount(1)
  await page.getByLabel('Occupation contains').fill('')
  await page.getByLabel('Band (published openings)').selectOption({ label: 'Shortage' })
  await expect(page.getByRole('status').filter({ hasText: 'occupations shown' })).toHaveText(
    '0 of 4 occupations shown',
  )
  await page.getByLabel('Band (published openings)').selectOption({ label: 'Severe shortage' })
  await expect(overviewRows(page)).toHaveCount(4)

  const expand = page.getByRole('button', { name: 'Institutions behind Radiologic technologists' })
  await expect(expand).toHaveAttribute('aria-expanded', 'false')
  await expand.click()
  await expect(expand).toHaveAttribute('aria-expanded', 'true')
  const contributions = page.getByRole('table', {
    name: 'Radiologic technologists: each institution’s contribution to supply',
  })
  await expect(contributions.getByRole('columnheader')).toHaveText([
    'Institution',
    'Program',
    'Expected completers',
    'First-attempt pass share',
    'Placement share',
    'In-region share',
    'Supply contributed',
  ])
  await expect(contributions.locator('tbody tr')).toHaveCount(1)
  await expect(contributions).toContainText('(fictional)')
  await expand.click()
  await expect(contributions).toHaveCount(0)
})

test('the keyboard reaches every occupation, and axe finds nothing serious', async ({
  page,
}, testInfo) => {
  await openAnalysis(page, true)
  const tabs = page.getByRole('tablist', { name: 'Occupation' })
  await tabs.getByRole('tab', { selected: true }).focus()
  for (const f of [...DEMO_FINDINGS.slice(1), DEMO_FINDINGS[0]]) {
    await page.keyboard.press('ArrowRight')
    await expect(tabs.getByRole('tab', { name: f.name })).toBeFocused()
    await expect(tabs.getByRole('tab', { name: f.name })).toHaveAttribute('aria-selected', 'true')
    await expect(page.getByRole('tabpanel').getByRole('heading', { level: 3 })).toHaveText(f.name)
  }
  await page.keyboard.press('ArrowLeft')
  await expect(tabs.getByRole('tab', { name: DEMO_FINDINGS[3].name })).toBeFocused()
  // Sorting and drilling down are buttons: Enter works them.
  await page.getByRole('button', { name: 'Occupation', exact: true }).focus()
  await page.keyboard.press('Enter')
  await expect(
    page.getByRole('columnheader', { name: 'Occupation', exact: true }),
  ).not.toHaveAttribute('aria-sort', 'none')
  await page.getByRole('button', { name: 'Institutions behind Surgical technologists' }).focus()
  await page.keyboard.press('Enter')
  await expect(
    page.getByRole('table', { name: /^Surgical technologists: each institution/ }),
  ).toBeVisible()
  await expectAccessible(page, 'the analysis dashboard')
  await page.screenshot({ path: testInfo.outputPath('dashboard-drill-down.png'), fullPage: true })
})

test('without a board context, the dashboard says which figures are unknown', async ({ page }) => {
  await openAnalysis(page, false)
  const notice = page.getByRole('region', { name: 'No board context yet' })
  await expect(notice).toContainText(
    'published annual openings, regional employment and the default shares are unknown',
  )
  await expect(page.getByRole('tabpanel').locator('.finding')).toContainText(
    'coverage unknown against published annual openings',
  )
  await expect(page.getByRole('tabpanel')).toContainText(
    'Published annual openings: no projection or annual openings figure in the board context',
  )
  await expectAccessible(page, 'the analysis dashboard without a context')
})

test('a cycle with nothing merged says so and leads to Import', async ({ page }) => {
  const board = new BoardPage(page)
  await board.introduceMyself()
  await board.goTo('Analysis')
  await expect(page.getByRole('heading', { name: 'No cycle yet' })).toBeVisible()
  await board.goTo('Cycles')
  await page.getByRole('button', { name: 'New cycle…' }).click()
  await page.getByRole('button', { name: /^Save cycle/ }).click()
  await expect(page.getByText(/^Cycle .* saved\./)).toBeVisible()
  await board.goTo('Analysis')
  await expect(page.getByRole('heading', { name: /^No merged data for AY/ })).toBeVisible()
  await page.getByRole('button', { name: 'Go to Import' }).click()
  await expect(
    page
      .getByRole('navigation', { name: 'Board workspace' })
      .getByRole('button', { name: 'Import' }),
  ).toHaveAttribute('aria-current', 'page')
})
