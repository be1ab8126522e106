// Whose figures a period holds, what blocks an export, deleting a period, and a new computer
// restored from a backup: the first export there says the board will see a new key.
import { expect, test, type Page } from '@playwright/test'
import { BackupSettings } from './pages/backup-settings'
import { registrarWithPrograms } from './pages/journeys'
import { ReportsPage } from './pages/reports-page'
import { SetupPage } from './pages/setup-page'

const DANA = {
  institution: 'Holyoke Community College',
  name: 'Dana Whitfield',
  email: 'dwhitfield@example.edu',
}
const RAD = 'Radiologic Technology AS'
/** Where a screenshot for review goes, when asked for. */
const SHOTS = process.env.SCREENSHOT_DIR

async function shoot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true })
}

/** A registrar whose AY 2025–26 report is complete and exported as revision 1. */
async function exportedRegistrar(page: Page): Promise<ReportsPage> {
  const reports = await registrarWithPrograms(page, DANA, [
    { occupation: 'Radiologic technologists', name: RAD },
  ])
  await reports.paste(RAD, 'seats', '30\t96\t70\t30\t12\t29\t24\t26')
  await reports.enter(RAD, 'examTakers', '10')
  await reports.enter(RAD, 'examPasses', '9')
  await reports.expectAllSaved()
  await page.getByRole('tab', { name: 'Export' }).click()
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export signed workbook…' }).click()
  expect((await downloading).suggestedFilename()).toBe(
    'AHWG_holyoke-community-college_AY2025-26_r1.xlsx',
  )
  await expect(page.getByRole('status').filter({ hasText: 'Exported' })).toContainText('revision 1')
  return reports
}

test('the export screen lists every reason it is blocked, and goes to the cell', async ({
  page,
}) => {
  const reports = await registrarWithPrograms(page, DANA, [
    { occupation: 'Radiologic technologists', name: RAD },
  ])
  await reports.enter(RAD, 'seats', '30')
  await reports.enter(RAD, 'enrolled', '42')
  await reports.enter(RAD, 'examTakers', '10')
  await reports.enter(RAD, 'examPasses', '12')
  await reports.expectAllSaved()
  await page.getByRole('tab', { name: 'Export' }).click()

  const blocked = page.getByRole('group', { name: /^Not ready to export/ })
  await expect(blocked).toContainText('First-attempt exam passes (12) is more than')
  await expect(blocked).toContainText('Needs an explanation')
  await expect(blocked).toContainText(
    'Radiologic Technology AS: Completers is required and still empty (enter 0 if there were none).',
  )
  await expect(blocked).toContainText(/\d+ required figures still empty/)
  await expect(page.getByText(/^Ready to export/)).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Export signed workbook…' })).toBeDisabled()
  await shoot(page, 'export-blocked')

  // "Go to cell" opens the figures at that cell, ready to type.
  await blocked
    .getByRole('listitem')
    .filter({ hasText: 'Completers is required' })
    .getByRole('button', { name: 'Go to cell' })
    .click()
  await expect(page.getByRole('tab', { name: 'Figures' })).toHaveAttribute('aria-selected', 'true')
  await expect(reports.cell(RAD, 'completers')).toBeFocused()
  await page.keyboard.type('12')
  await page.keyboard.press('Enter')
  await expect(reports.shown(RAD, 'completers')).toHaveText('12')
})

test('an empty period is not ready to export', async ({ page }) => {
  const setup = new SetupPage(page)
  await setup.open()
  await setup.introduceMyself({
    institution: 'Baystate Health',
    name: 'Ray Ortiz',
    email: 'ray.ortiz@example.org',
  })
  const reports = new ReportsPage(page, 'employer')
  await reports.startPeriod({ snapshotDate: '2026-10-01' })
  await page.getByRole('tab', { name: 'Export' }).click()
  const blocked = page.getByRole('group', { name: /^Not ready to export/ })
  await expect(blocked).toContainText('The report has no occupations yet')
  await blocked.getByRole('button', { name: 'Open Occupations' }).click()
  await expect(page.getByRole('tab', { name: 'Occupations' })).toHaveAttribute(
    'aria-selected',
    'true',
  )
})

test('a snapshot date in the future is refused', async ({ page }) => {
  const setup = new SetupPage(page)
  await setup.open()
  await setup.introduceMyself({
    institution: 'Baystate Health',
    name: 'Ray Ortiz',
    email: 'ray.ortiz@example.org',
  })
  // Tomorrow where the browser is.
  const tomorrow = await page.evaluate(() => {
    const d = new Date()
    d.setDate(d.getDate() + 1)
    const pad = (n: number) => String(n).padStart(2, '0')
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
  })
  await page.getByLabel('Snapshot date').fill(tomorrow)
  await page.getByRole('button', { name: 'Start period' }).click()
  await expect(page.getByText(`${tomorrow} is in the future`)).toBeVisible()
  await expect(page.getByRole('table')).toHaveCount(0)
})

