// Review receipts, end to end: the board (the demo set merged) makes its key, saves its key card,
// issues a has-issues receipt with a question on a cell and an accepted receipt, and saves both;
// the partner's computer (another browser profile) imports the board's key card and the receipts
// and sees the answer on its period, with the question beside its cell. A receipt signed by a key
// it holds no card for and a tampered receipt are refused with their reasons, storing nothing.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import {
  exportPublicKeyRaw,
  formatFingerprint,
  generateSigningKeyPair,
} from '../../shared/crypto/keys'
import { issueReceipt, receiptText, type ReceiptFile } from '../../shared/intake/receipt'
import { figureAddress } from '../../shared/intake/revision-diff'
import { boardBackup, demoFolder } from './board/board-dataset'
import { partnerBackup, submissionIn, PARTNER_CONTACT } from './board/partner-computer'
import { BackupSettings } from './pages/backup-settings'
import { BoardPage } from './pages/board-page'
import { ReportsPage } from './pages/reports-page'
import { SetupPage } from './pages/setup-page'

const COLLEGE = 'Example Community College (fictional)'
const BOARD = 'MassHire Hampden County Workforce Board'
const QUESTION = '18 passes of 15 takers?'

let demo = ''
let workbook = ''

test.beforeAll(() => {
  demo = demoFolder()
  const name = readdirSync(demo).find((f) => f.startsWith('AHWG_example-community-college_'))
  if (!name) throw new Error('the demo set has no workbook of the college')
  workbook = join(demo, name)
})

async function saveDownload(page: Page, button: string | RegExp, path: string) {
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: button }).click()
  const download = await downloading
  await download.saveAs(path)
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') }
}

async function chooseFile(page: Page, button: string, file: { name: string; text: string }) {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: button }).click()
  await (
    await chooser
  ).setFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) })
}

/** The same receipt signed by a key the partner holds no card for, in the board's name. */
async function signedByAnotherKey(file: ReceiptFile): Promise<string> {
  const pair = await generateSigningKeyPair()
  const { board, submission, verdict, questions, issuedAt } = file.receipt
  const forged = await issueReceipt(
    { board, submission, verdict, questions, issuedAt },
    {
      privateKey: pair.privateKey,
      publicKeyRaw: await exportPublicKeyRaw(pair.publicKey),
    },
  )
  return receiptText(forged)
}

