// Publish: the demo set merged and a board context loaded, the board makes its key in Settings,
// saves the regional workbook, and `allied-pipeline verify --trust` accepts it once the board's
// key card is in the registry; openpyxl reads the Summary's coverage figures. The CSV files
// leave employers' own figures suppressed.
import { execFile } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { expect, test } from '@playwright/test'
import { demoBoardContext } from '../../shared/analysis/demo-context'
import { SUPPRESSED_TEXT } from '../../shared/analysis/suppression'
import { boardBackup, demoFolder } from './board/board-dataset'
import { BoardPage } from './pages/board-page'
import { registrarWithPrograms } from './pages/journeys'

const run = promisify(execFile)
const cli = (...args: string[]) =>
  run(process.execPath, ['bin/allied-pipeline.js', ...args]).then(
    (r) => ({ code: 0, stdout: r.stdout }),
    (e: { code?: number; stdout?: string }) => ({ code: e.code ?? -1, stdout: e.stdout ?? '' }),
  )

let demo = ''
test.beforeAll(() => {
  demo = demoFolder()
})

test('the board saves the signed regional workbook; verify --trust accepts it with the board’s card', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(180_000)
  const work = mkdtempSync(join(tmpdir(), 'regional-e2e-'))
  const board = new BoardPage(page)
  await board.introduceMyself()
  await board.restore(
    await boardBackup(demo, {
      context: demoBoardContext(),
      scenarios: [{ name: 'Ten more seats', programs: [], occupations: [] }],
    }),
  )
  await board.goTo('Publish')

  // No key yet: the screen says so and leads to Settings, where the board makes one.
  await expect(page.getByRole('note')).toContainText('no signing key on this computer yet')
  await page.getByRole('button', { name: 'Open Settings' }).click()
  await page.getByRole('button', { name: 'Make the board’s key now' }).click()
  const card = await board.download('Save key card…')
  const cardPath = join(work, 'board-card.json')
  await card.saveAs(cardPath)
  await page.getByRole('button', { name: 'Board workspace' }).click()
  await board.goTo('Publish')

  await page.getByRole('checkbox', { name: 'Ten more seats' }).check()
  await page.screenshot({ path: testInfo.outputPath('publish.png'), fullPage: true })
  const workbook = await board.download('Save the regional workbook…')
  expect(workbook.suggestedFilename()).toBe('AHWG_regional-gap-analysis_AY2025-26.xlsx')
  const xlsx = join(work, workbook.suggestedFilename())
  await workbook.saveAs(xlsx)
  await expect(page.getByRole('status')).toContainText('The regional workbook saved as')

  // The board's card in a copy of the demo registry, its fingerprint confirmed.
  const registry = join(work, 'registry.json')
  copyFileSync(join(demo, 'trust-registry.json'), registry)
  expect((await cli('trust', 'add', cardPath, '--registry', registry)).code).toBe(0)
  const fingerprint = (JSON.parse(readFileSync(cardPath, 'utf8')) as { fingerprint: string })
    .fingerprint
  const confirmed = await cli(
    'trust',
    'confirm',
    'masshire-hampden-county-workforce-board',
    '--fingerprint',
    fingerprint,
    '--registry',
    registry,
  )
  expect(confirmed.code).toBe(0)
  const verified = await cli('verify', xlsx, '--trust', registry)
  expect(verified.stdout).toContain('regional gap analysis, AY2025-26')
  expect(verified.stdout).toContain('trust: TRUSTED')
  expect(verified.code).toBe(0)

  // openpyxl, as a script would: the Summary's coverage column holds numbers or the words.
  const { stdout } = await run('/usr/bin/python3', [
    '-c',
    [
      'import json, sys, openpyxl',
      'ws = openpyxl.load_workbook(sys.argv[1])["Summary"]',
      'rows = [[c.value for c in r] for r in ws.iter_rows()]',
      'start = next(i for i, r in enumerate(rows) if r[0] == "Occupation")',
      'print(json.dumps([[r[0], r[1], r[5]] for r in rows[start + 1:] if r[0]][:8]))',
    ].join('\n'),
    xlsx,
  ])
  const coverage = JSON.parse(stdout) as [string, string, number | string][]
  expect(coverage).toHaveLength(8)
  const published = coverage.filter(([, basis]) => basis === 'Published annual openings')
  expect(published.every(([, , c]) => typeof c === 'number')).toBe(true)
  const employer = coverage.filter(([, basis]) => basis === 'Employer-reported demand')
  expect(employer.some(([, , c]) => c === SUPPRESSED_TEXT)).toBe(true)

  const dataset = await board.download('Save the merged data as CSV…')
  const datasetText = readFileSync(await dataset.path(), 'utf8')
  const employerRows = datasetText.split('\r\n').filter((l) => l.includes(',employer,'))
  expect(employerRows.length).toBeGreaterThan(0)
  expect(employerRows.every((l) => l.endsWith(`,${SUPPRESSED_TEXT}`))).toBe(true)
  const analysis = await board.download('Save the analysis as CSV…')
  const analysisText = readFileSync(await analysis.path(), 'utf8')
  expect(analysisText).toContain('Scenario: Ten more seats')
  expect(analysisText).toContain(SUPPRESSED_TEXT)

  // A partner's app checks the same file against the board key card it holds.
  const partner = await (await browser.newContext()).newPage()
  const reports = await registrarWithPrograms(
    partner,
    { institution: 'Holyoke Community College', name: 'Pat Registrar', email: 'pat@example.edu' },
    [{ occupation: 'Radiologic technologists', name: 'Radiologic Technology AS' }],
  )
  const check = async () => {
    await partner.getByRole('tab', { name: 'Export' }).click()
    const chooser = partner.waitForEvent('filechooser')
    await partner.getByRole('button', { name: 'Check a signed workbook…' }).click()
    await (await chooser).setFiles(xlsx)
    return partner.getByRole('list', { name: 'Checked workbooks' }).getByRole('listitem').first()
  }
  const unchecked = await check()
  await expect(unchecked).toContainText(
    'The regional gap analysis of AY2025-26, published by MassHire Hampden County Workforce Board',
  )
  await expect(unchecked).toContainText(
    'You hold no key card of MassHire Hampden County Workforce Board',
  )
  await partner.getByRole('button', { name: 'Settings' }).click()
  const cardChooser = partner.waitForEvent('filechooser')
  await partner.getByRole('button', { name: 'Import a board’s key card…' }).click()
  await (await cardChooser).setFiles(cardPath)
  await expect(
    partner.getByRole('table', { name: 'Board key cards held' }).getByRole('row'),
  ).toHaveCount(2)
  await partner.getByRole('button', { name: 'My reports' }).click()
  await reports.showFigures()
  await expect(await check()).toContainText(
    'Signed by MassHire Hampden County Workforce Board with the key on the board key card you hold.',
  )
})
