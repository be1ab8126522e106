// Focus never leaves the grid, however the keys and the saves interleave: Enter pressed at the
// very moment a stored figure comes back, and a row typed at full speed.
import { expect, test } from '@playwright/test'
import { EDUCATION_MEASURES } from '../../shared/reports/measures'
import { holdWrites, pressEnterWhenTextChanges } from './pages/held-writes'
import { registrarWithPrograms } from './pages/journeys'

const who = {
  institution: 'Holyoke Community College',
  name: 'Sam Ortiz',
  email: 'sortiz@example.edu',
}

test('Enter pressed as a stored figure comes back moves focus to the next cell', async ({
  page,
}) => {
  const reports = await registrarWithPrograms(page, who, [
    { occupation: 'Respiratory therapists', name: 'Respiratory Care AS' },
    { occupation: 'Radiologic technologists', name: 'Radiography AS' },
    { occupation: 'Surgical technologists', name: 'Surgical Technology Certificate' },
  ])
  await reports.cell('Respiratory Care AS', 'seats').click()

  // The save of the first figure waits; meanwhile the next figure is being typed.
  const release = await holdWrites(page)
  await page.keyboard.type('24')
  await page.keyboard.press('Enter')
  await expect(reports.cell('Radiography AS', 'seats')).toBeFocused()
  await page.keyboard.type('18')
  await expect(page.getByRole('textbox', { name: /^Seats/ })).toBeFocused()

  // The stored 24 lands (the completeness meter counts it) and Enter comes in that instant.
  await pressEnterWhenTextChanges(page, 'Completeness')
  await release()
  await expect.poll(() => page.evaluate(() => window.__enterWhenStored?.pressed)).toBe(true)
  expect(await page.evaluate(() => window.__enterWhenStored?.target)).toBe('INPUT')

  await expect(reports.shown('Respiratory Care AS', 'seats')).toHaveText('24')
  await expect(reports.shown('Radiography AS', 'seats')).toHaveText('18')
  // The next cell is both the active one and the focused one, so the next key lands there.
  const next = reports.cell('Surgical Technology Certificate', 'seats')
  await expect(next).toHaveAttribute('tabindex', '0')
  await expect(next).toBeFocused()
  await page.keyboard.type('12')
  await page.keyboard.press('ArrowUp')
  await expect(reports.shown('Surgical Technology Certificate', 'seats')).toHaveText('12')
  await expect(reports.cell('Radiography AS', 'seats')).toBeFocused()
  await reports.expectAllSaved()
})

test('a row typed at full speed puts every figure in its own cell', async ({ page }) => {
  // Some 110 keys and 40 checks: on a loaded 2-core machine this takes more than the default.
  test.setTimeout(120_000)
  const reports = await registrarWithPrograms(page, who, [
    { occupation: 'Respiratory therapists', name: 'Respiratory Care AS' },
    { occupation: 'Radiologic technologists', name: 'Radiography AS' },
  ])
  const figures = [30, 90, 60, 30, 5, 28, 20, 22, 18, 16, 17, 15, 12, 20, 20, 3.5, 0, 4, 2, 1]
  expect(figures).toHaveLength(EDUCATION_MEASURES.length)
  await reports.cell('Respiratory Care AS', 'seats').click()

  // No delay between keys: Tab after each figure, Enter after the last, then the next row.
  const row = figures.join('\t') + '\n'
  for (const char of row + row.replaceAll('30', '31'))
    await page.keyboard.press(char === '\t' ? 'Tab' : char === '\n' ? 'Enter' : char)

  for (const [i, measure] of EDUCATION_MEASURES.entries()) {
    const shown = measure.unit === 'fte' ? figures[i]!.toFixed(2) : String(figures[i])
    await expect(reports.shown('Respiratory Care AS', measure.key)).toHaveText(shown)
    await expect(reports.shown('Radiography AS', measure.key)).toHaveText(
      shown === '30' ? '31' : shown,
    )
  }
  // Enter after the Tabs went back to the first column, a row down: the grid keeps focus there.
  await expect(reports.cell('Radiography AS', 'seats')).toBeFocused()
  await expect(page.locator('textarea')).toHaveValue('')
  await reports.expectAllSaved()
})
