// Page object for Settings → Backup and restore, in the user's words.
import { expect, type Download, type Page } from '@playwright/test'

/** Settings → Backup and restore, in the user's words. */
export class BackupSettings {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole('button', { name: 'Settings' }).click()
    await expect(this.page.getByRole('heading', { name: 'Backup and restore' })).toBeVisible()
  }

  /** Saves a backup; the browser twin hands it over as a download. */
  async saveBackup(): Promise<Download> {
    const download = this.page.waitForEvent('download')
    await this.page.getByRole('button', { name: 'Save a backup…' }).click()
    return download
  }

  async chooseBackup(file: string | { name: string; mimeType: string; buffer: Buffer }) {
    const chooser = this.page.waitForEvent('filechooser')
    await this.page.getByRole('button', { name: 'Restore from a backup…' }).click()
    await (await chooser).setFiles(file)
  }

  confirmation() {
    return this.page.getByRole('dialog', { name: 'Replace your data with this backup?' })
  }

  problem() {
    return this.page.getByRole('alert')
  }

  status(text: string | RegExp) {
    return this.page.getByRole('status').filter({ hasText: text })
  }
}
