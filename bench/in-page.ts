// Timing taken inside the page, the same way for the app and for its baselines, so that the
// round trips of the driving process never count. Each function runs in the browser.
import type { Page } from '@playwright/test'

declare global {
  interface Window {
    __keyWork?: number[]
  }
}

/** From a click to the first frame painted with `selector` in the document. */
export function timeClickUntil(page: Page, button: string, selector: string): Promise<number> {
  return page.evaluate(
    ([button, selector]) =>
      new Promise<number>((resolve, reject) => {
        const target = document.querySelector<HTMLElement>(button)
        if (!target) return reject(new Error(`no ${button}`))
        const painted = (started: number) =>
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started)))
        const started = performance.now()
        const observer = new MutationObserver(() => {
          if (!document.querySelector(selector)) return
          observer.disconnect()
          painted(started)
        })
        observer.observe(document.body, { subtree: true, childList: true })
        target.click()
        if (document.querySelector(selector)) {
          observer.disconnect()
          painted(started)
        }
      }),
    [button, selector] as const,
  )
}

/**
 * Records, for every key pressed from now on, the main-thread work it caused: from the
 * keydown to the end of the task that follows its handlers (React's render included), with
 * style and layout forced, so that what the next frame must draw is done.
 */
export function recordKeyWork(page: Page): Promise<void> {
  return page.evaluate(() => {
    window.__keyWork = []
    window.addEventListener(
      'keydown',
      () => {
        const started = performance.now()
        const channel = new MessageChannel()
        channel.port1.onmessage = () => {
          ;(document.activeElement ?? document.body).getBoundingClientRect()
          window.__keyWork?.push(performance.now() - started)
          channel.port1.close()
        }
        channel.port2.postMessage(0)
      },
      { capture: true },
    )
  })
}

export async function takeKeyWork(page: Page): Promise<number[]> {
  return page.evaluate(() => window.__keyWork?.splice(0) ?? [])
}

/** Lets the page finish a frame before the next key, so keys never overlap in the figures. */
export function nextFrame(page: Page): Promise<void> {
  return page.evaluate(
    () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(() => r()))),
  )
}

/**
 * Runs `act` (which starts a write), and resolves with the time until the save indicator says
 * "All changes saved" again: the write's strict transaction has completed.
 */
export async function timeUntilSaved(page: Page, act: () => Promise<void>): Promise<number> {
  await page.evaluate(() => {
    const indicator = document.querySelector('[data-testid="save-indicator"]')
    if (!indicator) throw new Error('no save indicator')
    const state = { started: 0, saved: 0, sawSaving: false }
    ;(window as unknown as { __save: typeof state }).__save = state
    const observer = new MutationObserver(() => {
      const text = indicator.textContent ?? ''
      if (text.includes('Saving')) state.sawSaving = true
      else if (state.sawSaving && text.includes('All changes saved')) {
        state.saved = performance.now()
        observer.disconnect()
      }
    })
    observer.observe(indicator, { subtree: true, childList: true, characterData: true })
    window.addEventListener('keydown', () => (state.started ||= performance.now()), {
      capture: true,
      once: true,
    })
    document.addEventListener('paste', () => (state.started ||= performance.now()), {
      capture: true,
      once: true,
    })
  })
  await act()
  const handle = await page.waitForFunction(() => {
    const s = (window as unknown as { __save: { started: number; saved: number } }).__save
    return s.saved > 0 ? s.saved - s.started : null
  })
  return (await handle.jsonValue()) as number
}

/** Dispatches a paste of `text` at the focused element, as Ctrl+V with that clipboard would. */
export function pasteText(page: Page, text: string): Promise<void> {
  return page.evaluate((text) => {
    const data = new DataTransfer()
    data.setData('text/plain', text)
    document.activeElement?.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    )
  }, text)
}
