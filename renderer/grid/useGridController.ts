// The grid's state and what the user can do to it: the selection (whose anchor is the active
// cell), the open edit, undo history and the status line. Events are translated into these
// actions by useGridInput; MeasureGrid only draws.
import { useMemo, useRef, useState } from 'react'
import { cellName, describePaste, describeUndo } from './grid-messages'
import {
  clampSelection,
  collapsed,
  HEADER_ROW,
  isSingleCell,
  movePos,
  positionsIn,
  rangeOf,
  selectionAround,
  type GridPos,
  type GridSelection,
  type Move,
} from './grid-navigation'
import type { EditMode } from './grid-keys'
import { formatForInput } from './format-cell'
import { parseNumber } from './parse-number'
import { parseClipboardTable, planPaste, tileToSelection, toClipboardText } from './paste'
import {
  createUndoKeeper,
  makeBatch,
  nextRedo,
  nextUndo,
  undoReducer,
  type EditBatch,
} from './undo-stack'
import type { CellAddress, CellEdit, MeasureGridProps, RejectedCell } from './types'

export interface EditSession {
  readonly id: number
  readonly pos: GridPos
  readonly initial: string
  readonly mode: EditMode
  readonly error: string | null
}

interface SelectionView {
  readonly selection: GridSelection
  readonly focusRequest: number
}

export interface CommitOptions {
  readonly move: Move | null
  /** Write the figure to every selected cell (Ctrl+Enter). */
  readonly fill: boolean
  /** Give focus back to the grid afterwards; not when the user has clicked elsewhere. */
  readonly refocus: boolean
}

type ControllerProps = Pick<
  MeasureGridProps,
  'rows' | 'measures' | 'onCommit' | 'onPasteReport' | 'focusRequest' | 'onDraftChange' | 'undo'
> & { readonly value: (rowId: string, key: string) => number | null }

const refusalKey = (cell: CellAddress) => `${cell.rowId}\u0000${cell.key}`

const plural = (n: number, noun: string) =>
  `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`

