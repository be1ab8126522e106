// Keys, mouse and clipboard, turned into grid actions. The table listens once for all its cells
// (cells carry data-row and data-col); copy and paste are the browser's own events, which work
// from the keyboard and from the Edit menu without asking for clipboard permission.
import {
  useEffect,
  useLayoutEffect,
  useRef,
  type KeyboardEvent,
  type MouseEvent,
  type RefObject,
} from 'react'
import { editorCommand, gridCommand } from './grid-keys'
import { collapsed, HEADER_ROW, isSingleCell, type GridPos } from './grid-navigation'
import { parseClipboardTable } from './paste'
import type { CellAddress } from './types'
import type { GridController } from './useGridController'

function positionFrom(table: HTMLTableElement | null, target: EventTarget): GridPos | null {
  if (!(target instanceof Element) || !table) return null
  const cell = target.closest<HTMLElement>('[data-row][data-col]')
  if (!cell || !table.contains(cell)) return null
  return { row: Number(cell.dataset.row), col: Number(cell.dataset.col) }
}

export function useGridInput(
  grid: GridController,
  tableRef: RefObject<HTMLTableElement | null>,
  onExplain: ((cell: CellAddress) => void) | undefined,
) {
  const dragging = useRef(false)
  const latest = useRef(grid)
  useLayoutEffect(() => {
    latest.current = grid
  })

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    // The editor handles its own keys.
    if (event.target instanceof HTMLInputElement || event.nativeEvent.isComposing) return
    const command = gridCommand(event)
    if (!command) return
    const { anchor } = grid.selection
    const onHeader = anchor.row === HEADER_ROW
    switch (command.type) {
      case 'move':
        grid.move(command.move, command.extend, command.jump)
        break
      case 'enter':
        if (onHeader) return
        grid.enter(command.backwards)
        break
      case 'explain': {
        const cell = grid.addressOf(anchor)
        if (onHeader || !cell || !onExplain) return
        onExplain(cell)
        break
      }
      case 'tab':
        if (!grid.tab(command.backwards)) return
        break
      case 'edit':
        if (onHeader) return
        grid.startEdit(anchor, null, 'edit')
        break
      case 'type':
        if (onHeader) return
        grid.startEdit(anchor, command.text, 'enter')
        break
      case 'clear':
        if (onHeader) return
        grid.clear()
        break
      case 'undo':
      case 'redo':
        grid.undo(command.type === 'redo')
        break
      case 'selectAll':
        grid.selectAll()
        break
      case 'collapse':
        if (isSingleCell(grid.selection)) return
        grid.select(collapsed(anchor))
        break
    }
    event.preventDefault()
  }

  const onEditorKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!grid.editing || event.nativeEvent.isComposing) return
    const command = editorCommand(event, grid.editing.mode)
    if (!command) return
    event.preventDefault()
    event.stopPropagation()
    if (command.type === 'cancel') grid.cancelEdit()
    else if (command.type === 'toggleMode') grid.toggleMode()
    else grid.commitEdit({ move: command.move, fill: command.fill, refocus: true })
  }

  const onEditorBlur = () => {
    // Switching to another window keeps the edit open, as Excel does.
    if (!document.hasFocus()) return
    // Focus went elsewhere on the page: keep the figure if it is one, and leave focus there.
    grid.commitEdit({ move: null, fill: false, refocus: false })
  }

  const onMouseDown = (event: MouseEvent<HTMLTableElement>) => {
    if (event.button !== 0 || event.target instanceof HTMLInputElement) return
    const pos = positionFrom(tableRef.current, event.target)
    if (!pos) return
    // A refused figure keeps the editor open, with its message, until it is fixed or cancelled.
    if (grid.editing && !grid.commitEdit({ move: null, fill: false, refocus: false })) {
      event.preventDefault()
      return
    }
    if (event.shiftKey && pos.row !== HEADER_ROW && grid.selection.anchor.row !== HEADER_ROW) {
      event.preventDefault()
      grid.select({ anchor: grid.selection.anchor, focus: pos })
      return
    }
    grid.select(collapsed(pos))
    dragging.current = pos.row !== HEADER_ROW
  }

  const onMouseOver = (event: MouseEvent<HTMLTableElement>) => {
    if (!dragging.current) return
    if ((event.buttons & 1) === 0) {
      dragging.current = false
      return
    }
    const pos = positionFrom(tableRef.current, event.target)
    if (!pos || pos.row === HEADER_ROW) return
    const { anchor, focus } = grid.selection
    if (focus.row !== pos.row || focus.col !== pos.col) grid.select({ anchor, focus: pos }, false)
  }

  const onDoubleClick = (event: MouseEvent<HTMLTableElement>) => {
    const pos = positionFrom(tableRef.current, event.target)
    if (pos && pos.row !== HEADER_ROW && !grid.editing) grid.startEdit(pos, null, 'edit')
  }

  useEffect(() => {
    const focusedInGrid = (): Element | null => {
      const table = tableRef.current
      const focused = document.activeElement
      return table && focused && table.contains(focused) ? focused : null
    }
    const onCopy = (event: ClipboardEvent, cut: boolean) => {
      const focused = focusedInGrid()
      if (!focused || focused instanceof HTMLInputElement || !event.clipboardData) return
      const text = latest.current.copy()
      if (text === null) return
      event.clipboardData.setData('text/plain', text)
      event.preventDefault()
      if (cut) latest.current.clear()
    }
    const onPaste = (event: ClipboardEvent) => {
      const focused = focusedInGrid()
      if (!focused || !event.clipboardData) return
      const text = event.clipboardData.getData('text/plain')
      if (focused instanceof HTMLInputElement) {
        // One value goes into the editor as text; a block replaces the edit, as in Excel.
        const block = parseClipboardTable(text)
        if (block.length <= 1 && (block[0]?.length ?? 0) <= 1) return
        latest.current.cancelEdit()
      }
      event.preventDefault()
      latest.current.paste(text)
    }
    const copy = (event: ClipboardEvent) => onCopy(event, false)
    const cut = (event: ClipboardEvent) => onCopy(event, true)
    document.addEventListener('copy', copy)
    document.addEventListener('cut', cut)
    document.addEventListener('paste', onPaste)
    return () => {
      document.removeEventListener('copy', copy)
      document.removeEventListener('cut', cut)
      document.removeEventListener('paste', onPaste)
    }
  }, [tableRef])

  return { onKeyDown, onEditorKeyDown, onEditorBlur, onMouseDown, onMouseOver, onDoubleClick }
}
