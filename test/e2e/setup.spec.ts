import { expect, test } from '@playwright/test'
import { SetupPage } from './pages/setup-page'

test.describe('first-run setup', () => {
  test('a registrar introduces herself and still finds her profile after a reload', async ({
    page,
  }) => {
    const setup = new SetupPage(page)
    await setup.open()
    await setup.introduceMyself({
      institution: 'Holyoke Community College',
      name: 'Dana Whitfield',
      email: 'dwhitfield@example.edu',
    })

    await expect(
      page.getByRole('heading', { name: 'Holyoke Community College: reports' }),
    ).toBeVisible()
    await expect(page.getByText('Education provider (college program)')).toBeVisible()

    await page.reload()
    await expect(
      page.getByRole('heading', { name: 'Holyoke Community College: reports' }),
    ).toBeVisible()
    await page.getByRole('button', { name: 'Settings' }).click()
    await expect(page.getByLabel('Your name')).toHaveValue('Dana Whitfield')
    await expect(page.getByLabel('Your work email')).toHaveValue('dwhitfield@example.edu')
    await expect(page.getByLabel('Your institution')).toHaveValue('holyoke-community-college')
  })

  test('the role follows the institution, and a hospital opens the employer workspace', async ({
    page,
  }) => {
    const setup = new SetupPage(page)
    await setup.open()
    await page.getByLabel('Your institution').selectOption({ label: 'Baystate Health' })
    await expect(page.getByRole('radio', { name: /Employer \(hospital HR\)/ })).toBeChecked()
    await setup.introduceMyself({
      institution: 'Baystate Health',
      name: 'Ray Ortiz',
      email: 'ray.ortiz@example.org',
    })
    await expect(page.getByText(/budgeted and filled FTE/)).toBeVisible()
  })

  test('missing answers are named and nothing is stored until they are fixed', async ({ page }) => {
    const setup = new SetupPage(page)
    await setup.open()
    await page.getByLabel('Your work email').fill('not-an-email')
    await page.getByRole('button', { name: 'Continue' }).click()

    const summary = page.getByRole('alert')
    await expect(summary).toContainText('Choose your institution')
    await expect(summary).toContainText('Choose what you will do in Allied Pipeline')
    await expect(summary).toContainText('Enter your name')
    await expect(summary).toContainText('Enter an email address like name@example.org')
    await expect(summary).toBeFocused()

    await page.reload()
    await expect(page.getByRole('heading', { name: 'Welcome to Allied Pipeline' })).toBeVisible()
  })

  test('an institution that is not listed is added to the directory', async ({ page }) => {
    const setup = new SetupPage(page)
    await setup.open()
    await setup.addUnlistedInstitution('Westfield Vocational Academy', 'High school or CTE program')
    await page.getByLabel('Your name').fill('Sam Lee')
    await page.getByLabel('Your work email').fill('slee@example.org')
    await page.getByRole('button', { name: 'Continue' }).click()

    await expect(
      page.getByRole('heading', { name: 'Westfield Vocational Academy: reports' }),
    ).toBeVisible()
    await expect(page.getByText('High school / CTE coordinator')).toBeVisible()
    await page.getByRole('button', { name: 'Settings' }).click()
    await expect(page.getByLabel('Your institution')).toHaveValue('westfield-vocational-academy')
  })

  test('settings change the role and the workspace follows', async ({ page }) => {
    const setup = new SetupPage(page)
    await setup.open()
    await setup.introduceMyself({
      institution: 'MassHire Hampden County Workforce Board',
      name: 'Pat Kim',
      email: 'pkim@example.org',
    })
    // The board's workspace opens on who has reported, with its screens listed beside it.
    await expect(page.getByRole('navigation', { name: 'Board workspace' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Reporting status' })).toBeVisible()
    await page.getByRole('button', { name: 'Settings' }).click()
    await expect(page.getByTestId('persistence')).not.toHaveText('Checking…')
    await page.getByRole('radio', { name: /Employer \(hospital HR\)/ }).check()
    await page.getByRole('button', { name: 'Save changes' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible()
    await page.getByRole('button', { name: 'My reports' }).click()
    await expect(page.getByText(/budgeted and filled FTE/)).toBeVisible()
  })
})
