// Page object for the board context screen, in board staff's words.
import { expect, type Page } from '@playwright/test'

export interface ProjectionEntry {
  geography: string
  vintage: string
  source: string
  baseYear: string
  baseEmployment: string
  projectedYear: string
  projectedEmployment: string
  exitsPerYear: string
  transfersPerYear: string
}

const LABELS: Record<keyof ProjectionEntry, string> = {
  geography: 'Geography',
  vintage: 'Vintage',
  source: 'Source',
  baseYear: 'Base year',
  baseEmployment: 'Base employment',
  projectedYear: 'Projected year',
  projectedEmployment: 'Projected employment',
  exitsPerYear: 'Exits per year',
  transfersPerYear: 'Transfers per year',
}

export class ContextPage {
  constructor(private readonly page: Page) {}

  occupation(name: string) {
    return this.page.getByRole('region', { name })
  }

  field(occupation: string, label: string) {
    return this.occupation(occupation).getByLabel(label, { exact: true })
  }

  async enterProjection(occupation: string, entry: Partial<ProjectionEntry>) {
    for (const [key, value] of Object.entries(entry) as [keyof ProjectionEntry, string][]) {
      await this.field(occupation, LABELS[key]).fill(value)
    }
  }

  defaults() {
    return this.page.getByRole('region', { name: 'Default shares' })
  }

  async save() {
    await this.page.getByRole('button', { name: 'Save the board context' }).click()
  }

  async loadFile(name: string, text: string) {
    const chooser = this.page.waitForEvent('filechooser')
    await this.page.getByRole('button', { name: 'Load a context file…' }).click()
    await (
      await chooser
    ).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) })
  }

  saved() {
    return this.page.locator('.context-saved')
  }

  problem() {
    return this.page.getByRole('main').getByRole('alert')
  }

  status() {
    return this.page.getByRole('main').getByRole('status')
  }

  async expectOpen() {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Board context' })).toBeVisible()
  }
}
