import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { BackupSettings } from './pages/backup-settings'
import { ReportsPage } from './pages/reports-page'
import { SetupPage } from './pages/setup-page'

const DANA = {
  institution: 'Holyoke Community College',
  name: 'Dana Whitfield',
  email: 'dwhitfield@example.edu',
}
const RAY = { institution: 'Baystate Health', name: 'Ray Ortiz', email: 'ray.ortiz@example.org' }

async function expectSignedInAs(
  page: Page,
  who: { institution: string; name: string; email: string },
) {
  await expect(page.locator('.brand-who')).toContainText(who.institution)
  await page.getByRole('button', { name: 'My reports' }).click()
  await expect(page.getByRole('heading', { name: `${who.institution}: reports` })).toBeVisible()
  await page.getByRole('button', { name: 'Settings' }).click()
  await expect(page.getByLabel('Your name')).toHaveValue(who.name)
  await expect(page.getByLabel('Your work email')).toHaveValue(who.email)
}

test.describe('backup and restore', () => {
  test('a backup saved on one computer restores everything on another', async ({
    page,
    browser,
  }, testInfo) => {
    // Two first-run setups in two browser profiles, plus an accessibility scan of the dialog.
    test.slow()
    const setup = new SetupPage(page)
    await setup.open()
    await setup.introduceMyself(DANA)
    const backup = new BackupSettings(page)
    await backup.open()
    const download = await backup.saveBackup()
    expect(download.suggestedFilename()).toMatch(/^allied-pipeline-backup-\d{4}-\d{2}-\d{2}\.json$/)
    const file = testInfo.outputPath(download.suggestedFilename())
    await download.saveAs(file)
    await expect(
      backup.status(
        `Downloaded ${download.suggestedFilename()} with your profile (Dana Whitfield, Holyoke Community College), 0 periods, 0 programs and 0 figures.`,
      ),
    ).toBeVisible()

    // Another computer: a fresh browser profile with nothing stored, used by someone else first.
    const elsewhere = await browser.newContext()
    const other = await elsewhere.newPage()
    const otherSetup = new SetupPage(other)
    await otherSetup.open()
    await otherSetup.introduceMyself(RAY)
    const restore = new BackupSettings(other)
    await restore.open()

    await restore.chooseBackup(file)
    const dialog = restore.confirmation()
    await expect(dialog).toBeVisible()
    await expect(dialog).toContainText(
      /^Replace your data with this backup\?This replaces everything stored on this computer — your profile \(Ray Ortiz, Baystate Health\), 0 periods, 0 programs and 0 figures — with the backup from \d{1,2} [A-Z][a-z]{2} \d{4} \(Dana Whitfield, Holyoke Community College, 0 periods, 0 programs, 0 figures\)\. This cannot be undone; save a backup of the current data first if you may need it\./,
    )
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
    expect((await new AxeBuilder({ page: other }).include('dialog').analyze()).violations).toEqual(
      [],
    )

    // Escape is the way out that changes nothing.
    await other.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(restore.status('Nothing was restored.')).toBeVisible()
    await expect(other.getByRole('button', { name: 'Restore from a backup…' })).toBeFocused()
    await expect(other.locator('.brand-who')).toContainText('Baystate Health')

    await restore.chooseBackup(file)
    await restore.confirmation().getByRole('button', { name: 'Replace my data' }).click()
    await expect(
      restore.status(
        /^Restored: the backup from .* \(Dana Whitfield, Holyoke Community College, 0 periods, 0 programs, 0 figures\)\.$/,
      ),
    ).toBeVisible()
    await expectSignedInAs(other, DANA)

    await other.reload()
    await expect(
      other.getByRole('heading', { name: 'Holyoke Community College: reports' }),
    ).toBeVisible()
    await elsewhere.close()
  })

  test('a damaged file or a workbook is refused and the current data stays', async ({ page }) => {
    const setup = new SetupPage(page)
    await setup.open()
    await setup.introduceMyself(RAY)
    const restore = new BackupSettings(page)
    await restore.open()

    const damaged = {
      format: 'allied-pipeline-backup',
      formatVersion: 1,
      databaseVersion: 2,
      appVersion: '0.1.0',
      createdAt: '2026-11-28T14:05:00.000Z',
      tables: {
        profile: [],
        institutions: [],
        settings: [],
        periods: [],
        programs: [],
        cells: [
          {
            periodId: 'S2026-10-01',
            rowId: 'respiratory-therapists',
            measure: 'budgetedFte',
            value: 'twelve',
            explanation: '',
            updatedAt: '2026-11-28T14:00:00.000Z',
          },
        ],
      },
    }
    await restore.chooseBackup({
      name: 'baystate-backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(damaged)),
    })
    await expect(restore.problem()).toContainText(
      '“baystate-backup.json” was not restored. Row 1 of cells is damaged: value must be a number.',
    )
    await expect(restore.problem()).toContainText('Nothing stored on this computer was changed.')
    await expect(restore.confirmation()).toHaveCount(0)

    // The first bytes of a zip whose first entry is a workbook part: what an .xlsx starts with.
    const workbook = Buffer.concat([
      Buffer.from([0x50, 0x4b, 0x03, 0x04]),
      Buffer.alloc(26),
      Buffer.from('xl/workbook.xml'),
    ])
    await restore.chooseBackup({
      name: 'AY2025-26 report.xlsx',
      mimeType: 'application/octet-stream',
      buffer: workbook,
    })
    await expect(restore.problem()).toContainText(
      '“AY2025-26 report.xlsx” was not restored. This is an Excel workbook, not a backup file.',
    )

    await page.reload()
    await expect(page.getByText(/budgeted and filled FTE/)).toBeVisible()
    await expect(page.locator('.brand-who')).toContainText('Baystate Health')
    await page.getByRole('button', { name: 'Settings' }).click()
    await expect(page.getByLabel('Your name')).toHaveValue('Ray Ortiz')
  })
})

