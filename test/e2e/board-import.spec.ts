// The board's import, end to end: the demo set plus one file of each kind the board must refuse
// or recognise, chosen as a folder; the dry-run table gives each its one status; Merge stores
// the batch; after a reload the dataset and the audit log are still there.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { IMPORT_STATUS_LABELS } from '../../shared/intake/statuses'
import { trustRegistryText } from '../../shared/trust/registry'
import { buildIntakeSet, writeIntakeSet, type IntakeSet } from '../fixtures/intake-set'
import { SetupPage } from './pages/setup-page'

let set: IntakeSet
let folder: string

test.beforeAll(async () => {
  set = await buildIntakeSet()
  folder = await mkdtemp(join(tmpdir(), 'intake-'))
  await writeIntakeSet(set, join(folder, 'replies'))
})

test.afterAll(async () => {
  await rm(folder, { recursive: true, force: true })
})

class BoardImport {
  constructor(private readonly page: Page) {}

  async startAsBoardStaff() {
    const setup = new SetupPage(this.page)
    await setup.open()
    await setup.introduceMyself({
      institution: 'MassHire Hampden County Workforce Board',
      name: 'Jordan Rivera',
      email: 'jrivera@example.org',
    })
    await expect(this.page.getByRole('navigation', { name: 'Board workspace' })).toBeVisible()
  }

  async goTo(section: 'Import' | 'Reporting status' | 'Trust registry' | 'Cycles' | 'Audit log') {
    await this.page
      .getByRole('navigation', { name: 'Board workspace' })
      .getByRole('button', { name: section })
      .click()
  }

  async useRegistry(registry: IntakeSet['registry']) {
    await this.goTo('Trust registry')
    const chooser = this.page.waitForEvent('filechooser')
    await this.page.getByRole('button', { name: 'Replace with a registry file…' }).click()
    await (
      await chooser
    ).setFiles({
      name: 'trust-registry.json',
      mimeType: 'application/json',
      buffer: Buffer.from(trustRegistryText(registry)),
    })
    await expect(this.page.getByText(/The registry was replaced/)).toBeVisible()
  }

  async defineTheDefaultCycle() {
    await this.goTo('Cycles')
    await this.page.getByRole('button', { name: 'New cycle…' }).click()
    await this.page.getByRole('button', { name: /^Save cycle/ }).click()
    await expect(this.page.getByText(/^Cycle .* saved\./)).toBeVisible()
  }

  async chooseFolder(path: string) {
    await this.goTo('Import')
    await this.page.getByTestId('import-folder').setInputFiles(path)
  }

  statusOf(fileName: string) {
    return this.page
      .getByRole('table', { name: 'Files checked' })
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: fileName, exact: true }) })
      .locator('[data-status]')
  }
}

