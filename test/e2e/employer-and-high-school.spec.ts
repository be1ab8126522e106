// An HR analyst fills three occupations; a CTE coordinator fills pathway figures.
import { expect, test } from '@playwright/test'
import { ReportsPage } from './pages/reports-page'
import { SetupPage } from './pages/setup-page'

test('an HR analyst fills three occupations for a snapshot date and finds them after a reload', async ({
  page,
}) => {
  await new SetupPage(page).open()
  await new SetupPage(page).introduceMyself({
    institution: 'Holyoke Medical Center',
    name: 'Ray Ortiz',
    email: 'rortiz@example.org',
  })

  const reports = new ReportsPage(page, 'employer')
  await reports.startPeriod({ snapshotDate: '2026-10-01' })
  await reports.showRows()
  await reports.chooseOccupations([
    'Respiratory therapists',
    'Radiologic technologists',
    'Surgical technologists',
  ])
  await reports.showFigures()

  // Budgeted FTE, filled FTE, vacancies, >90 days, days to fill, traveler FTE: one block per occupation.
  await reports.paste(
    'Respiratory therapists',
    'budgetedFte',
    ['24.5\t21.0\t4\t1\t62\t2.5', '31\t29.5\t2\t0\t45\t1', '12\t10.8\t2\t2\t120\t1.6'].join('\n'),
  )
  await reports.enter('Respiratory therapists', 'separations12Months', '5')
  await reports.enter('Respiratory therapists', 'startingWageMin', '$31.50')
  await reports.enter('Respiratory therapists', 'startingWageMax', '38')

  await expect(reports.shown('Respiratory therapists', 'budgetedFte')).toHaveText('24.50')
  await expect(reports.shown('Surgical technologists', 'medianDaysToFill')).toHaveText('120')
  await expect(reports.shown('Respiratory therapists', 'startingWageMin')).toHaveText('$31.50')

  // Filled above budgeted is a warning; a high wage below the low one is an error.
  await reports.enter('Radiologic technologists', 'filledFte', '32')
  await expect(reports.problems).toContainText('Filled FTE (32) is more than budgeted FTE (31)')
  await reports.enter('Respiratory therapists', 'startingWageMax', '30')
  await expect(reports.problems).toContainText('$30.00')
  await reports.enter('Respiratory therapists', 'startingWageMax', '38')
  await reports.expectAllSaved()

  await page.reload()
  await reports.expectOpen('Snapshot 2026-10-01')
  await expect(reports.shown('Surgical technologists', 'filledFte')).toHaveText('10.80')
  await expect(reports.shown('Radiologic technologists', 'filledFte')).toHaveText('32.00')
  await expect(reports.shown('Respiratory therapists', 'startingWageMax')).toHaveText('$38.00')
  await expect(page.getByRole('grid').getByRole('row')).toHaveCount(5)
})

test('a CTE coordinator fills pathway enrollment by grade, dual enrollment and reach', async ({
  page,
}) => {
  await new SetupPage(page).open()
  await new SetupPage(page).introduceMyself({
    institution: 'Putnam Academy',
    name: 'Jo Rivera',
    email: 'jrivera@example.org',
  })

  const reports = new ReportsPage(page, 'high-school')
  await reports.startPeriod({ academicYear: 'AY 2025–26' })
  await reports.showRows()
  await reports.chooseOccupations(['Surgical technologists', 'Clinical laboratory'])
  await reports.showFigures()

  await reports.paste(
    'Surgical technologists',
    'grade9',
    '18\t16\t15\t12\t6\t140\n9\t8\t"1,0"\t7\t3\t95',
  )
  // "1,0" is not a figure the grid accepts: it says so and keeps the rest.
  await expect(page.getByText(/could not be taken/)).toBeVisible()
  await expect(reports.shown('Clinical laboratory', 'grade12')).toHaveText('7')
  await reports.enter('Clinical laboratory', 'grade11', '10')
  await expect(reports.shown('Surgical technologists', 'careerAwarenessReach')).toHaveText('140')
  await reports.expectAllSaved()

  await page.reload()
  await reports.expectOpen('AY 2025–26')
  await expect(reports.shown('Clinical laboratory', 'grade11')).toHaveText('10')
  await expect(reports.shown('Surgical technologists', 'dualEnrollment')).toHaveText('6')
  await expect(page.getByRole('region', { name: 'Completeness' })).toContainText(
    'Pathway enrollment: 8 of 8 filled',
  )
})
