// Tells the truth about saving: every write goes through `track`, and the indicator shows
// "Saving…" while any is in flight, "All changes saved" once all succeeded, or the failure
// until a later write succeeds.
import { useSyncExternalStore } from 'react'

export type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; at: Date }
  | { status: 'failed'; message: string }

let pending = 0
let state: SaveState = { status: 'idle' }
const listeners = new Set<() => void>()

function set(next: SaveState) {
  state = next
  for (const listener of listeners) listener()
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === 'QuotaExceededError' || /quota/i.test(error.message)) {
      return 'the disk is full. Free some space; your last change was not saved.'
    }
    return error.message
  }
  return String(error)
}

/** Runs a write and reflects it in the save indicator; rethrows so callers can react too. */
export async function track<T>(write: () => Promise<T>): Promise<T> {
  pending += 1
  set({ status: 'saving' })
  try {
    const result = await write()
    pending -= 1
    if (pending === 0) set({ status: 'saved', at: new Date() })
    return result
  } catch (error) {
    pending -= 1
    set({ status: 'failed', message: describe(error) })
    throw error
  }
}

export function useSaveState(): SaveState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => state,
  )
}
