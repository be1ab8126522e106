// Browser benchmark of the board's import, in Debian's Chromium against the built app: 200 and
// 1,000 demo-sized workbooks chosen as a folder: files per second from the choice until the
// status says every file was checked, and the main thread's longest task from the choice until
// the dry-run table shows every file (PerformanceObserver 'longtask'; target: none over 100 ms
// for 200 files; see long-tasks.ts). The baselines, measured in the same run: the same files
// verified one after another in this Node process with the same verifyWorkbook, and a fixed task
// in the same page for as long (long-tasks.ts).
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Page } from '@playwright/test'
import { preview } from 'vite'
import { trustRegistryText } from '../shared/trust/registry'
import { verifyWorkbook } from '../shared/workbook/verify'
import { buildIntakeSet } from '../test/fixtures/intake-set'
import {
  collectLongTasks,
  probeLongestTask,
  longestTask,
  printLongTask,
  waitUntilShown,
} from './long-tasks'

const PORT = Number(process.env.BENCH_PORT ?? 4198)
/** Rounds of the 200-file batch: its longest task is the figure with a target. */
const ROUNDS_200 = 3

async function setUpBoard(page: Page, registryText: string) {
  await page.goto(`http://127.0.0.1:${PORT}/`)
  await page.getByLabel('Your institution').selectOption({
    label: 'MassHire Hampden County Workforce Board',
  })
  await page.getByLabel('Your name').fill('Bench Staff')
  await page.getByLabel('Your work email').fill('bench@example.org')
  await page.getByRole('button', { name: 'Continue' }).click()
  const nav = page.getByRole('navigation', { name: 'Board workspace' })
  await nav.getByRole('button', { name: 'Trust registry' }).click()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Replace with a registry file…' }).click()
  await (
    await chooser
  ).setFiles({
    name: 'trust-registry.json',
    mimeType: 'application/json',
    buffer: Buffer.from(registryText),
  })
  await page.getByText(/The registry was replaced/).waitFor()
  await nav.getByRole('button', { name: 'Cycles' }).click()
  await page.getByRole('button', { name: 'New cycle…' }).click()
  await page.getByRole('button', { name: /^Save cycle/ }).click()
  await page.getByText(/^Cycle .* saved\./).waitFor()
  await nav.getByRole('button', { name: 'Import' }).click()
}

export async function benchImport(counts: readonly number[] = [200, 1000]): Promise<void> {
  const set = await buildIntakeSet()
  const demo = set.demoFiles
  const dir = await mkdtemp(join(tmpdir(), 'allied-import-bench-'))
  const server = await preview({
    configFile: resolve('renderer/vite.config.ts'),
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: PORT, strictPort: true },
  })
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--no-first-run', '--disable-sync'],
  })
  console.log('\nBoard import in the browser (demo-sized workbooks chosen as a folder)')
  try {
    for (const count of counts) {
      const folder = join(dir, `batch-${count}`)
      await mkdir(folder, { recursive: true })
      const files = Array.from({ length: count }, (_, i) => demo[i % demo.length]!)
      for (const [i, f] of files.entries()) {
        await writeFile(join(folder, `${String(i).padStart(4, '0')} ${f.name}`), f.bytes)
      }
      const baselineStart = performance.now()
      for (const f of files) await verifyWorkbook(f.bytes)
      const baselineMs = performance.now() - baselineStart

      // A fresh page per round: the same folder chosen again would find last round's table.
      for (let round = 1; round <= (count <= 200 ? ROUNDS_200 : 1); round++) {
        const page = await browser.newPage()
        await setUpBoard(page, trustRegistryText(set.registry))
        await collectLongTasks(page)
        const start = performance.now()
        await page.getByTestId('import-folder').setInputFiles(folder)
        await waitUntilShown(page, '[role="status"]', { text: `${count} files checked.` })
        const ms = performance.now() - start
        await waitUntilShown(page, 'table[aria-label="Files checked"] > tbody > tr', { count })
        const span = performance.now() - start
        const longest = await longestTask(page)
        const probe = await probeLongestTask(page, span)
        await page.close()
        console.log(
          `  ${String(count).padStart(5)} files  ${(count / (ms / 1000)).toFixed(1).padStart(6)} files/s ` +
            `(${(ms / 1000).toFixed(1)} s; baseline one by one in Node ${(count / (baselineMs / 1000)).toFixed(1)} files/s, ` +
            `ratio ${(ms / baselineMs).toFixed(2)} × baseline time)`,
        )
        printLongTask(`${count} files, until the table shows them all`, longest, 100, probe, span)
      }
    }
  } finally {
    await browser.close()
    await server.close()
    await rm(dir, { recursive: true, force: true })
  }
}
