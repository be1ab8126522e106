// `npx tsx bench/grid-trace.ts`: where a keystroke's time goes in the grid. Opens the bench's
// 200 × 20 period in Debian's Chromium, traces arrow keys, typed characters and committed edits,
// and prints per action the median and p95 of the main thread's work by kind (script, style,
// layout, paint, other), in thread time. Run it at high priority, as the bench:
// `BENCH_PORT=4372 nice -n -15 npx tsx bench/grid-trace.ts`.
import 'fake-indexeddb/auto'
import { OPEN, clickCell, restoreBackup, waitShown, withGridSession } from './grid-session'
import { nextFrame } from './in-page'
import { percentile } from './measure'
import type { KeyWork, WorkKind } from './trace-summary'
import { traceKeys } from './trace-keys'

const KINDS: readonly (WorkKind | 'total')[] = [
  'total',
  'script',
  'style',
  'layout',
  'paint',
  'other',
]

function sumByName(keys: readonly KeyWork[]): Map<string, number> {
  const sum = new Map<string, number>()
  for (const key of keys) for (const [n, t] of key.byName) sum.set(n, (sum.get(n) ?? 0) + t)
  return sum
}

function print(title: string, keys: readonly KeyWork[]) {
  const cells = KINDS.map((kind) => {
    const values = keys.map((k) => k[kind])
    return `${kind} ${percentile(values, 50).toFixed(1)}/${percentile(values, 95).toFixed(1)}`
  })
  console.log(`${title} (${keys.length} keys, median/p95 ms): ${cells.join('  ')}`)
  if (process.env.TRACE_NAMES)
    console.log(
      [...sumByName(keys)]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 12)
        .map(([n, t]) => `    ${n} ${(t / 1000 / keys.length).toFixed(2)} ms/key`)
        .join('\n'),
    )
}

await withGridSession(async ({ browser, page, base, backupFile }) => {
  await page.goto(`${base}/`)
  await restoreBackup(page, backupFile)
  await page.locator(OPEN).click()
  await waitShown(page)

  await clickCell(page, 100, 0)
  const arrows = await traceKeys(browser, page, async () => {
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press(i % 20 < 10 ? 'ArrowRight' : 'ArrowDown')
      await nextFrame(page)
    }
  })
  print('arrow key', arrows)

  await clickCell(page, 120, 2)
  const first: KeyWork[] = []
  const more: KeyWork[] = []
  const escapes: KeyWork[] = []
  const typed = await traceKeys(browser, page, async () => {
    for (let i = 0; i < 15; i++) {
      for (const digit of '123') {
        await page.keyboard.press(digit)
        await nextFrame(page)
      }
      await page.keyboard.press('Escape')
      await nextFrame(page)
      await page.keyboard.press('ArrowDown')
      await nextFrame(page)
    }
  })
  // Five keys a round: three digits, Escape, ArrowDown (the last counted with the arrows).
  typed.forEach((k, i) => {
    const place = i % 5
    if (place === 0) first.push(k)
    else if (place < 3) more.push(k)
    else if (place === 3) escapes.push(k)
  })
  print('typed: first character (opens the editor)', first)
  print('typed: further characters', more)
  print('Escape (closes the editor)', escapes)

  await clickCell(page, 140, 3)
  const commits = await traceKeys(
    browser,
    page,
    async () => {
      for (let i = 0; i < 15; i++) {
        await page.keyboard.type(String(100 + i))
        await page.keyboard.press('Enter')
        await page.waitForTimeout(150)
      }
    },
    { untilNextKey: true },
  )
  print(
    'Enter commits an edit, all work until the next key',
    commits.filter((_, i) => i % 4 === 3),
  )
})
