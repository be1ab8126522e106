// Timing taken inside the page, the same way for the app and for its baselines, so that the
// round trips of the driving process never count. Each function runs in the browser.
import type { Page } from '@playwright/test'

/** From a click to the first frame painted with `selector` in the document (showing `text`). */
export function timeClickUntil(
  page: Page,
  button: string,
  selector: string,
  text: string | null = null,
): Promise<number> {
  return page.evaluate(
    ([button, selector, text]) =>
      new Promise<number>((resolve, reject) => {
        const target = document.querySelector<HTMLElement>(button)
        if (!target) return reject(new Error(`no ${button}`))
        const painted = (started: number) =>
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started)))
        const shown = () => {
          const found = document.querySelector(selector)
          return found !== null && (text === null || found.textContent === text)
        }
        const started = performance.now()
        const observer = new MutationObserver(() => {
          if (!shown()) return
          observer.disconnect()
          painted(started)
        })
        observer.observe(document.body, { subtree: true, childList: true, characterData: true })
        target.click()
        if (shown()) {
          observer.disconnect()
          painted(started)
        }
      }),
    [button, selector, text] as const,
  )
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
