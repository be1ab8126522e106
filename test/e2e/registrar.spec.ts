// A registrar fills a period by keyboard and by pasting from a spreadsheet, explains a
// warning, reloads, and finds everything.
import { expect, test } from '@playwright/test'
import { registrarWithPrograms } from './pages/journeys'

test('a registrar adds two programs, fills a period by keyboard and by paste, explains a warning and keeps it all', async ({
  page,
}) => {
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

  // Keyboard: type, Tab across, Enter to finish; typing replaces what was there.
  await reports.cell('Radiologic Technology AS', 'seats').click()
  await page.keyboard.type('30')
  await page.keyboard.press('Tab')
  await page.keyboard.type('1,204')
  await page.keyboard.press('Enter')
  await expect(reports.shown('Radiologic Technology AS', 'seats')).toHaveText('30')
  await expect(reports.shown('Radiologic Technology AS', 'applicants')).toHaveText('1,204')

  // Paste a block copied from Excel: enrolled, completers, expected completers for both rows.
  await reports.paste('Radiologic Technology AS', 'enrolled', '42\t18\t20\r\n14\t9\t11\r\n')
  await expect(reports.shown('Radiologic Technology AS', 'enrolled')).toHaveText('42')
  await expect(
    reports.shown('Surgical Technology Certificate', 'expectedCompletersNextYear'),
  ).toHaveText('11')

  // Enrolled 42 > seats 30 is a warning that needs an explanation.
  await expect(reports.problems).toContainText('Enrolled (42) is more than seats (30)')
  await reports.explain(
    'Radiologic Technology AS',
    'enrolled',
    'Two cohorts are enrolled at census.',
  )
  await expect(reports.problems).toContainText('1 warning is explained')

  // An impossible figure is an error, named in the problems panel.
  await reports.paste('Surgical Technology Certificate', 'examTakers', '8\t10')
  await expect(reports.problems).toContainText(
    'First-attempt exam passes (10) is more than first-attempt exam takers (8)',
  )
  await expect(reports.cell('Surgical Technology Certificate', 'examPasses')).toHaveAttribute(
    'aria-invalid',
    'true',
  )
  await page.keyboard.press('Control+z')
  await expect(reports.shown('Surgical Technology Certificate', 'examPasses')).toHaveText('')
  await reports.expectAllSaved()

  await page.reload()
  await reports.expectOpen('AY 2025–26')
  await expect(reports.shown('Radiologic Technology AS', 'applicants')).toHaveText('1,204')
  await expect(reports.shown('Surgical Technology Certificate', 'completers')).toHaveText('9')
  await expect(reports.shown('Surgical Technology Certificate', 'examTakers')).toHaveText('')
  await reports.cell('Radiologic Technology AS', 'enrolled').click()
  await expect(page.getByLabel('Explanation (required before export)')).toHaveValue(
    'Two cohorts are enrolled at census.',
  )
})

test('a registrar fills a ten-program period by pasting one block from a spreadsheet', async ({
  page,
}, testInfo) => {
  const names = Array.from({ length: 10 }, (_, i) => `Program ${String(i + 1).padStart(2, '0')}`)
  const reports = await registrarWithPrograms(
    page,
    {
      institution: 'Holyoke Community College',
      name: 'Dana Whitfield',
      email: 'dwhitfield@example.edu',
    },
    names.map((name) => ({
      occupation: 'Clinical laboratory technologists and technicians',
      name,
    })),
  )

  // Every measure of every program, consistent enough that no rule fires.
  const row = (i: number) =>
    [30, 90, 60, 30, 5, 28 + (i % 3), 20, 22, 18, 16, 17, 15, 12, 20, 20, 3.5, 0, 4, 2, 1].join(
      '\t',
    )
  const block = names.map((_, i) => row(i)).join('\r\n')
  const started = Date.now()
  await reports.paste('Program 01', 'seats', block)
  await expect(reports.shown('Program 10', 'apprenticeships')).toHaveText('1')
  await reports.expectAllSaved()
  const elapsed = Date.now() - started
  testInfo.annotations.push({
    type: 'figure',
    description: `10 programs × 20 measures pasted and saved in ${elapsed} ms`,
  })
  console.log(`figure: 10 programs × 20 measures pasted and saved in ${elapsed} ms`)

  await expect(page.getByRole('region', { name: 'Completeness' })).toContainText(
    'Outcomes: 50 of 50 filled',
  )
  await expect(reports.problems).toContainText('none open')
  await page.reload()
  await reports.expectOpen('AY 2025–26')
  await expect(reports.shown('Program 07', 'facultyFte')).toHaveText('3.50')
})

test('a figure typed but not yet entered when the window closed is offered back', async ({
  page,
}) => {
  const reports = await registrarWithPrograms(
    page,
    {
      institution: 'American International College',
      name: 'Chris Doyle',
      email: 'cdoyle@example.edu',
    },
    [
      {
        occupation: 'Clinical laboratory technologists and technicians',
        name: 'Medical Laboratory Science BS',
      },
    ],
  )

  await reports.cell('Medical Laboratory Science BS', 'applicants').click()
  await page.keyboard.type('1,04')
  await page.keyboard.type('2')
  // The window closes mid-edit (no Enter, no Tab), once the entry is kept.
  await reports.expectDraftKept('AY2025-26', '1,042')
  await page.reload()
  await reports.expectOpen('AY 2025–26')

  const offer = page.getByRole('alert').filter({
    hasText: 'you were typing “1,042” into Applicants for Medical Laboratory Science BS',
  })
  await expect(offer).toBeVisible()
  await offer.getByRole('button', { name: 'Enter “1,042” in the cell' }).click()
  await expect(reports.shown('Medical Laboratory Science BS', 'applicants')).toHaveText('1,042')
  await expect(offer).toBeHidden()
  await reports.expectAllSaved()
  await page.reload()
  await reports.expectOpen('AY 2025–26')
  await expect(reports.shown('Medical Laboratory Science BS', 'applicants')).toHaveText('1,042')
  await expect(page.getByText('you were typing')).toBeHidden()
})
