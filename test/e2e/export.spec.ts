// A registrar exports a signed workbook; importing it back shows it valid, and a copy with one
// figure changed shows the changed cell.
import { readFile, writeFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import ExcelJS from 'exceljs'
import { registrarWithPrograms } from './pages/journeys'

test('a registrar exports a signed workbook, checks it, and a tampered copy names the changed cell', async ({
  page,
}, testInfo) => {
  const reports = await registrarWithPrograms(
    page,
    {
      institution: 'Holyoke Community College',
      name: 'Dana Whitfield',
      email: 'dwhitfield@example.edu',
    },
    [{ occupation: 'Radiologic technologists', name: 'Radiologic Technology AS' }],
  )
  await reports.paste('Radiologic Technology AS', 'seats', '30\t96\t70\t30\t12\t29\t24\t26')

  // An error blocks the export, with the list.
  await reports.enter('Radiologic Technology AS', 'examTakers', '10')
  await reports.enter('Radiologic Technology AS', 'examPasses', '12')
  await page.getByRole('tab', { name: 'Export' }).click()
  await expect(page.getByRole('group', { name: /^Not ready to export/ })).toContainText(
    'First-attempt exam passes (12) is more than first-attempt exam takers (10)',
  )
  await expect(page.getByRole('button', { name: 'Export signed workbook…' })).toBeDisabled()
  await page.getByRole('tab', { name: 'Figures' }).click()
  await reports.enter('Radiologic Technology AS', 'examPasses', '9')

  await page.getByRole('tab', { name: 'Export' }).click()
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export signed workbook…' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe('AHWG_holyoke-community-college_AY2025-26_r1.xlsx')
  const original = testInfo.outputPath(download.suggestedFilename())
  await download.saveAs(original)
  await expect(page.getByRole('status').filter({ hasText: 'Exported' })).toContainText('revision 1')
  await expect(page.getByRole('table', { name: 'Exports of this period' })).toContainText(
    'AHWG_holyoke-community-college_AY2025-26_r1.xlsx',
  )

  // Import it back: valid, signed with this computer's key.
  const choosing = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Check a signed workbook…' }).click()
  await (await choosing).setFiles(original)
  const results = page.getByRole('list', { name: 'Checked workbooks' })
  await expect(results).toContainText('Valid: AHWG_holyoke-community-college_AY2025-26_r1.xlsx')
  await expect(results).toContainText('signed with this computer’s key')

  // Change seats 30 → 31 with an independent writer, as a hand edit in Excel would.
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(new Uint8Array(await readFile(original)).buffer)
  let changed = ''
  workbook.eachSheet((sheet) => {
    sheet.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        if (!changed && cell.value === 30 && sheet.getRow(1).getCell(c).text.startsWith('Seats')) {
          cell.value = 31
          changed = `${sheet.name}!${cell.address}`
          void r
        }
      }),
    )
  })
  expect(changed).not.toBe('')
  const tampered = testInfo.outputPath('tampered.xlsx')
  await writeFile(tampered, new Uint8Array(await workbook.xlsx.writeBuffer()))

  const again = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Check a signed workbook…' }).click()
  await (await again).setFiles(tampered)
  await expect(results).toContainText('Not valid: tampered.xlsx')
  await expect(results).toContainText(`${changed} changed after signing: 30 → 31`)
})
