// Traces the renderer while `act` presses keys, and returns each key's main-thread work (see
// trace-summary.ts). Used by the grid bench for its per-key figures and by `grid-trace.ts`.
import type { Browser, Page } from '@playwright/test'
import { workPerKey, type KeyWork, type TraceEvent } from './trace-summary'

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink',
]

export async function traceKeys(
  browser: Browser,
  page: Page,
  act: () => Promise<void>,
  options: { untilNextKey?: boolean } = {},
): Promise<KeyWork[]> {
  await browser.startTracing(page, { categories: CATEGORIES })
  let bytes: Buffer
  try {
    await act()
  } finally {
    bytes = await browser.stopTracing()
  }
  const trace = JSON.parse(bytes.toString('utf8')) as { traceEvents: TraceEvent[] }
  return workPerKey(trace.traceEvents, options)
}
