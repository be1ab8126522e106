// The main thread's long tasks in the page, as the browser reports them (PerformanceObserver
// 'longtask', wall time): the figure users feel as a window that does not answer. While they are
// collected the bench waits inside the page (one evaluate, no polling), so that the driver's own
// queries never count as the app's work. The baseline, in the same run and the same page: a
// fixed piece of work (a few ms of script when the machine is quiet) run every 50 ms for as
// long as the app's work took, and the longest it took. On a shared, loaded machine the same
// 5 ms task is sometimes stretched past 100 ms by other processes taking the cores; the app's
// figure means something only beside it.
import type { Page } from '@playwright/test'

/** Starts collecting long tasks afresh. */
export async function collectLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { longTasks?: number[]; longTaskObserver?: PerformanceObserver }
    w.longTaskObserver?.disconnect()
    const tasks: number[] = []
    w.longTasks = tasks
    w.longTaskObserver = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration)
    })
    w.longTaskObserver.observe({ type: 'longtask' })
  })
}

/** The longest task collected since collectLongTasks, in ms (0 when there was none). */
export function longestTask(page: Page): Promise<number> {
  return page.evaluate(() =>
    Math.max(0, ...((window as unknown as { longTasks?: number[] }).longTasks ?? [])),
  )
}

/**
 * Resolves once `count` elements match `selector` (each containing `text`, when given), watching
 * the document from inside the page.
 */
export function waitUntilShown(
  page: Page,
  selector: string,
  { count = 1, text = '' }: { count?: number; text?: string } = {},
): Promise<void> {
  return page.evaluate(
    ([selector, count, text]) =>
      new Promise<void>((resolve) => {
        // No named functions in here: the bench's compiler would wrap them in a helper the page
        // does not have.
        const observer = new MutationObserver(() => {
          const found = [...document.querySelectorAll(selector)]
          if (found.filter((e) => e.textContent.includes(text)).length < count) return
          observer.disconnect()
          resolve()
        })
        observer.observe(document.body, { subtree: true, childList: true, characterData: true })
        const found = [...document.querySelectorAll(selector)]
        if (found.filter((e) => e.textContent.includes(text)).length < count) return
        observer.disconnect()
        resolve()
      }),
    [selector, count, text] as const,
  )
}

export interface Probe {
  /** The fixed work's usual time (median), in ms. */
  readonly medianMs: number
  /** Its longest time meanwhile, in ms. */
  readonly longestMs: number
}

/** The baseline: a fixed piece of work run every 50 ms for `ms` (see above). */
export function probeLongestTask(page: Page, ms: number): Promise<Probe> {
  return page.evaluate(
    (span) =>
      new Promise<Probe>((resolve) => {
        const times: number[] = []
        const end = performance.now() + span
        const timer = setInterval(() => {
          const started = performance.now()
          let sink = 0
          for (let i = 0; i < 2_000_000; i++) sink += Math.sqrt(i)
          // The sum is kept, so that the loop is not optimised away.
          if (sink < 0) times.push(sink)
          times.push(performance.now() - started)
          if (performance.now() < end) return
          clearInterval(timer)
          times.sort((a, b) => a - b)
          resolve({ medianMs: times[times.length >> 1] ?? 0, longestMs: times.at(-1) ?? 0 })
        }, 50)
      }),
    ms,
  )
}

export function printLongTask(
  name: string,
  longestMs: number,
  targetMs: number,
  probe: Probe,
  spanMs: number,
) {
  console.log(
    `  ${name}: longest main-thread task ${longestMs.toFixed(0)} ms ` +
      `(target < ${targetMs} ms: ${longestMs < targetMs ? 'met' : 'NOT MET'}); baseline: a fixed ` +
      `${probe.medianMs.toFixed(1)} ms task run every 50 ms in the same page for the same ` +
      `${(spanMs / 1000).toFixed(1)} s took up to ${probe.longestMs.toFixed(0)} ms`,
  )
}
