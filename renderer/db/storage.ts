// Asks the browser to keep this origin's data even under storage pressure. The answer is shown
// in settings so the user knows whether the browser may evict their data.

export type PersistenceState = 'persisted' | 'not-persisted' | 'unsupported'

let requested: Promise<PersistenceState> | undefined

export function requestPersistentStorage(): Promise<PersistenceState> {
  requested ??= (async () => {
    if (!('storage' in navigator) || typeof navigator.storage.persist !== 'function')
      return 'unsupported'
    try {
      if (await navigator.storage.persisted()) return 'persisted'
      return (await navigator.storage.persist()) ? 'persisted' : 'not-persisted'
    } catch {
      return 'unsupported'
    }
  })()
  return requested
}

export interface StorageEstimate {
  usedBytes: number
  quotaBytes: number
}

export async function estimateStorage(): Promise<StorageEstimate | null> {
  if (!('storage' in navigator) || typeof navigator.storage.estimate !== 'function') return null
  const { usage = 0, quota = 0 } = await navigator.storage.estimate()
  return { usedBytes: usage, quotaBytes: quota }
}