export function useGridController({
  rows,
  measures,
  value,
  onCommit,
  onPasteReport,
  focusRequest,
  onDraftChange,
  undo: keeper,
}: ControllerProps) {
  const size = { rows: rows.length, cols: measures.length }
  // The selection and the request to move DOM focus to it are one piece of state, so that a
  // move and its focus request are always committed in the same render (see useGridFocus).
  const [view, setView] = useState<SelectionView>(() => ({
    selection: collapsed({ row: 0, col: 0 }),
    focusRequest: 0,
  }))
  const [storedEditing, setEditing] = useState<EditSession | null>(null)
  const [status, setStatus] = useState({ text: '', count: 0 })
  const [lastEdit, setLastEdit] = useState<CellEdit | null>(null)
  const [seenRequest, setSeenRequest] = useState<number | undefined>(undefined)
  const [ownKeeper] = useState(createUndoKeeper)
  const history = keeper ?? ownKeeper
  /** Cells the last paste refused, marked in the grid until they are entered or undone. */
  const [refused, setRefused] = useState<ReadonlyMap<string, RejectedCell>>(new Map())
  const refusedByRow = useMemo(() => {
    const byRow = new Map<string, Map<string, string>>()
    for (const cell of refused.values()) {
      let row = byRow.get(cell.rowId)
      if (!row) byRow.set(cell.rowId, (row = new Map<string, string>()))
      row.set(cell.key, cell.reason)
    }
    return byRow
  }, [refused])
  const draft = useRef('')
  const sessions = useRef({ next: 1, closed: 0 })
  /** Where a run of Tabs started, so that Enter goes back to that column, as in Excel. */
  const tabStart = useRef<number | null>(null)

  const rowIndex = new Map(rows.map((r, i) => [r.id, i]))
  const colIndex = new Map(measures.map((m, i) => [m.key, i]))
  const positionOf = (cell: CellAddress): GridPos | null => {
    const row = rowIndex.get(cell.rowId)
    const col = colIndex.get(cell.key)
    return row === undefined || col === undefined ? null : { row, col }
  }

  // "Jump to cell": adjusting state while rendering, the way React suggests for a changed prop.
  if (focusRequest && focusRequest.nonce !== seenRequest) {
    setSeenRequest(focusRequest.nonce)
    const pos = positionOf(focusRequest)
    if (pos) {
      setView((v) => ({ selection: collapsed(pos), focusRequest: v.focusRequest + 1 }))
      setEditing(null)
    }
  }

  const selection = clampSelection(view.selection, size)
  const { anchor } = selection
  const editing =
    storedEditing &&
    storedEditing.pos.row >= 0 &&
    storedEditing.pos.row < size.rows &&
    storedEditing.pos.col < size.cols
      ? storedEditing
      : null

  const addressOf = (pos: GridPos): CellAddress | null => {
    const row = rows[pos.row]
    const measure = measures[pos.col]
    return row && measure ? { rowId: row.id, key: measure.key } : null
  }
  const nameOf = (pos: GridPos): string => {
    const row = rows[pos.row]
    const measure = measures[pos.col]
    return row && measure ? cellName(measure, row) : ''
  }
  const announce = (text: string) => setStatus((s) => ({ text, count: s.count + 1 }))
  const select = (next: GridSelection, focus = true) =>
    setView((v) => ({ selection: next, focusRequest: v.focusRequest + (focus ? 1 : 0) }))
  /** Asks for DOM focus on the active cell again, without moving it. */
  const refocusActive = () =>
    setView((v) => ({ selection: v.selection, focusRequest: v.focusRequest + 1 }))

  /** Commits edits as one undoable batch; null when they change nothing. */
  const apply = (label: string, edits: readonly CellEdit[]): EditBatch | null => {
    const batch = makeBatch(label, edits, value)
    if (!batch) return null
    history.set(undoReducer(history.get(), { type: 'record', batch }))
    onCommit([...batch.after])
    if (refused.size > 0 && edits.some((e) => refused.has(refusalKey(e)))) {
      setRefused(
        (marks) => new Map([...marks].filter(([k]) => !edits.some((e) => refusalKey(e) === k))),
      )
    }
    return batch
  }

  const isFilled = (pos: GridPos) => {
    const cell = addressOf(pos)
    return cell !== null && value(cell.rowId, cell.key) !== null
  }

  const move = (to: Move, extend: boolean, jump: boolean) => {
    tabStart.current = null
    if (extend && anchor.row !== HEADER_ROW) {
      const focus = movePos(selection.focus, to, size, { jump, isFilled })
      select({ anchor, focus: { row: Math.max(0, focus.row), col: focus.col } })
    } else {
      select(collapsed(movePos(anchor, to, size, { jump, isFilled })))
    }
  }

  /** Enter and Shift+Enter on a selected cell: down or up, as in Excel; F2 or typing edits. */
  const enter = (backwards: boolean) => {
    if (!backwards && tabStart.current !== null && anchor.row !== HEADER_ROW) {
      const next = { row: Math.min(size.rows - 1, anchor.row + 1), col: tabStart.current }
      tabStart.current = null
      select(collapsed(next))
      return
    }
    move(backwards ? 'up' : 'down', false, false)
  }

  /** Tab and Shift+Tab; false at the grid's ends, where the browser takes focus out of the grid. */
  const tab = (backwards: boolean): boolean => {
    if (anchor.row === HEADER_ROW) return false
    const next = movePos(anchor, backwards ? 'previous' : 'next', size)
    if (next.row === anchor.row && next.col === anchor.col) return false
    tabStart.current = backwards ? null : (tabStart.current ?? anchor.col)
    select(collapsed(next))
    return true
  }

  const startEdit = (pos: GridPos, initial: string | null, mode: EditMode) => {
    const cell = addressOf(pos)
    const measure = measures[pos.col]
    if (!cell || !measure) return
    const text = initial ?? formatForInput(value(cell.rowId, cell.key), measure.unit)
    draft.current = text
    const id = sessions.current.next++
    setEditing({ id, pos, initial: text, mode, error: null })
    if (initial !== null) onDraftChange?.({ ...cell, text })
  }

  const setDraft = (text: string) => {
    draft.current = text
    const cell = editing && addressOf(editing.pos)
    if (cell) onDraftChange?.({ ...cell, text })
    if (editing?.error) setEditing({ ...editing, error: null })
  }

  /** Takes the typed figure; false (and the editor stays open, saying why) if it is refused. */
  const commitEdit = ({ move: to, fill, refocus }: CommitOptions): boolean => {
    if (!editing || sessions.current.closed === editing.id) return true
    const cell = addressOf(editing.pos)
    const measure = measures[editing.pos.col]
    if (!cell || !measure) return true
    const parsed = parseNumber(draft.current, measure)
    if (!parsed.ok) {
      setEditing({ ...editing, error: parsed.message })
      return false
    }
    sessions.current.closed = editing.id
    onDraftChange?.(null)
    const targets =
      fill && !isSingleCell(selection) ? positionsIn(rangeOf(selection)) : [editing.pos]
    const edits = targets.flatMap((pos) => {
      const address = addressOf(pos)
      return address ? [{ ...address, value: parsed.value }] : []
    })
    const label =
      edits.length > 1
        ? `filling ${plural(edits.length, 'cell')}`
        : `the entry in ${nameOf(editing.pos)}`
    if (apply(label, edits)) setLastEdit({ ...cell, value: parsed.value })
    setEditing(null)
    if (to === null) {
      if (refocus) refocusActive()
      return true
    }
    let next: GridPos
    if (to === 'down' && tabStart.current !== null) {
      next = { row: Math.min(size.rows - 1, editing.pos.row + 1), col: tabStart.current }
      tabStart.current = null
    } else {
      next = movePos(editing.pos, to, size)
      tabStart.current = to === 'next' ? (tabStart.current ?? editing.pos.col) : null
    }
    select(collapsed(next), refocus)
    return true
  }

  const cancelEdit = () => {
    if (!editing) return
    sessions.current.closed = editing.id
    onDraftChange?.(null)
    setEditing(null)
    refocusActive()
  }

  const toggleMode = () =>
    editing && setEditing({ ...editing, mode: editing.mode === 'enter' ? 'edit' : 'enter' })

  const clear = () => {
    if (anchor.row === HEADER_ROW) return
    const cells = positionsIn(rangeOf(selection)).flatMap((pos) => addressOf(pos) ?? [])
    const label =
      cells.length === 1 ? `clearing ${nameOf(anchor)}` : `clearing ${plural(cells.length, 'cell')}`
    const batch = apply(
      label,
      cells.map((cell) => ({ ...cell, value: null })),
    )
    if (batch && cells.length > 1) announce(`Emptied ${plural(batch.after.length, 'cell')}.`)
  }

  const undo = (redo: boolean) => {
    const batch = redo ? nextRedo(history.get()) : nextUndo(history.get())
    if (!batch) {
      announce(redo ? 'Nothing to redo.' : 'Nothing to undo.')
      return
    }
    history.set(undoReducer(history.get(), { type: redo ? 'redo' : 'undo' }))
    if (refused.size > 0) setRefused(new Map())
    // Rows or measures may have gone since; their edits cannot be put back.
    const edits = (redo ? batch.after : batch.before).filter((edit) => positionOf(edit) !== null)
    if (edits.length > 0) onCommit([...edits])
    announce(describeUndo(batch.label, redo))
    const around = selectionAround(edits.flatMap((edit) => positionOf(edit) ?? []))
    if (around) select(around)
  }

  const selectAll = () => {
    if (size.rows > 0 && size.cols > 0)
      select({ anchor: { row: 0, col: 0 }, focus: { row: size.rows - 1, col: size.cols - 1 } })
  }

  /** The selection as clipboard text; null on the header row, where the browser's copy applies. */
  const copy = (): string | null => {
    if (anchor.row === HEADER_ROW) return null
    const range = rangeOf(selection)
    const table: string[][] = []
    for (let r = range.top; r <= range.bottom; r++) {
      const line: string[] = []
      for (let c = range.left; c <= range.right; c++) {
        const cell = addressOf({ row: r, col: c })
        const measure = measures[c]
        line.push(cell && measure ? formatForInput(value(cell.rowId, cell.key), measure.unit) : '')
      }
      table.push(line)
    }
    const count = table.length * (table[0]?.length ?? 0)
    announce(count === 1 ? `Copied ${nameOf(anchor)}.` : `Copied ${plural(count, 'cell')}.`)
    return toClipboardText(table)
  }

  const paste = (text: string) => {
    if (anchor.row === HEADER_ROW) return
    const range = rangeOf(selection)
    const topLeft = { row: range.top, col: range.left }
    const at = addressOf(topLeft)
    if (!at) return
    const block = tileToSelection(
      parseClipboardTable(text),
      range.bottom - range.top + 1,
      range.right - range.left + 1,
    )
    const plan = planPaste(at, block, rows, measures)
    apply(`the paste of ${plural(plan.edits.length, 'cell')}`, plan.edits)
    setRefused(new Map(plan.rejected.map((cell) => [refusalKey(cell), cell])))
    const message = describePaste(plan, rows, measures)
    announce(message)
    const filled = plan.edits.filter((edit) => edit.value !== null).length
    onPasteReport?.({
      at,
      filled,
      cleared: plan.edits.length - filled,
      rejected: plan.rejected,
      clipped: plan.clipped,
      message,
    })
    // Select what was pasted, as Excel does.
    const width = Math.max(0, ...block.map((line) => line.length))
    const bottom = Math.min(size.rows - 1, range.top + block.length - 1)
    const right = Math.min(size.cols - 1, range.left + width - 1)
    if (bottom >= range.top && right >= range.left)
      select({ anchor: topLeft, focus: { row: bottom, col: right } })
  }

  return {
    selection,
    /** Grows by one each time an action asks for DOM focus on the active cell. */
    focusRequest: view.focusRequest,
    editing,
    status,
    lastEdit,
    /** Per row, the measures the last paste refused and why. */
    refusedByRow,
    addressOf,
    select,
    move,
    enter,
    tab,
    startEdit,
    setDraft,
    commitEdit,
    cancelEdit,
    toggleMode,
    clear,
    undo,
    selectAll,
    copy,
    paste,
  }
}

export type GridController = ReturnType<typeof useGridController>
