// Puts the app's saves on hold, the way a busy disk would: a second connection keeps a
// read-write transaction on the cells store open, so the app's writes wait behind it. Lets a
// test decide exactly when a stored figure comes back to the screen.
import type { Page } from '@playwright/test'

declare global {
  interface Window {
    __releaseHeldWrites?: () => void
    __enterWhenStored?: { pressed: boolean; target: string }
  }
}

export async function holdWrites(page: Page): Promise<() => Promise<void>> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('allied-pipeline')
        open.onerror = () => reject(open.error ?? new Error('could not open the database'))
        open.onsuccess = () => {
          const db = open.result
          const tx = db.transaction('cells', 'readwrite')
          let held = true
          // A transaction stays open while it has requests in flight.
          const keepOpen = () => {
            if (held) tx.objectStore('cells').count().onsuccess = keepOpen
          }
          keepOpen()
          tx.oncomplete = () => db.close()
          window.__releaseHeldWrites = () => {
            held = false
          }
          resolve()
        }
      }),
  )
  return () => page.evaluate(() => window.__releaseHeldWrites?.())
}

/**
 * Presses Enter in the focused element at the moment the region's text changes: after React
 * committed the render that changed it and before that render's passive effects run (a
 * mutation observer's callback is a microtask of the task that committed).
 */
export async function pressEnterWhenTextChanges(page: Page, regionName: string): Promise<void> {
  await page.evaluate((name) => {
    const region = [...document.querySelectorAll('[aria-labelledby]')].find(
      (el) =>
        document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent === name,
    )
    if (!region) throw new Error(`No region named ${name}`)
    const before = region.textContent
    const state = { pressed: false, target: '' }
    window.__enterWhenStored = state
    const observer = new MutationObserver(() => {
      if (region.textContent === before) return
      observer.disconnect()
      const target = document.activeElement ?? document.body
      state.target = target.tagName
      target.dispatchEvent(
        new KeyboardEvent('keydown', {
          key: 'Enter',
          code: 'Enter',
          bubbles: true,
          cancelable: true,
        }),
      )
      state.pressed = true
    })
    observer.observe(region, { subtree: true, childList: true, characterData: true })
  }, regionName)
}
