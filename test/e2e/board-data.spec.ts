// The board's dataset screens: the trust registry (first contact, a typed-back fingerprint, a
// changed key), cycles, who has reported, revisions, and the audit log with its CSV.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { createKeyCard, keyCardText } from '../../shared/crypto/key-card'
import { exportPublicKeyRaw, generateSigningKeyPair } from '../../shared/crypto/keys'
import { InstitutionId } from '../../shared/domain/ids'
import { readTrustRegistry } from '../../shared/trust/registry'
import { boardBackup, demoFolder } from './board/board-dataset'
import { BoardPage } from './pages/board-page'

const COLLEGE = 'Example Community College (fictional)'
let demo = ''

test.beforeAll(() => {
  demo = demoFolder()
})

function demoCard(slug: string) {
  const name = readdirSync(demo).find((f) => f.startsWith(`AHWG_key_${slug}_`))
  if (!name) throw new Error(`no demo card for ${slug}`)
  const text = readFileSync(join(demo, name), 'utf8')
  return { name, text, fingerprint: (JSON.parse(text) as { fingerprint: string }).fingerprint }
}

/** A new key card for the demo college, not vouched for by its old key. */
async function newCollegeCard() {
  const pair = await generateSigningKeyPair()
  const card = await createKeyCard({
    institution: { id: InstitutionId.parse('example-community-college'), name: COLLEGE },
    contact: { name: 'Pat Registrar', email: 'pat.registrar@example.org' },
    publicKeyRaw: await exportPublicKeyRaw(pair.publicKey),
    now: new Date(),
  })
  return { name: 'new-key.json', text: keyCardText(card), fingerprint: card.fingerprint }
}

const spaced = (hex: string) => hex.match(/.{4}/g)?.join(' ') ?? hex

test('staff pin a key by typing back its fingerprint, and a changed key blocks', async ({
  page,
}, testInfo) => {
  const board = new BoardPage(page)
  await board.introduceMyself()
  await board.goTo('Trust registry')
  const college = demoCard('example-community-college')
  await board.importKeyCards([college, { name: 'notes.json', text: 'hello' }])
  await expect(page.getByRole('list', { name: 'Key cards imported' })).toContainText('notes.json')
  await expect(page.getByRole('list', { name: 'Key cards imported' })).toContainText('Not imported')

  // First contact: the authenticity cannot be established until the fingerprint is typed back.
  const first = board.firstContact(COLLEGE)
  await expect(first).toContainText('can’t be established')
  await expect(board.keyRow(COLLEGE, 'Pending')).toHaveCount(1)
  await board.typeBackFingerprint(first, spaced(college.fingerprint).slice(0, 30))
  await expect(first).toContainText('of the fingerprint’s 64 characters')
  const wrong = `${college.fingerprint.slice(0, 63)}${college.fingerprint.endsWith('0') ? '1' : '0'}`
  await board.typeBackFingerprint(first, wrong)
  await expect(first).toContainText('does not match the key’s fingerprint')
  await expect(board.keyRow(COLLEGE, 'Pinned')).toHaveCount(0)
  await board.typeBackFingerprint(first, spaced(college.fingerprint).toLowerCase())
  await expect(board.keyRow(COLLEGE, 'Pinned')).toContainText(
    `Confirmed by Jordan Rivera (jrivera@example.org)`,
  )
  await expect(first).toHaveCount(0)

  // Another key for the same college, not signed by the pinned one: the blocking warning.
  const next = await newCollegeCard()
  await board.importKeyCards([next])
  const warning = board.keyChanged(COLLEGE)
  await expect(warning).toBeVisible()
  await expect(warning.getByTestId('fingerprint-on-record')).toHaveText(
    `${spaced(college.fingerprint.toUpperCase()).slice(0, 39)}\n${spaced(college.fingerprint.toUpperCase()).slice(40)}`,
  )
  await expect(warning.getByTestId('fingerprint-new')).toContainText(
    spaced(next.fingerprint.toUpperCase()).slice(0, 39),
  )
  await expect(board.firstContact(COLLEGE)).toHaveCount(0)
  await page.screenshot({ path: testInfo.outputPath('registry-key-changed.png'), fullPage: true })

  // The partner confirms on a call: the new key is pinned, then the old one revoked.
  await board.typeBackFingerprint(warning, next.fingerprint)
  await expect(warning).toHaveCount(0)
  await expect(page.getByText(`${COLLEGE} has 2 pinned keys`)).toBeVisible()
  await page
    .getByRole('button', {
      name: `Revoke key ${spaced(college.fingerprint.toUpperCase()).slice(0, 9)} of ${COLLEGE}`,
    })
    .click()
  await page.getByRole('button', { name: 'Revoke for good' }).click()
  await expect(board.keyRow(COLLEGE, 'Revoked')).toHaveCount(1)
  await expect(board.keyRow(COLLEGE, 'Pinned')).toHaveCount(1)

  // The exported registry is the file `allied-pipeline verify --trust` reads.
  const download = await board.download('Export the registry…')
  expect(download.suggestedFilename()).toBe('trust-registry.json')
  const saved = testInfo.outputPath('trust-registry.json')
  await download.saveAs(saved)
  const read = await readTrustRegistry(readFileSync(saved, 'utf8'))
  expect(read.ok).toBe(true)
  if (!read.ok) return
  expect(read.registry.institutions[0]?.keys.map((k) => [k.keyId, k.status])).toEqual([
    [college.fingerprint, 'revoked'],
    [next.fingerprint, 'pinned'],
  ])
})