test('a receipt the board issues shows on the partner’s period, the question at its cell', async ({
  page,
  browser,
}, testInfo) => {
  const report = (await submissionIn(workbook)).report
  const asked = figureAddress(report, 'radiography', 'examPasses')
  if (!asked) throw new Error('the demo college has no exam passes for Radiography')
  const cell = `${asked.sheet}!${asked.cell}`

  // The board: its key in Settings, in the board's words, and its key card saved.
  const board = new BoardPage(page)
  await board.introduceMyself()
  await board.restore(await boardBackup(demo))
  await page.getByRole('button', { name: 'Settings' }).click()
  await expect(page.getByRole('heading', { name: 'The board’s signing key' })).toBeVisible()
  await page.getByRole('button', { name: 'Make the board’s key now' }).click()
  const boardFingerprint = await page.getByTestId('fingerprint').innerText()
  await expect(page.getByText('Partners check them against this key’s card')).toBeVisible()
  await page.getByRole('heading', { name: 'The board’s signing key' }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: testInfo.outputPath('board-key.png') })
  const card = await saveDownload(page, 'Save key card…', testInfo.outputPath('board-card.json'))
  await expect(page.getByText('Send it to every partner')).toBeVisible()

  // A has-issues receipt with a question tied to a figure, from the revisions held.
  await page.getByRole('button', { name: 'Board workspace' }).click()
  await board.goTo('Reporting status')
  await page.getByRole('button', { name: `Revisions of ${COLLEGE}` }).click()
  const issue = page.getByRole('button', {
    name: 'Issue a review receipt for revision 1 of AY 2025–26…',
  })
  await issue.click()
  const dialog = page.getByRole('dialog', { name: /^Review receipt: / })
  await expect(dialog).toContainText(`${COLLEGE}, AY 2025–26, revision 1`)
  await dialog.getByRole('radio', { name: /^Has issues/ }).check()
  await dialog.getByRole('button', { name: 'Sign and save the receipt…' }).click()
  await expect(dialog.getByRole('alert')).toHaveText(
    'Ask at least one question, or choose Accepted.',
  )
  await dialog.getByLabel('Question 1', { exact: true }).fill(QUESTION)
  await dialog.getByRole('button', { name: 'Sign and save the receipt…' }).click()
  await expect(dialog.getByRole('alert')).toHaveText(
    'Question 1: choose the figure it is about and write the question.',
  )
  await dialog.getByLabel('Figure of question 1').selectOption('radiography|examPasses')
  await expect(dialog.getByLabel('Figure of question 1')).toContainText(`(${cell}: `)
  await page.screenshot({ path: testInfo.outputPath('issue-dialog.png') })
  const hasIssues = await saveDownload(
    page,
    'Sign and save the receipt…',
    testInfo.outputPath('has-issues.json'),
  )
  expect(hasIssues.name).toBe('AHWG_receipt_example-community-college_AY2025-26_r1.json')
  await expect(dialog).toHaveCount(0)
  await expect(page.getByText(`Send it to ${COLLEGE}.`)).toBeVisible()

  // Then an accepted one; both are listed with the revision, by whom and what they said.
  await issue.click()
  await saveDownload(page, 'Sign and save the receipt…', testInfo.outputPath('accepted.json'))
  const accepted = {
    name: 'accepted.json',
    text: readFileSync(testInfo.outputPath('accepted.json'), 'utf8'),
  }
  const issued = page
    .getByRole('table', { name: 'Receipts issued for AY 2025–26' })
    .locator('tbody tr')
  await expect(issued).toHaveCount(2)
  await expect(issued.first()).toContainText(`Has issues:${cell}: ${QUESTION}`)
  await expect(issued.first()).toContainText('by Jordan Rivera')
  await expect(issued.last()).toContainText('Accepted')

  // The partner's computer, with the period it sent.
  const context = await browser.newContext()
  const partner = await context.newPage()
  const setup = new SetupPage(partner)
  await setup.open()
  await setup.introduceMyself({ institution: 'Holyoke Community College', ...PARTNER_CONTACT })
  const backup = new BackupSettings(partner)
  await backup.open()
  await backup.chooseBackup({
    name: 'partner-backup.json',
    mimeType: 'application/json',
    buffer: await partnerBackup(workbook),
  })
  await backup.confirmation().getByRole('button', { name: 'Replace my data' }).click()
  await expect(backup.status(/^Restored/)).toBeVisible()
  await partner.getByRole('button', { name: 'My reports' }).click()
  const status = partner.getByRole('region', { name: 'Review receipts' }).getByRole('status')

  // No board key card yet: refused, with the key's fingerprint and what to do.
  const spoken = boardFingerprint.replace(/\s+/g, ' ')
  await chooseFile(partner, 'Import a review receipt…', hasIssues)
  await expect(status).toContainText('do not hold a board key card for')
  await expect(status).toContainText(`fingerprint ${spoken}`)
  await expect(status).toContainText('Import the board’s key card in Settings first')

  // The board's key card, held in Settings with the fingerprint the board's Settings show.
  await partner.getByRole('button', { name: 'Settings' }).click()
  await chooseFile(partner, 'Import a board’s key card…', card)
  const cards = partner.getByRole('table', { name: 'Board key cards held' })
  await expect(cards.getByRole('row').filter({ hasText: BOARD })).toHaveCount(1)
  await expect(cards.getByTestId('board-fingerprint')).toHaveText(boardFingerprint)
  await partner.getByRole('button', { name: 'My reports' }).click()

  // Signed by a key it holds no card for, and changed after signing: both refused.
  const forged = await signedByAnotherKey(JSON.parse(hasIssues.text) as ReceiptFile)
  const forgedKey = (JSON.parse(forged) as ReceiptFile).receipt.keyId
  await chooseFile(partner, 'Import a review receipt…', { name: 'forged.json', text: forged })
  await expect(status).toContainText(
    `fingerprint ${formatFingerprint(forgedKey).replace('\n', ' ')}`,
  )
  await chooseFile(partner, 'Import a review receipt…', {
    name: 'edited.json',
    text: hasIssues.text.replace(QUESTION, '15 passes of 15 takers?'),
  })
  await expect(status).toContainText('changed after the board signed it')
  // Nothing was stored: the period shows no answer.
  const reports = new ReportsPage(partner, 'education')
  await reports.openPeriod('AY 2025–26')
  await reports.expectOpen('AY 2025–26')
  await expect(partner.getByTestId('review-summary')).toHaveCount(0)
  await reports.backToPeriods()

  // The real receipt: the period says who asked how many questions, the question at its cell.
  await chooseFile(partner, 'Import a review receipt…', hasIssues)
  await expect(status).toContainText(`${BOARD} has 1 question about revision 1`)
  await status.getByRole('button', { name: 'Open AY 2025–26' }).click()
  await reports.expectOpen('AY 2025–26')
  await expect(partner.getByTestId('review-summary')).toContainText(
    `${BOARD} has 1 question about revision 1`,
  )
  const questions = partner.getByRole('list', { name: `Questions from ${BOARD}` })
  await expect(questions).toContainText(
    `${cell} · Radiography, First-attempt exam passes: ${QUESTION}`,
  )
  const marked = reports.cell('Radiography', 'examPasses')
  await expect(marked).toHaveClass(/has-question/)
  await expect(partner.locator('.grid-cell.has-question')).toHaveCount(1)
  // Enter on the question goes to its cell; the inspector shows the question.
  await questions.getByRole('button').first().focus()
  await partner.keyboard.press('Enter')
  await expect(marked).toBeFocused()
  await expect(partner.locator('.inspector')).toContainText(`${BOARD} asks: ${QUESTION}`)
  await partner.screenshot({ path: testInfo.outputPath('partner-question.png'), fullPage: true })

  // The accepted receipt, issued later, is the answer now.
  await reports.backToPeriods()
  await chooseFile(partner, 'Import a review receipt…', accepted)
  await status.getByRole('button', { name: 'Open AY 2025–26' }).click()
  await expect(partner.getByTestId('review-summary')).toHaveText(
    new RegExp(`^Accepted by ${BOARD} on .+, revision 1\\.$`),
  )
  await expect(partner.locator('.grid-cell.has-question')).toHaveCount(0)
  await expect(partner.getByText('Earlier receipts (1)')).toBeVisible()
  await context.close()
})
