// Undo and redo for the grid: each user action is one batch of edits with the values before
// and after, so Ctrl+Z puts back exactly what one paste or one typed figure changed.
import type { CellEdit } from './types'

export interface EditBatch {
  /** What the action was, for the status line: "paste of 24 values". */
  readonly label: string
  readonly before: readonly CellEdit[]
  readonly after: readonly CellEdit[]
}

export interface UndoHistory {
  /** Oldest first; the last batch is the next to undo. */
  readonly done: readonly EditBatch[]
  /** The last batch is the next to redo. */
  readonly undone: readonly EditBatch[]
}

export type UndoAction =
  | { readonly type: 'record'; readonly batch: EditBatch }
  | { readonly type: 'undo' }
  | { readonly type: 'redo' }

export const EMPTY_HISTORY: UndoHistory = { done: [], undone: [] }

/**
 * Holds a grid's history outside the grid, so that a screen can keep it while the grid is
 * unmounted (another tab of the same period) and hand it back when the grid returns.
 */
export interface UndoKeeper {
  get(): UndoHistory
  set(history: UndoHistory): void
}

export function createUndoKeeper(): UndoKeeper {
  let kept = EMPTY_HISTORY
  return {
    get: () => kept,
    set: (history) => {
      kept = history
    },
  }
}

/** Batches kept; an afternoon of entry, and a bound on memory. */
export const HISTORY_LIMIT = 200

export function undoReducer(history: UndoHistory, action: UndoAction): UndoHistory {
  switch (action.type) {
    case 'record':
      // A new action forgets what was undone, as in every editor.
      return { done: [...history.done, action.batch].slice(-HISTORY_LIMIT), undone: [] }
    case 'undo': {
      const batch = history.done.at(-1)
      if (!batch) return history
      return { done: history.done.slice(0, -1), undone: [...history.undone, batch] }
    }
    case 'redo': {
      const batch = history.undone.at(-1)
      if (!batch) return history
      return { done: [...history.done, batch], undone: history.undone.slice(0, -1) }
    }
  }
}

/** The batch Ctrl+Z would undo; commit its `before` values. */
export function nextUndo(history: UndoHistory): EditBatch | undefined {
  return history.done.at(-1)
}

/** The batch Ctrl+Y would redo; commit its `after` values. */
export function nextRedo(history: UndoHistory): EditBatch | undefined {
  return history.undone.at(-1)
}

/**
 * The batch for a set of edits, given the values they replace. Edits that change nothing are
 * left out, and the last edit of a cell wins; null when nothing changes at all.
 */
export function makeBatch(
  label: string,
  edits: readonly CellEdit[],
  current: (rowId: string, key: string) => number | null,
): EditBatch | null {
  const byCell = new Map<string, CellEdit>()
  for (const edit of edits) byCell.set(`${edit.rowId}\u0000${edit.key}`, edit)
  const before: CellEdit[] = []
  const after: CellEdit[] = []
  for (const edit of byCell.values()) {
    const was = current(edit.rowId, edit.key)
    if (Object.is(was, edit.value) || was === edit.value) continue
    before.push({ rowId: edit.rowId, key: edit.key, value: was })
    after.push(edit)
  }
  return after.length === 0 ? null : { label, before, after }
}
