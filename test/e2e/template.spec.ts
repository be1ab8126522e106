// An HR analyst who prefers Excel downloads a blank template, fills it, and imports it; a cell
// that is not a number is named by sheet and cell and nothing is changed.
import { readFile, writeFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import ExcelJS from 'exceljs'
import { ReportsPage } from './pages/reports-page'
import { SetupPage } from './pages/setup-page'

async function importWorkbook(page: Page, file: string) {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import figures from a workbook…' }).click()
  await (await chooser).setFiles(file)
}

test('a blank template filled in Excel imports into the period; a bad cell is named', async ({
  page,
}, testInfo) => {
  await new SetupPage(page).open()
  await new SetupPage(page).introduceMyself({
    institution: 'Baystate Health',
    name: 'Ray Ortiz',
    email: 'rortiz@example.org',
  })
  const reports = new ReportsPage(page, 'employer')
  await reports.startPeriod({ snapshotDate: '2026-10-01' })
  await reports.showRows()
  await reports.chooseOccupations(['Respiratory therapists', 'Surgical technologists'])
  await page.getByRole('tab', { name: 'Export' }).click()

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download blank template…' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe('AHWG_template_employer_S2026-10-01.xlsx')
  const template = testInfo.outputPath(download.suggestedFilename())
  await download.saveAs(template)

  // Fill the Staffing sheet as a user would in Excel: budgeted FTE, filled FTE, vacancies.
  const fill = async (name: string, cells: Record<string, number | string>) => {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(new Uint8Array(await readFile(template)).buffer)
    const sheet = workbook.getWorksheet('Staffing')
    if (!sheet) throw new Error('The template has no Staffing sheet')
    expect(sheet.getCell('A2').text).toBe('Respiratory therapists')
    for (const [address, value] of Object.entries(cells)) sheet.getCell(address).value = value
    const file = testInfo.outputPath(name)
    await writeFile(file, new Uint8Array(await workbook.xlsx.writeBuffer()))
    return file
  }

  await importWorkbook(page, await fill('bad.xlsx', { B2: 18.5, C2: 'sixteen' }))
  await expect(page.getByRole('alert')).toContainText('was not imported. Nothing was changed.')
  await expect(page.getByRole('alert')).toContainText('Staffing!C2')

  await importWorkbook(
    page,
    await fill('filled.xlsx', { B2: 18.5, C2: 16, D2: 3, B3: 9, C3: 8.2, D3: 1 }),
  )
  const confirm = page.getByRole('group', { name: /^Import “filled.xlsx”\?/ })
  await expect(confirm).toContainText('6 figures will be written into Snapshot 2026-10-01')
  await confirm.getByRole('button', { name: 'Import figures' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Imported 6 figures' })).toBeVisible()

  await reports.showFigures()
  await expect(reports.shown('Respiratory therapists', 'budgetedFte')).toHaveText('18.50')
  await expect(reports.shown('Surgical technologists', 'filledFte')).toHaveText('8.20')
  await expect(reports.shown('Surgical technologists', 'openVacancies')).toHaveText('1')
})
