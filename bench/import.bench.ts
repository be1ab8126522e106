// Browser benchmark of the board's import, in Debian's Chromium against the built app: 200 and
// 1,000 demo-sized workbooks chosen as a folder, from the choice until the dry-run table says
// every file was checked, and the main thread's longest task meanwhile (PerformanceObserver
// 'longtask'; target: none over 100 ms). The baseline, measured in the same run: the same files
// verified one after another in this Node process with the same verifyWorkbook.
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Page } from '@playwright/test'
import { preview } from 'vite'
import { trustRegistryText } from '../shared/trust/registry'
import { verifyWorkbook } from '../shared/workbook/verify'
import { buildIntakeSet } from '../test/fixtures/intake-set'

const PORT = Number(process.env.BENCH_PORT ?? 4198)

async function setUpBoard(page: Page, registryText: string) {
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: number[] }
    w.longTasks = []
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push(e.duration)
    }).observe({ type: 'longtask', buffered: true })
  })
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

      const page = await browser.newPage()
      await setUpBoard(page, trustRegistryText(set.registry))
      await page.evaluate(() => {
        ;(window as unknown as { longTasks: number[] }).longTasks = []
      })
      const start = performance.now()
      await page.getByTestId('import-folder').setInputFiles(folder)
      await page
        .getByRole('status')
        .filter({ hasText: `${count} files checked.` })
        .waitFor({ timeout: 600_000 })
      const ms = performance.now() - start
      const longest = await page.evaluate(() =>
        Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks),
      )
      await page.close()
      console.log(
        `  ${String(count).padStart(5)} files  ${(count / (ms / 1000)).toFixed(1).padStart(6)} files/s ` +
          `(${(ms / 1000).toFixed(1)} s; baseline one by one in Node ${(count / (baselineMs / 1000)).toFixed(1)} files/s, ` +
          `ratio ${(ms / baselineMs).toFixed(2)} × baseline time)  longest main-thread task ${longest.toFixed(0)} ms ` +
          `(target < 100 ms: ${longest < 100 ? 'met' : 'NOT MET'})`,
      )
    }
  } finally {
    await browser.close()
    await server.close()
    await rm(dir, { recursive: true, force: true })
  }
}