test('deleting an exported period asks first, names it, and says the board keeps what it has', async ({
  page,
}) => {
  const reports = await exportedRegistrar(page)
  await reports.backToPeriods()
  await page.getByRole('button', { name: 'Delete AY 2025–26…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Delete AY 2025–26?' })
  await expect(dialog).toContainText('The board already holds revision 1 of AY 2025–26 from you.')
  await expect(dialog).toContainText('Deleting it here does not withdraw it')
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await shoot(page, 'delete-confirmation')

  // Escape keeps everything.
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Open AY 2025–26' })).toBeVisible()

  await page.getByRole('button', { name: 'Delete AY 2025–26…' }).click()
  await dialog.getByRole('button', { name: 'Delete AY 2025–26' }).click()
  await expect(
    page.getByRole('status').filter({ hasText: 'AY 2025–26 was deleted.' }),
  ).toBeVisible()
  await expect(page.getByRole('button', { name: 'Open AY 2025–26' })).toHaveCount(0)
})

test('a profile switched to another institution does not list the old one’s periods, and says how to get back', async ({
  page,
}) => {
  const setup = new SetupPage(page)
  await setup.open()
  await setup.introduceMyself(DANA)
  const reports = new ReportsPage(page, 'education')
  await reports.startPeriod({ academicYear: 'AY 2025–26' })
  await reports.backToPeriods()

  await page.getByRole('button', { name: 'Settings' }).click()
  await page
    .getByLabel('Your institution')
    .selectOption({ label: 'Springfield Technical Community College' })
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible()
  await page.getByRole('button', { name: 'My reports' }).click()

  await expect(page.getByRole('note')).toContainText(
    'This computer also holds 1 period of Holyoke Community College.',
  )
  await expect(page.getByRole('note')).toContainText(
    'choose Holyoke Community College in Settings → Who you are',
  )
  await expect(page.getByRole('button', { name: 'Open AY 2025–26' })).toHaveCount(0)
  await page.getByRole('button', { name: 'Start period' }).click()
  await expect(page.getByText('AY 2025–26 is already held on this computer')).toBeVisible()
})

test('after a restore on a new computer, the first export says the board will see a new key and offers the key card', async ({
  page,
  browser,
}, testInfo) => {
  await exportedRegistrar(page)
  const backup = new BackupSettings(page)
  await backup.open()
  const download = await backup.saveBackup()
  const file = testInfo.outputPath(download.suggestedFilename())
  await download.saveAs(file)

  // A new computer: nothing but the backup.
  const fresh = await (await browser.newContext()).newPage()
  await new SetupPage(fresh).open()
  await new SetupPage(fresh).introduceMyself(DANA)
  const restore = new BackupSettings(fresh)
  await restore.open()
  await restore.chooseBackup(file)
  await restore.confirmation().getByRole('button', { name: 'Replace my data' }).click()
  await expect(restore.status(/^Restored/)).toBeVisible()

  await fresh.getByRole('button', { name: 'My reports' }).click()
  const restored = new ReportsPage(fresh, 'education')
  await restored.expectOpen('AY 2025–26')
  await fresh.getByRole('tab', { name: 'Export' }).click()
  const warning = fresh
    .getByRole('note')
    .filter({ hasText: 'This export will make a new signing key.' })
  await expect(warning).toContainText('The board will see a changed key')
  await shoot(fresh, 'new-key-warning')

  const downloading = fresh.waitForEvent('download')
  await fresh.getByRole('button', { name: 'Export signed workbook…' }).click()
  // The revision counts on from the backup: the board holds revision 1 already.
  expect((await downloading).suggestedFilename()).toBe(
    'AHWG_holyoke-community-college_AY2025-26_r2.xlsx',
  )
  const card = fresh.getByRole('note').filter({ hasText: 'A new signing key was made' })
  await expect(card).toContainText('the board will see a changed key')
  await shoot(fresh, 'new-key-card')
  const saving = fresh.waitForEvent('download')
  await card.getByRole('button', { name: 'Save key card…' }).click()
  expect((await saving).suggestedFilename()).toMatch(/\.json$/)
  await expect(card.getByRole('status')).toHaveText(
    'Key card saved. Send it to the board with the workbook.',
  )
})
