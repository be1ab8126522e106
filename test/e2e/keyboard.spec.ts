// A registrar who never touches the mouse: into the grid with Tab, around with the arrows and
// Enter, Escape to cancel, Delete to clear, Ctrl+Z to undo, Shift+F2 to the explanation box and
// back, and a column's definition read from its header by moving up to it.
import { expect, test } from '@playwright/test'
import { registrarWithPrograms } from './pages/journeys'

test('the figures grid works from the keyboard alone', async ({ page }) => {
  const reports = await registrarWithPrograms(
    page,
    { institution: 'Greenfield Community College', name: 'Kim Park', email: 'kpark@example.edu' },
    [
      { occupation: 'Respiratory therapists', name: 'Respiratory Care AS' },
      { occupation: 'Radiologic technologists', name: 'Radiography AS' },
    ],
  )

  // From the selected tab, Tab reaches the grid's one tab stop: the first cell.
  await page.getByRole('tab', { name: 'Figures' }).focus()
  await page.keyboard.press('Tab')
  await expect(reports.cell('Respiratory Care AS', 'seats')).toBeFocused()

  // Up from the first row reaches the header, whose definition shows on focus; down goes back.
  await page.keyboard.press('ArrowUp')
  await expect(page.getByRole('columnheader', { name: /^Seats/ })).toBeFocused()
  await expect(page.getByRole('tooltip')).toContainText('Students the program can hold at one time')
  await page.keyboard.press('Escape')
  await expect(page.getByRole('tooltip')).toBeHidden()
  await page.keyboard.press('ArrowDown')
  await expect(reports.cell('Respiratory Care AS', 'seats')).toBeFocused()

  await page.keyboard.type('24')
  await page.keyboard.press('Tab')
  await page.keyboard.type('70')
  await page.keyboard.press('Enter') // back to the column the Tabs started from, one row down
  await expect(reports.cell('Radiography AS', 'seats')).toBeFocused()
  await page.keyboard.type('30')
  await page.keyboard.press('ArrowRight') // typing over a cell, an arrow enters it and moves on
  await expect(reports.cell('Radiography AS', 'applicants')).toBeFocused()
  await expect(reports.shown('Radiography AS', 'seats')).toHaveText('30')

  // Escape cancels an edit and keeps the old figure; Delete clears; Ctrl+Z brings it back.
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('F2')
  await page.keyboard.press('End')
  await page.keyboard.type('9')
  await page.keyboard.press('Escape')
  await expect(reports.shown('Respiratory Care AS', 'applicants')).toHaveText('70')
  await page.keyboard.press('Delete')
  await expect(reports.shown('Respiratory Care AS', 'applicants')).toHaveText('')
  await page.keyboard.press('Control+z')
  await expect(reports.shown('Respiratory Care AS', 'applicants')).toHaveText('70')
  await expect(reports.cell('Respiratory Care AS', 'applicants')).toBeFocused()

  // Enter on a selected cell moves down, as in Excel; Shift+Enter moves back up.
  await page.keyboard.press('Enter')
  await expect(reports.cell('Radiography AS', 'applicants')).toBeFocused()
  await page.keyboard.press('Shift+Enter')
  await expect(reports.cell('Respiratory Care AS', 'applicants')).toBeFocused()

  // Shift+F2 goes to the cell's explanation box; Escape comes back to the same cell.
  await page.keyboard.press('Shift+F2')
  const note = page.getByLabel('Note (optional)')
  await expect(note).toBeFocused()
  await page.keyboard.type('Counted at the spring open house.')
  await page.keyboard.press('Escape')
  await expect(reports.cell('Respiratory Care AS', 'applicants')).toBeFocused()
  await expect(reports.shown('Respiratory Care AS', 'applicants')).toHaveText('70')

  await reports.expectAllSaved()
  await page.reload()
  // A reload comes back to the period that was open.
  await reports.expectOpen('AY 2025–26')
  await expect(reports.shown('Respiratory Care AS', 'applicants')).toHaveText('70')
  await expect(reports.shown('Radiography AS', 'seats')).toHaveText('30')
  await reports.cell('Respiratory Care AS', 'applicants').click()
  await expect(page.getByLabel('Note (optional)')).toHaveValue('Counted at the spring open house.')
})
