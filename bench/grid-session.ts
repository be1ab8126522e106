// What the grid's bench and its trace share: a backup of 200 programs × 20 figures, the
// baseline page built beside the app, the app served in this process, Debian's Chromium, and a
// period opened the way a user's data arrives (restored from a backup file).
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type Page } from '@playwright/test'
import react from '@vitejs/plugin-react'
import { build, preview } from 'vite'
import { createBackup } from '../renderer/backup/backup'
import { openDatabase } from '../renderer/db/database'
import { ROW_VALUES } from './fixtures'
import { seedEducationPeriod } from './seeded-period'

export const OPEN = 'button[aria-label="Open AY 2025–26"]'
/** A body cell by its 0-based row and measure. */
export const cellAt = (row: number, col: number) =>
  `[role="row"][aria-rowindex="${row + 3}"] [role="gridcell"][aria-colindex="${col + 2}"]`
/**
 * The period is shown once the first row's last figure is: the grid draws the rows in view
 * (and a few more) with its first render, and only after the stored figures are read.
 */
export const SHOWN = { selector: cellAt(0, 19), text: String(ROW_VALUES[19]) }

/** Waits until the period is shown (see SHOWN). */
export async function waitShown(page: Page) {
  await page.waitForFunction(
    ({ selector, text }) => document.querySelector(selector)?.textContent === text,
    SHOWN,
  )
}

/** Scrolls the grid until a body cell far down is drawn, then clicks it, as a user would. */
export async function clickCell(page: Page, row: number, col: number) {
  await page.evaluate(
    (top) => {
      const box = document.querySelector('.measure-grid-scroll')
      if (box) box.scrollTop = top
    },
    row * 38 - 150,
  )
  await page.locator(cellAt(row, col)).click()
}

async function backupWith200Programs(): Promise<Uint8Array> {
  const db = openDatabase(`bench-${Date.now()}`)
  await seedEducationPeriod(db, 200)
  const bytes = await createBackup(db, new Date(), 'bench')
  db.close()
  return bytes
}

/** The baseline page, built beside the app so that the same server serves both. */
async function buildBaselinePage(): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: resolve('bench/page'),
    base: './',
    plugins: [react()],
    build: { outDir: resolve('dist/web/bench-baseline'), emptyOutDir: true },
  })
}

export interface GridSession {
  readonly browser: Browser
  readonly page: Page
  readonly base: string
  readonly backupFile: string
}

/** Runs `use` with the app served and a browser page open; stops both afterwards. */
export async function withGridSession<T>(use: (session: GridSession) => Promise<T>): Promise<T> {
  const port = Number(process.env.BENCH_PORT ?? 4199)
  const dir = await mkdtemp(join(tmpdir(), 'allied-bench-'))
  const backupFile = join(dir, 'allied-pipeline-backup.json')
  await writeFile(backupFile, await backupWith200Programs())
  await buildBaselinePage()
  // In this process: closing it stops it, and nothing is left listening after the bench.
  const server = await preview({
    configFile: resolve('renderer/vite.config.ts'),
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port, strictPort: true },
  })
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
    // tsx keeps function names with a helper that functions sent to the page do not carry.
    await page.addInitScript({ content: 'globalThis.__name = (f) => f' })
    return await use({ browser, page, base: `http://127.0.0.1:${port}`, backupFile })
  } finally {
    await browser.close()
    await server.close()
    await rm(dir, { recursive: true, force: true })
  }
}

/** Sets up the bench registrar, restores the backup and waits on the period list. */
export async function restoreBackup(page: Page, backupFile: string) {
  await page
    .getByLabel('Your institution')
    .selectOption({ label: 'Springfield Technical Community College' })
  await page.getByLabel('Your name').fill('Bench Registrar')
  await page.getByLabel('Your work email').fill('bench@example.edu')
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.getByRole('button', { name: 'Settings' }).click()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Restore from a backup…' }).click()
  await (await chooser).setFiles(backupFile)
  await page.getByRole('button', { name: 'Replace my data' }).click()
  await page.getByRole('button', { name: 'My reports' }).click()
  await page.locator(OPEN).waitFor()
}
