// A paste with values the grid cannot take: every refused cell is marked in the grid and
// listed, with what to do; "(5)" in a column that cannot go below zero is refused, not read as
// −5. And the undo history survives a visit to another tab of the period.
import { expect, test } from '@playwright/test'
import { registrarWithPrograms } from './pages/journeys'

test('a paste report marks and lists every refused cell', async ({ page }) => {
  const reports = await registrarWithPrograms(
    page,
    {
      institution: 'Springfield Technical Community College',
      name: 'Alex Moreau',
      email: 'amoreau@example.edu',
    },
    [
      { occupation: 'Radiologic technologists', name: 'Radiologic Technology AS' },
      { occupation: 'Surgical technologists', name: 'Surgical Technology Certificate' },
    ],
  )
  await reports.enter('Surgical Technology Certificate', 'applicants', '45')
  // Seats, applicants, qualified for two programs: four values are not figures.
  await reports.paste('Radiologic Technology AS', 'seats', '30\tn/a\t60\r\n(5)\t12%\t=A1\r\n')
  const list = page.getByRole('region', { name: /pasted values were not taken/ })
  await expect(list).toContainText('4 pasted values were not taken')
  for (const text of [
    '“n/a” is not a number',
    '“(5)” is in brackets',
    '“12%” is a percentage',
    '“=A1” is a formula',
  ])
    await expect(list).toContainText(text)
  await expect(reports.shown('Radiologic Technology AS', 'seats')).toHaveText('30')
  await expect(reports.shown('Radiologic Technology AS', 'qualifiedApplicants')).toHaveText('60')
  await expect(reports.shown('Surgical Technology Certificate', 'seats')).toHaveText('')
  await expect(reports.shown('Surgical Technology Certificate', 'applicants')).toHaveText('45')
  for (const [row, key] of [
    ['Radiologic Technology AS', 'applicants'],
    ['Surgical Technology Certificate', 'seats'],
    ['Surgical Technology Certificate', 'applicants'],
    ['Surgical Technology Certificate', 'qualifiedApplicants'],
  ] as const) {
    await expect(reports.cell(row, key)).toHaveClass(/is-refused/)
    await expect(reports.cell(row, key)).toHaveAttribute('aria-invalid', 'true')
  }
  await expect(reports.cell('Radiologic Technology AS', 'seats')).not.toHaveClass(/is-refused/)

  // Go to a refused cell from the list, enter the figure: its mark goes.
  await list
    .getByRole('listitem')
    .filter({ hasText: '(5)' })
    .getByRole('button', { name: 'Go to cell' })
    .click()
  await expect(reports.cell('Surgical Technology Certificate', 'seats')).toBeFocused()
  await page.keyboard.type('5')
  await page.keyboard.press('Enter')
  await expect(reports.shown('Surgical Technology Certificate', 'seats')).toHaveText('5')
  await expect(reports.cell('Surgical Technology Certificate', 'seats')).not.toHaveClass(
    /is-refused/,
  )
  await reports.expectAllSaved()
})

test('undo still works after a visit to another tab of the period', async ({ page }) => {
  const reports = await registrarWithPrograms(
    page,
    { institution: 'Greenfield Community College', name: 'Kim Park', email: 'kpark@example.edu' },
    [{ occupation: 'Respiratory therapists', name: 'Respiratory Care AS' }],
  )
  await reports.enter('Respiratory Care AS', 'seats', '24')
  await reports.enter('Respiratory Care AS', 'applicants', '70')
  await expect(reports.shown('Respiratory Care AS', 'applicants')).toHaveText('70')
  await reports.showRows()
  await page.getByRole('tab', { name: 'Export' }).click()
  await reports.showFigures()
  await reports.cell('Respiratory Care AS', 'completers').click()
  await page.keyboard.press('Control+z')
  await expect(reports.shown('Respiratory Care AS', 'applicants')).toHaveText('')
  await expect(reports.shown('Respiratory Care AS', 'seats')).toHaveText('24')
  await page.keyboard.press('Control+z')
  await expect(reports.shown('Respiratory Care AS', 'seats')).toHaveText('')
  await page.keyboard.press('Control+y')
  await expect(reports.shown('Respiratory Care AS', 'seats')).toHaveText('24')
  await reports.expectAllSaved()
})
