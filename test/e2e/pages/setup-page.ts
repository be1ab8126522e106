// Page object for first-run setup and the profile part of settings, in the user's words.
import { expect, type Page } from '@playwright/test'

export interface Who {
  institution: string
  role?: string
  name: string
  email: string
}

export class SetupPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto('/')
    await expect(
      this.page.getByRole('heading', { name: 'Welcome to Allied Pipeline' }),
    ).toBeVisible()
  }

  async introduceMyself(who: Who) {
    await this.page.getByLabel('Your institution').selectOption({ label: who.institution })
    if (who.role) await this.page.getByRole('radio', { name: who.role }).check()
    await this.page.getByLabel('Your name').fill(who.name)
    await this.page.getByLabel('Your work email').fill(who.email)
    await this.page.getByRole('button', { name: 'Continue' }).click()
  }

  async addUnlistedInstitution(name: string, kind: string) {
    await this.page
      .getByLabel('Your institution')
      .selectOption({ label: 'My institution is not listed…' })
    await this.page.getByLabel('Name', { exact: true }).fill(name)
    await this.page.getByLabel('Kind of institution').selectOption({ label: kind })
  }
}
