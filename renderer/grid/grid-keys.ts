// The keyboard map, as data. Kept apart from the component so that the map itself can be read
// and tested: which key does what, with and without an open editor.
import type { Move } from './grid-navigation'

export interface KeyPress {
  readonly key: string
  readonly shiftKey: boolean
  readonly ctrlKey: boolean
  readonly metaKey: boolean
  readonly altKey: boolean
}

export type GridCommand =
  | { readonly type: 'move'; readonly move: Move; readonly extend: boolean; readonly jump: boolean }
  /** Tab and Shift+Tab: next or previous cell, wrapping to the next or previous row. */
  | { readonly type: 'tab'; readonly backwards: boolean }
  /** F2: edit the figure already in the cell. */
  | { readonly type: 'edit' }
  /** Enter and Shift+Enter: down or up a row, as in Excel (after Tabs, back to their column). */
  | { readonly type: 'enter'; readonly backwards: boolean }
  /** Shift+F2, as Excel's note shortcut: to the active cell's explanation box. */
  | { readonly type: 'explain' }
  /** A printable character: start editing with it, replacing the figure. */
  | { readonly type: 'type'; readonly text: string }
  | { readonly type: 'clear' }
  | { readonly type: 'undo' }
  | { readonly type: 'redo' }
  | { readonly type: 'selectAll' }
  /** Escape: back to a single active cell. */
  | { readonly type: 'collapse' }

export type EditorCommand =
  /** Commit the text; then move (null: stay). `fill` writes it to every selected cell. */
  | { readonly type: 'commit'; readonly move: Move | null; readonly fill: boolean }
  | { readonly type: 'cancel' }
  /** F2 switches between typing over (arrows commit) and editing in place (arrows move the caret). */
  | { readonly type: 'toggleMode' }

/** Typing over a cell ('enter') or editing its text ('edit'), as Excel's status bar says. */
export type EditMode = 'enter' | 'edit'

const ARROWS: Readonly<Record<string, Move>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
}

/** Ctrl or Cmd, but not AltGr (which Windows reports as Ctrl+Alt and which types characters). */
function commandKey(k: KeyPress): boolean {
  const altGr = k.ctrlKey && k.altKey
  return (k.ctrlKey || k.metaKey) && !altGr
}

export function gridCommand(k: KeyPress): GridCommand | null {
  const command = commandKey(k)
  const extend = k.shiftKey
  const arrow = ARROWS[k.key]
  if (arrow) return { type: 'move', move: arrow, extend, jump: command }
  switch (k.key) {
    case 'Home':
      return { type: 'move', move: command ? 'gridStart' : 'rowStart', extend, jump: false }
    case 'End':
      return { type: 'move', move: command ? 'gridEnd' : 'rowEnd', extend, jump: false }
    case 'PageUp':
      return { type: 'move', move: 'pageUp', extend, jump: false }
    case 'PageDown':
      return { type: 'move', move: 'pageDown', extend, jump: false }
    case 'Tab':
      return command || k.altKey ? null : { type: 'tab', backwards: k.shiftKey }
    case 'Enter':
      if (command || k.altKey) return null
      return { type: 'enter', backwards: k.shiftKey }
    case 'F2':
      if (command || k.altKey) return null
      return k.shiftKey ? { type: 'explain' } : { type: 'edit' }
    case 'Delete':
    case 'Backspace':
      return command ? null : { type: 'clear' }
    case 'Escape':
      return { type: 'collapse' }
  }
  if (command) {
    const letter = k.key.toLowerCase()
    if (letter === 'z') return { type: k.shiftKey ? 'redo' : 'undo' }
    if (letter === 'y') return { type: 'redo' }
    if (letter === 'a') return { type: 'selectAll' }
    // Ctrl+C and Ctrl+V arrive as copy and paste events, which also carry the clipboard.
    return null
  }
  if (k.key.length === 1) return { type: 'type', text: k.key }
  return null
}

export function editorCommand(k: KeyPress, mode: EditMode): EditorCommand | null {
  const command = commandKey(k)
  switch (k.key) {
    case 'Enter':
      if (k.altKey) return null
      if (command) return { type: 'commit', move: null, fill: true }
      return { type: 'commit', move: k.shiftKey ? 'up' : 'down', fill: false }
    case 'Tab':
      return command
        ? null
        : { type: 'commit', move: k.shiftKey ? 'previous' : 'next', fill: false }
    case 'Escape':
      return { type: 'cancel' }
    case 'F2':
      return { type: 'toggleMode' }
  }
  const arrow = ARROWS[k.key]
  if (arrow && mode === 'enter' && !command && !k.shiftKey && !k.altKey) {
    return { type: 'commit', move: arrow, fill: false }
  }
  return null
}