test('staff define a cycle from the directory and see who is expected', async ({ page }) => {
  const board = new BoardPage(page)
  await board.introduceMyself()
  await board.goTo('Reporting status')
  await page.getByRole('button', { name: 'Define a cycle' }).click()
  await page.getByRole('button', { name: 'New cycle…' }).click()
  const form = page.getByRole('form', { name: /^Cycle AY/ })
  await form.getByLabel('Academic year collected').selectOption({ label: 'AY 2025–26' })
  await expect(form.getByLabel('From', { exact: true })).toHaveValue('2026-07-01')
  await expect(form.getByLabel('To', { exact: true })).toHaveValue('2027-06-30')
  await form.getByLabel('Due date').fill('2030-11-15')
  await form
    .getByLabel('What Baystate Health is expected to send')
    .selectOption({ label: 'Not expected this cycle' })
  await form.getByRole('button', { name: 'Save cycle AY2025-26' }).click()
  const row = page.getByRole('table', { name: 'Cycles' }).getByRole('row', { name: /AY2025-26/ })
  await expect(row).toContainText('2030-11-15')
  await expect(row).toContainText('Working on')

  await board.goTo('Reporting status')
  await expect(board.matrixRow('Holyoke Community College')).toContainText('Not yet received')
  await expect(board.matrixRow('Baystate Health')).toHaveCount(0)
  // Editing keeps the year (it is the cycle's name) and changes what is expected.
  await board.goTo('Cycles')
  await page.getByRole('button', { name: 'Edit cycle AY2025-26' }).click()
  await expect(form.getByLabel('Academic year collected')).toBeDisabled()
  await form
    .getByLabel('What Baystate Health is expected to send')
    .selectOption({ label: 'Employer (hospital HR)' })
  await form.getByRole('button', { name: 'Save cycle AY2025-26' }).click()
  await board.goTo('Reporting status')
  await expect(board.matrixRow('Baystate Health')).toContainText('Not yet received')
})

test('after a merge the board sees who reported, the revisions it holds and every decision', async ({
  page,
}, testInfo) => {
  const board = new BoardPage(page)
  await board.introduceMyself()
  await board.restore(await boardBackup(demo))

  await board.goTo('Reporting status')
  // Seven expected: six demo partners reported (five by the due date), Holyoke did not.
  await expect(board.totals('All partners')).toHaveText(['7', '6', '85.7%', '5', '71.4%'])
  await expect(board.matrixRow('Holyoke Community College')).toContainText('Missing')
  await expect(board.matrixRow('Sample Regional Hospital')).toContainText('Late')
  await expect(board.matrixRow(COLLEGE)).toContainText('Received')
  await expect(board.matrixRow(COLLEGE)).toContainText('AY 2025–26: revision 1')
  await page.screenshot({ path: testInfo.outputPath('reporting-status.png'), fullPage: true })

  // The original workbook comes back byte for byte.
  await page.getByRole('button', { name: `Revisions of ${COLLEGE}` }).click()
  const download = await board.download('Save the original file')
  const name = download.suggestedFilename()
  expect(name).toBe('AHWG_example-community-college_AY2025-26_r1.xlsx')
  const saved = testInfo.outputPath(name)
  await download.saveAs(saved)
  expect(readFileSync(saved).equals(readFileSync(join(demo, name)))).toBe(true)

  await board.goTo('Audit log')
  // Two batches: six files then two, every decision kept, newest first.
  await expect(board.auditRows()).toHaveCount(8)
  await expect(board.auditRows().first()).toContainText('Identical')
  await page.getByLabel('Status').selectOption({ label: 'Unreadable' })
  await expect(board.auditRows()).toHaveCount(1)
  await expect(board.auditRows()).toContainText('notes.xlsx')
  await page.getByLabel('Status').selectOption({ label: 'All statuses' })
  await page.getByLabel('Contains').fill('regional hospital')
  await expect(board.auditRows()).toHaveCount(1)
  await page.getByLabel('Contains').fill('')
  await page.screenshot({ path: testInfo.outputPath('audit-log.png'), fullPage: true })

  const csv = await board.download('Export as CSV…')
  const csvPath = testInfo.outputPath('audit-log.csv')
  await csv.saveAs(csvPath)
  const lines = readFileSync(csvPath, 'utf8').split('\r\n').filter(Boolean)
  expect(lines[0]).toBe(
    '\uFEFFWhen,Who,Who (email),Cycle,File,File SHA-256,Status,Merged,Institution,Report kind,Period,Revision,Replaced revision,Reasons',
  )
  expect(lines).toHaveLength(9)
  expect(lines.filter((l) => l.includes(',Accepted,yes,'))).toHaveLength(6)
})
