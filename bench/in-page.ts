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
 * Runs `act` (a key or a paste that writes figures) and resolves with the time from its
 * keydown or paste event to the `complete` event of the first read-write transaction on the
 * cells store that started after it: the figures are durable then (the app's writes are
 * strict). The transactions are watched from outside the app, by wrapping
 * `IDBDatabase.prototype.transaction` in the page, so the app runs unchanged.
 */
export async function timeUntilDurable(page: Page, act: () => Promise<void>): Promise<number> {
  await page.evaluate(() => {
    interface Watch {
      started: number
      durable: number
    }
    const host = window as unknown as { __durable?: Watch; __watching?: boolean }
    host.__durable = { started: 0, durable: 0 }
    if (!host.__watching) {
      host.__watching = true
      type Open = (
        this: IDBDatabase,
        ...args: Parameters<IDBDatabase['transaction']>
      ) => IDBTransaction
      const open = Object.getOwnPropertyDescriptor(IDBDatabase.prototype, 'transaction')
        ?.value as Open
      IDBDatabase.prototype.transaction = function (
        this: IDBDatabase,
        ...args: Parameters<IDBDatabase['transaction']>
      ) {
        const tx = open.apply(this, args)
        const watch = host.__durable
        const names = typeof args[0] === 'string' ? [args[0]] : [...args[0]]
        if (watch && watch.started > 0 && tx.mode === 'readwrite' && names.includes('cells'))
          tx.addEventListener('complete', () => (watch.durable ||= performance.now()))
        return tx
      }
    }
    const begin = () => (host.__durable!.started ||= performance.now())
    window.addEventListener('keydown', begin, { capture: true, once: true })
    document.addEventListener('paste', begin, { capture: true, once: true })
  })
  await act()
  const handle = await page.waitForFunction(() => {
    const w = (window as unknown as { __durable: { started: number; durable: number } }).__durable
    return w.durable > 0 ? w.durable - w.started : null
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