test('the dry run gives every file its status; Merge keeps them across a reload', async ({
  page,
}) => {
  const board = new BoardImport(page)
  await board.startAsBoardStaff()
  await board.useRegistry(set.registry)
  await board.defineTheDefaultCycle()

  await board.chooseFolder(join(folder, 'replies'))
  const count = set.files.length
  await expect(page.getByRole('status').filter({ hasText: `${count} files checked.` })).toBeVisible(
    { timeout: 60_000 },
  )
  for (const file of set.files) {
    await expect(board.statusOf(`replies/${file.name}`), file.what).toHaveText(
      IMPORT_STATUS_LABELS[file.expected],
    )
  }
  const tampered = set.files.find((f) => f.expected === 'tampered')!
  await expect(
    page.getByRole('row').filter({ hasText: tampered.name }).getByRole('listitem').first(),
  ).toContainText(set.tamperedCell)
  await page.screenshot({ path: 'test-results/board-import-dry-run.png', fullPage: true })

  // Nothing is stored before Merge: a reload forgets the dry run and holds nothing.
  const accepted = set.files.filter((f) => f.expected === 'accepted').length
  await page.getByRole('button', { name: `Merge: import ${accepted}, update 0` }).click()
  await expect(page.getByText(/^Merged: \d+ imported/)).toContainText(
    `Merged: ${accepted} imported`,
  )

  // The reporting status counts what was merged; a reload shows the same matrix and totals.
  await board.goTo('Reporting status')
  const matrix = page.getByRole('table', { name: 'Reporting status by partner' })
  await expect(matrix).toContainText('revision 2')
  const before = await page.getByRole('main').innerText()

  await page.reload()
  await board.goTo('Reporting status')
  await expect(matrix).toContainText('revision 2')
  expect(await page.getByRole('main').innerText()).toBe(before)

  await board.goTo('Audit log')
  await expect(
    page.getByRole('table', { name: 'Audit log entries' }).locator('tbody tr'),
  ).toHaveCount(count)

  // The same folder again: every accepted file is now identical to what is held.
  await board.chooseFolder(join(folder, 'replies'))
  await expect(page.getByRole('status').filter({ hasText: `${count} files checked.` })).toBeVisible(
    { timeout: 60_000 },
  )
  for (const file of set.files.filter((f) => f.expected === 'accepted')) {
    await expect(board.statusOf(`replies/${file.name}`), file.what).toHaveText(
      IMPORT_STATUS_LABELS.identical,
    )
  }
})

test('the Merge column ticks only what Merge stores; a file left out is decided again when taken back', async ({
  page,
}) => {
  const board = new BoardImport(page)
  await board.startAsBoardStaff()
  await board.useRegistry(set.registry)
  await board.defineTheDefaultCycle()
  await board.chooseFolder(join(folder, 'replies'))
  await expect(
    page.getByRole('status').filter({ hasText: `${set.files.length} files checked.` }),
  ).toBeVisible({ timeout: 60_000 })

  const row = (name: string) =>
    page
      .getByRole('table', { name: 'Files checked' })
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: `replies/${name}`, exact: true }) })
  // A refused file is never stored: no box to tick, the row says so.
  for (const file of set.files.filter((f) => !['accepted', 'identical'].includes(f.expected))) {
    await expect(row(file.name).getByRole('checkbox'), file.what).toHaveCount(0)
    await expect(row(file.name), file.what).toContainText('Not merged')
  }
  const duplicate = set.files.find((f) => f.expected === 'identical')!
  await expect(row(duplicate.name).getByRole('checkbox')).toHaveCount(0)
  await expect(row(duplicate.name)).toContainText('No change')
  for (const file of set.files.filter((f) => f.expected === 'accepted')) {
    await expect(row(file.name).getByRole('checkbox'), file.what).toBeChecked()
  }

  // Leaving out the college's revision 2 makes its revision 1, beside it, the one to merge;
  // taken back, revision 1 is refused again.
  const older = set.files.find((f) => f.expected === 'older-revision')!
  const newer = set.files.find((f) => f.what.startsWith('revision 2 of a demo college'))!
  await page.getByRole('checkbox', { name: `Merge replies/${newer.name}` }).uncheck()
  await expect(board.statusOf(`replies/${newer.name}`)).toHaveCount(0)
  await expect(row(newer.name).getByText('Excluded')).toBeVisible()
  await expect(board.statusOf(`replies/${older.name}`)).toHaveText(IMPORT_STATUS_LABELS.accepted)
  await expect(page.getByRole('checkbox', { name: `Merge replies/${older.name}` })).toBeChecked()
  await page.getByRole('checkbox', { name: `Merge replies/${newer.name}` }).check()
  await expect(board.statusOf(`replies/${newer.name}`)).toHaveText(IMPORT_STATUS_LABELS.accepted)
  await expect(board.statusOf(`replies/${older.name}`)).toHaveText(
    IMPORT_STATUS_LABELS['older-revision'],
  )
  await expect(row(older.name).getByRole('checkbox')).toHaveCount(0)
})
