// Page object for the board's workspace, in board staff's words.
import { expect, type Download, type Locator, type Page } from '@playwright/test'
import { BOARD_STAFF } from '../board/board-dataset'
import { BackupSettings } from './backup-settings'
import { SetupPage } from './setup-page'

export class BoardPage {
  constructor(private readonly page: Page) {}

  /** First run on a new computer, as the board's staff. */
  async introduceMyself() {
    const setup = new SetupPage(this.page)
    await setup.open()
    await setup.introduceMyself(BOARD_STAFF)
    await expect(this.page.getByRole('navigation', { name: 'Board workspace' })).toBeVisible()
  }

  /** Restores a board's backup over this computer's data. */
  async restore(backup: Buffer) {
    const settings = new BackupSettings(this.page)
    await settings.open()
    await settings.chooseBackup({
      name: 'board-backup.json',
      mimeType: 'application/json',
      buffer: backup,
    })
    await settings.confirmation().getByRole('button', { name: 'Replace my data' }).click()
    await expect(settings.status(/^Restored/)).toBeVisible()
    await this.page.getByRole('button', { name: 'Board workspace' }).click()
  }

  async goTo(
    section:
      | 'Import'
      | 'Reporting status'
      | 'Trust registry'
      | 'Cycles'
      | 'Board context'
      | 'Scenarios'
      | 'Audit log'
      | 'Analysis'
      | 'Publish',
  ) {
    await this.page
      .getByRole('navigation', { name: 'Board workspace' })
      .getByRole('button', { name: section })
      .click()
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible()
  }

  async importKeyCards(files: { name: string; text: string }[]) {
    const chooser = this.page.waitForEvent('filechooser')
    await this.page.getByRole('button', { name: 'Import key cards…' }).click()
    await (
      await chooser
    ).setFiles(
      files.map((f) => ({
        name: f.name,
        mimeType: 'application/json',
        buffer: Buffer.from(f.text),
      })),
    )
  }

  /** Types back the fingerprint a partner read out, and presses the pin button. */
  async typeBackFingerprint(banner: Locator, typed: string) {
    await banner.getByLabel(/^Fingerprint .* read to you/).fill(typed)
    await banner.getByRole('button', { name: /^Pin this key/ }).click()
  }

  firstContact(institution: string) {
    return this.page.getByRole('region', { name: `New key: ${institution}` })
  }

  keyChanged(institution: string) {
    return this.page.getByRole('alert').filter({
      has: this.page.getByRole('heading', {
        name: `Warning: the signing key of ${institution} has changed`,
      }),
    })
  }

  keyRow(institution: string, status: 'Pinned' | 'Pending' | 'Revoked') {
    return this.page
      .getByRole('table', { name: 'Keys' })
      .getByRole('row')
      .filter({ hasText: institution })
      .filter({ hasText: status })
  }

  async download(button: string): Promise<Download> {
    const downloading = this.page.waitForEvent('download')
    await this.page.getByRole('button', { name: button }).click()
    return downloading
  }

  matrixRow(partner: string) {
    return this.page
      .getByRole('table', { name: 'Reporting status by partner' })
      .getByRole('row')
      .filter({ hasText: partner })
  }

  totals(row: string) {
    return this.page
      .getByRole('table', { name: 'Reporting rates' })
      .getByRole('row')
      .filter({ hasText: row })
      .getByRole('cell')
  }

  auditRows() {
    return this.page.getByRole('table', { name: 'Audit log entries' }).locator('tbody tr')
  }
}
