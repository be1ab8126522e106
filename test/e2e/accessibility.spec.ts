// Automated accessibility checks (axe) on every screen: no serious or critical violations.
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { ReportsPage } from './pages/reports-page'
import { SetupPage } from './pages/setup-page'

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

test('setup, with and without errors', async ({ page }) => {
  const setup = new SetupPage(page)
  await setup.open()
  await expectAccessible(page, 'first-run setup')
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page.getByRole('alert')).toBeVisible()
  await expectAccessible(page, 'first-run setup with errors')
})

test('a registrar’s periods, programs, figures and settings', async ({ page }) => {
  const setup = new SetupPage(page)
  await setup.open()
  await setup.introduceMyself({
    institution: 'Greenfield Community College',
    name: 'Kim Park',
    email: 'kpark@example.edu',
  })
  await expectAccessible(page, 'empty period list')

  const reports = new ReportsPage(page, 'education')
  await reports.startPeriod()
  await reports.showRows()
  await reports.addProgram({ occupation: 'Respiratory therapists', name: 'Respiratory Care AS' })
  await expectAccessible(page, 'programs tab')
  await reports.showFigures()
  await reports.paste('Respiratory Care AS', 'seats', '20\t64\t40\t22\t6\t44')
  await reports.cell('Respiratory Care AS', 'enrolled').click()
  await expect(reports.problems).toContainText('Enrolled (44) is more than seats (20)')
  await expectAccessible(page, 'figures grid with a warning')

  await reports.backToPeriods()
  await expectAccessible(page, 'period list')
  await page.getByRole('button', { name: 'Settings' }).click()
  await expectAccessible(page, 'settings')
})

test('an employer’s occupations and the board workspace', async ({ page }) => {
  const setup = new SetupPage(page)
  await setup.open()
  await setup.introduceMyself({
    institution: 'Cooley Dickinson Hospital',
    name: 'Lee Chan',
    email: 'lchan@example.org',
  })
  const reports = new ReportsPage(page, 'employer')
  await reports.startPeriod({ snapshotDate: '2026-10-01' })
  await reports.showRows()
  await reports.chooseOccupations(['Surgical technologists'])
  await expectAccessible(page, 'occupations tab')
  await reports.showFigures()
  await expectAccessible(page, 'employer figures')

  await page.getByRole('button', { name: 'Settings' }).click()
  await page.getByRole('radio', { name: /Workforce board staff/ }).check()
  await page.getByRole('button', { name: 'Save changes' }).click()
  await page.getByRole('button', { name: 'Board workspace' }).click()
  await expectAccessible(page, 'board workspace')
})
