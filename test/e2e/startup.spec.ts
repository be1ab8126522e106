// The app starts without the workbook library: exceljs (about 1 MB) loads only when a workbook
// is written or read.
import { expect, test } from '@playwright/test'

test('start-up loads no workbook code', async ({ page }) => {
  const scripts: string[] = []
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') scripts.push(await response.text())
  })
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Welcome to Allied Pipeline' })).toBeVisible()
  expect(scripts.length).toBeGreaterThan(0)
  expect(scripts.some((s) => s.includes('ExcelJS') || s.includes('exceljs'))).toBe(false)
})
