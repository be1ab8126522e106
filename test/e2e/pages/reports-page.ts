// Page object for a partner's reports: periods, programs or occupations, and the figures grid.
import { expect, type Locator, type Page } from '@playwright/test'
import { OCCUPATIONS } from '../../../shared/domain/occupations'
import { measuresFor, type ReportKind } from '../../../shared/reports/schemas'

export class ReportsPage {
  constructor(
    private readonly page: Page,
    private readonly kind: ReportKind,
  ) {}

  async startPeriod(choice: { academicYear?: string; snapshotDate?: string } = {}) {
    if (choice.academicYear)
      await this.page.getByLabel('Academic year').selectOption({ label: choice.academicYear })
    if (choice.snapshotDate) await this.page.getByLabel('Snapshot date').fill(choice.snapshotDate)
    await this.page.getByRole('button', { name: 'Start period' }).click()
    await expect(this.page.getByRole('tab', { name: 'Figures' })).toBeVisible()
  }

  async openPeriod(label: string) {
    await this.page.getByRole('button', { name: `Open ${label}` }).click()
  }

  /** The period screen is showing `label`: where a reload, a restart or a restore comes back to. */
  async expectOpen(label: string) {
    await expect(this.page.getByRole('heading', { level: 1, name: label })).toBeVisible()
    await expect(this.page.getByRole('tab', { name: 'Figures' })).toBeVisible()
  }

  async backToPeriods() {
    await this.page.getByRole('button', { name: '← All periods' }).click()
  }

  async showRows() {
    await this.page
      .getByRole('tab', { name: this.kind === 'education' ? 'Programs' : 'Occupations' })
      .click()
  }

  async showFigures() {
    await this.page.getByRole('tab', { name: 'Figures' }).click()
    await expect(this.grid).toBeVisible()
  }

  async addProgram(program: { occupation: string; name: string; campus?: string }) {
    const form = this.page.getByRole('form', { name: 'Add a program' })
    const occupation = OCCUPATIONS.find((o) => o.name === program.occupation)
    if (!occupation) throw new Error(`No occupation named ${program.occupation}`)
    await form.getByLabel('Occupation').selectOption(occupation.id)
    await form.getByLabel('Program name').fill(program.name)
    if (program.campus) await form.getByLabel('Campus or site').fill(program.campus)
    await form.getByRole('button', { name: 'Add program' }).click()
    await expect(
      this.page.getByRole('listitem').filter({ hasText: program.name }).first(),
    ).toBeVisible()
  }

  async chooseOccupations(names: readonly string[]) {
    for (const name of names)
      await this.page.getByRole('checkbox', { name: new RegExp(`^${name}`) }).check()
  }

  get grid(): Locator {
    return this.page.getByRole('grid')
  }

  /** The grid row of a program or occupation, by its label. */
  row(rowLabel: string): Locator {
    return this.grid
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${rowLabel}`) }) })
  }

  /** The cell of a row (program or occupation label) and a measure key. */
  cell(rowLabel: string, measureKey: string): Locator {
    const index = measuresFor(this.kind).findIndex((m) => m.key === measureKey)
    if (index < 0) throw new Error(`No measure ${measureKey} in ${this.kind} reports`)
    return this.row(rowLabel).locator(`[role="gridcell"][aria-colindex="${index + 2}"]`)
  }

  /** The figure a cell shows (its state glyph is drawn by CSS, not text). */
  shown(rowLabel: string, measureKey: string): Locator {
    return this.cell(rowLabel, measureKey)
  }

  /** Types a figure as a user would: select the cell, type (replacing it), press Enter. */
  async enter(rowLabel: string, measureKey: string, text: string) {
    await this.cell(rowLabel, measureKey).click()
    await this.page.keyboard.type(text)
    await this.page.keyboard.press('Enter')
  }

  /** Pastes a tab-separated block, as copied from Excel, with its top-left corner at a cell. */
  async paste(rowLabel: string, measureKey: string, block: string) {
    await this.cell(rowLabel, measureKey).click()
    await this.page.evaluate((text) => {
      const data = new DataTransfer()
      data.setData('text/plain', text)
      document.activeElement?.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      )
    }, block)
  }

  async explain(rowLabel: string, measureKey: string, text: string) {
    await this.cell(rowLabel, measureKey).click()
    await this.page.getByLabel('Explanation (required before export)').fill(text)
  }

  /** Waits until the entry being typed is kept on disk, as it is after every keystroke. */
  async expectDraftKept(periodId: string, text: string) {
    await expect
      .poll(() =>
        this.page.evaluate(
          (key) =>
            new Promise<string | null>((resolve, reject) => {
              const open = indexedDB.open('allied-pipeline')
              open.onerror = () => reject(open.error ?? new Error('could not open the database'))
              open.onsuccess = () => {
                const db = open.result
                const get = db.transaction('settings').objectStore('settings').get(key)
                get.onsuccess = () => {
                  db.close()
                  const record = get.result as { value?: { text?: string } } | undefined
                  resolve(record?.value?.text ?? null)
                }
                get.onerror = () => reject(get.error ?? new Error('could not read'))
              }
            }),
          `draft:${periodId}`,
        ),
      )
      .toBe(text)
  }

  async expectAllSaved() {
    await expect(this.page.getByTestId('save-indicator')).toContainText('All changes saved')
  }

  get problems(): Locator {
    return this.page.getByRole('region', { name: /^Problems/ })
  }
}
