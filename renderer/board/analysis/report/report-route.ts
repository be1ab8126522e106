// The printable report's address: #/report/<cycle id>, so that the desktop app's printToPDF and
// the browser's print both print the page the window shows, with nothing else on it.
import { useSyncExternalStore } from 'react'

const PATTERN = /^#\/report\/(AY\d{4}-\d{2})$/

export function reportHash(cycleId: string): string {
  return `#/report/${cycleId}`
}

/** The cycle the address asks a report of, or null for any other address. */
export function reportCycleOf(hash: string): string | null {
  return PATTERN.exec(hash)?.[1] ?? null
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

/** The cycle of the report the window shows, or null when it shows the app. */
export function useReportRoute(): string | null {
  return useSyncExternalStore(subscribe, () => reportCycleOf(window.location.hash))
}

export function openReport(cycleId: string): void {
  window.location.hash = reportHash(cycleId)
}

export function closeReport(): void {
  // Back to the app's own address, without leaving a "#" behind.
  history.pushState(null, '', window.location.pathname + window.location.search)
  window.dispatchEvent(new HashChangeEvent('hashchange'))
}
