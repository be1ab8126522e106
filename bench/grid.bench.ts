// Browser benchmark of the grid, in Debian's Chromium against the built app: opening a period of
// 200 programs × 20 measures, a typed character, an arrow key, a committed edit until its strict
// transaction completes, and a 200-value paste until saved. Each figure sits beside a baseline
// measured in the same run and the same browser: a plain React table of the same 4,000 cells,
// a plain React input, a bare strict IndexedDB write. The data arrives the way a user's would:
// restored from a backup file. The server runs in this process, so it stops with the bench.
import type { Page } from '@playwright/test'
import { LAST_CELL, OPEN, cellAt, restoreBackup, withGridSession } from './grid-session'
import {
  nextFrame,
  pasteText,
  recordKeyWork,
  takeKeyWork,
  timeClickUntil,
  timeUntilSaved,
} from './in-page'
import { percentile, printTargets } from './measure'

async function baselines(page: Page, base: string) {
  await page.goto(`${base}/bench-baseline/`)
  const table = 'table tr:nth-child(200) td:nth-child(21)'
  const open: number[] = []
  for (let i = 0; i < 9; i++) {
    const ms = await timeClickUntil(page, '#show', table)
    if (i >= 2) open.push(ms)
    await page.click('#hide')
  }
  await page.click('#plain-input')
  await recordKeyWork(page)
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press(String(i % 10))
    await nextFrame(page)
  }
  const typed = await takeKeyWork(page)
  const writes: number[] = []
  for (let i = 0; i < 40; i++)
    writes.push(await page.evaluate((v) => window.bench!.strictWrite(v), i))
  return { open: percentile(open, 50), typed: percentile(typed, 95), write: percentile(writes, 95) }
}

async function gridFigures(page: Page, base: string, backupFile: string) {
  await page.goto(`${base}/`)
  await restoreBackup(page, backupFile)
  const open: number[] = []
  for (let i = 0; i < 9; i++) {
    const ms = await timeClickUntil(page, OPEN, LAST_CELL)
    if (i >= 2) open.push(ms)
    await page.getByRole('button', { name: '← All periods' }).click()
    await page.locator(OPEN).waitFor()
  }
  await page.locator(OPEN).click()
  await page.locator(LAST_CELL).waitFor()

  // Arrow keys across and down the grid.
  await page.locator(cellAt(100, 0)).click()
  await recordKeyWork(page)
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press(i % 20 < 10 ? 'ArrowRight' : 'ArrowDown')
    await nextFrame(page)
  }
  const arrows = await takeKeyWork(page)

  // Typed characters: three digits into a cell, then Escape (not counted) and on to the next.
  await page.locator(cellAt(120, 2)).click()
  const typed: number[] = []
  for (let i = 0; i < 20; i++) {
    await recordKeyWork(page)
    for (const digit of '123') {
      await page.keyboard.press(digit)
      await nextFrame(page)
    }
    typed.push(...(await takeKeyWork(page)))
    await page.keyboard.press('Escape')
    await page.keyboard.press('ArrowDown')
    await nextFrame(page)
  }

  // A committed edit: a new figure and Enter, until its transaction is durable.
  await page.locator(cellAt(140, 3)).click()
  const durable: number[] = []
  for (let i = 0; i < 30; i++) {
    await page.keyboard.type(String(100 + i))
    durable.push(await timeUntilSaved(page, () => page.keyboard.press('Enter')))
    await nextFrame(page)
  }

  // A column of 200 values pasted at the top of a column, until saved; alternate the values so
  // that every paste changes every cell.
  const pasted: number[] = []
  for (let i = 0; i < 7; i++) {
    await page.locator(cellAt(0, 5 + (i % 3))).click()
    const block = Array.from({ length: 200 }, (_, r) => String(10 + ((r + i) % 50))).join('\r\n')
    pasted.push(await timeUntilSaved(page, () => pasteText(page, block)))
    await nextFrame(page)
  }
  return {
    open: percentile(open, 50),
    arrow: percentile(arrows, 95),
    typed: percentile(typed, 95),
    durable: percentile(durable, 95),
    paste: percentile(pasted, 50),
  }
}

export async function benchGrid(): Promise<void> {
  await withGridSession(async ({ page, base, backupFile }) => {
    const plain = await baselines(page, base)
    const grid = await gridFigures(page, base, backupFile)
    const table = 'a plain React table of the same 4,000 cells, shown'
    const input = 'a character typed into a plain React input (p95)'
    const write = 'a bare strict IndexedDB write of one record (p95)'
    printTargets('Grid (Chromium)', [
      {
        name: 'open a 200 × 20 period',
        stat: 'median',
        ms: grid.open,
        baselineName: table,
        baselineMs: plain.open,
        target: { ratio: 2 },
      },
      {
        name: 'typed character, main-thread work',
        stat: 'p95',
        ms: grid.typed,
        baselineName: input,
        baselineMs: plain.typed,
        target: { ms: 16 },
      },
      {
        name: 'arrow key, main-thread work',
        stat: 'p95',
        ms: grid.arrow,
        baselineName: input,
        baselineMs: plain.typed,
        target: { ms: 16 },
      },
      {
        name: 'committed edit durable',
        stat: 'p95',
        ms: grid.durable,
        baselineName: write,
        baselineMs: plain.write,
        target: { ms: 50 },
      },
      {
        name: '200-value paste saved',
        stat: 'median',
        ms: grid.paste,
        baselineName: write,
        baselineMs: plain.write,
        target: { ms: 300 },
      },
    ])
  })
}
