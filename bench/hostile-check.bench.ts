// Browser benchmark of "Check a signed workbook…" over the hostile corpus, in Debian's Chromium
// against the built app: the main thread's longest task from the choice of the files until every
// file has its result (target: none over 50 ms), beside the same page idle for as long.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium } from '@playwright/test'
import { preview } from 'vite'
import { buildCorpus } from '../test/hostile/corpus'
import { registrarWithPrograms } from '../test/e2e/pages/journeys'
import {
  collectLongTasks,
  probeLongestTask,
  longestTask,
  printLongTask,
  waitUntilShown,
} from './long-tasks'

const PORT = Number(process.env.BENCH_PORT ?? 4198)
const ROUNDS = 4
const RESULT = '[aria-label="Checked workbooks"] > li:not([data-bench-seen])'

export async function benchHostileCheck(): Promise<void> {
  const corpus = await buildCorpus()
  const dir = await mkdtemp(join(tmpdir(), 'allied-hostile-bench-'))
  const paths: string[] = []
  for (const file of corpus.files) {
    paths.push(join(dir, `${file.id}.xlsx`))
    await writeFile(paths.at(-1)!, file.bytes)
  }
  paths.push(join(dir, 'genuine.xlsx'))
  await writeFile(paths.at(-1)!, corpus.genuine)
  const server = await preview({
    configFile: resolve('renderer/vite.config.ts'),
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: PORT, strictPort: true },
  })
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--no-first-run', '--disable-sync'],
  })
  console.log(`\nChecking the hostile corpus in the browser (${paths.length} files at once)`)
  try {
    const page = await browser.newPage({ baseURL: `http://127.0.0.1:${PORT}` })
    await registrarWithPrograms(
      page,
      { institution: 'Holyoke Community College', name: 'Bench Registrar', email: 'b@example.edu' },
      [{ occupation: 'Radiologic technologists', name: 'Radiologic Technology AS' }],
    )
    await page.getByRole('tab', { name: 'Export' }).click()
    const button = page.getByRole('button', { name: 'Check a signed workbook…' })
    await button.waitFor()
    // The first round starts the workers; every round is reported.
    for (let round = 1; round <= ROUNDS; round++) {
      // The last round's results stay until the new files are chosen: count only new ones.
      await page.evaluate(() => {
        for (const li of document.querySelectorAll('[aria-label="Checked workbooks"] > li'))
          li.setAttribute('data-bench-seen', '')
      })
      await collectLongTasks(page)
      const chooser = page.waitForEvent('filechooser')
      const start = performance.now()
      await button.click()
      await (await chooser).setFiles(paths)
      await waitUntilShown(page, RESULT, { count: paths.length })
      const span = performance.now() - start
      const longest = await longestTask(page)
      const idle = await probeLongestTask(page, span)
      printLongTask(
        `round ${round}${round === 1 ? ' (workers start)' : ''}, ${(span / 1000).toFixed(1)} s`,
        longest,
        50,
        idle,
        span,
      )
    }
  } finally {
    await browser.close()
    await server.close()
    await rm(dir, { recursive: true, force: true })
  }
}