test('a registrar’s figures and explanations come back identical in a fresh profile', async ({
  page,
  browser,
}, testInfo) => {
  const setup = new SetupPage(page)
  await setup.open()
  await setup.introduceMyself(DANA)
  const reports = new ReportsPage(page, 'education')
  await reports.startPeriod({ academicYear: 'AY 2025–26' })
  await reports.showRows()
  await reports.addProgram({
    occupation: 'Surgical technologists',
    name: 'Surgical Technology Certificate',
  })
  await reports.showFigures()
  await reports.paste('Surgical Technology Certificate', 'seats', '16\t38\t25\t16\t2\t19\t8\t9')
  await reports.explain(
    'Surgical Technology Certificate',
    'enrolled',
    'Second cohort started in January.',
  )
  await reports.expectAllSaved()

  const backup = new BackupSettings(page)
  await backup.open()
  const download = await backup.saveBackup()
  const file = testInfo.outputPath(download.suggestedFilename())
  await download.saveAs(file)

  const fresh = await (await browser.newContext()).newPage()
  await new SetupPage(fresh).open()
  await new SetupPage(fresh).introduceMyself(RAY)
  const restore = new BackupSettings(fresh)
  await restore.open()
  await restore.chooseBackup(file)
  await restore.confirmation().getByRole('button', { name: 'Replace my data' }).click()
  await expect(restore.status(/^Restored/)).toBeVisible()

  await fresh.getByRole('button', { name: 'My reports' }).click()
  const restored = new ReportsPage(fresh, 'education')
  // The backup remembers the period that was open, as a reload does.
  await restored.expectOpen('AY 2025–26')
  await expect(restored.shown('Surgical Technology Certificate', 'applicants')).toHaveText('38')
  await expect(
    restored.shown('Surgical Technology Certificate', 'expectedCompletersNextYear'),
  ).toHaveText('9')
  await restored.cell('Surgical Technology Certificate', 'enrolled').click()
  await expect(fresh.getByLabel('Explanation (required before export)')).toHaveValue(
    'Second cohort started in January.',
  )
})
