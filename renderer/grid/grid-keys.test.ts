import { describe, expect, it } from 'vitest'
import { editorCommand, gridCommand, type KeyPress } from './grid-keys'

function key(k: string, mods: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress {
  return { key: k, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods }
}

describe('gridCommand', () => {
  it('moves, extends and jumps with the arrows', () => {
    expect(gridCommand(key('ArrowDown'))).toEqual({
      type: 'move',
      move: 'down',
      extend: false,
      jump: false,
    })
    expect(gridCommand(key('ArrowLeft', { shiftKey: true }))).toEqual({
      type: 'move',
      move: 'left',
      extend: true,
      jump: false,
    })
    expect(gridCommand(key('ArrowRight', { ctrlKey: true }))).toEqual({
      type: 'move',
      move: 'right',
      extend: false,
      jump: true,
    })
  })

  it('maps Home, End and their Ctrl forms', () => {
    expect(gridCommand(key('Home'))).toMatchObject({ move: 'rowStart' })
    expect(gridCommand(key('End'))).toMatchObject({ move: 'rowEnd' })
    expect(gridCommand(key('Home', { ctrlKey: true }))).toMatchObject({ move: 'gridStart' })
    expect(gridCommand(key('End', { metaKey: true }))).toMatchObject({ move: 'gridEnd' })
  })

  it('moves down with Enter and up with Shift+Enter, as Excel does', () => {
    expect(gridCommand(key('Enter'))).toEqual({ type: 'enter', backwards: false })
    expect(gridCommand(key('Enter', { shiftKey: true }))).toEqual({
      type: 'enter',
      backwards: true,
    })
  })

  it('goes to the explanation box with Shift+F2, as Excel goes to a note', () => {
    expect(gridCommand(key('F2', { shiftKey: true }))).toEqual({ type: 'explain' })
  })

  it('edits with F2, and types over with a printable key', () => {
    expect(gridCommand(key('F2'))).toEqual({ type: 'edit' })
    expect(gridCommand(key('4'))).toEqual({ type: 'type', text: '4' })
    expect(gridCommand(key('$', { shiftKey: true }))).toEqual({ type: 'type', text: '$' })
    // AltGr, which Windows reports as Ctrl+Alt, types characters.
    expect(gridCommand(key('@', { ctrlKey: true, altKey: true }))).toEqual({
      type: 'type',
      text: '@',
    })
  })

  it('clears with Delete and Backspace', () => {
    expect(gridCommand(key('Delete'))).toEqual({ type: 'clear' })
    expect(gridCommand(key('Backspace'))).toEqual({ type: 'clear' })
  })

  it('undoes with Ctrl+Z and redoes with Ctrl+Y or Ctrl+Shift+Z', () => {
    expect(gridCommand(key('z', { ctrlKey: true }))).toEqual({ type: 'undo' })
    expect(gridCommand(key('Z', { ctrlKey: true, shiftKey: true }))).toEqual({ type: 'redo' })
    expect(gridCommand(key('y', { ctrlKey: true }))).toEqual({ type: 'redo' })
    expect(gridCommand(key('z', { metaKey: true }))).toEqual({ type: 'undo' })
  })

  it('leaves copy, paste and browser shortcuts to the browser', () => {
    expect(gridCommand(key('c', { ctrlKey: true }))).toBeNull()
    expect(gridCommand(key('v', { ctrlKey: true }))).toBeNull()
    expect(gridCommand(key('Tab', { ctrlKey: true }))).toBeNull()
    expect(gridCommand(key('F5'))).toBeNull()
  })

  it('moves along the row with Tab and Shift+Tab', () => {
    expect(gridCommand(key('Tab'))).toEqual({ type: 'tab', backwards: false })
    expect(gridCommand(key('Tab', { shiftKey: true }))).toEqual({ type: 'tab', backwards: true })
  })
})

describe('editorCommand', () => {
  it('commits and moves with Enter, Shift+Enter, Tab and Shift+Tab', () => {
    expect(editorCommand(key('Enter'), 'edit')).toEqual({
      type: 'commit',
      move: 'down',
      fill: false,
    })
    expect(editorCommand(key('Enter', { shiftKey: true }), 'edit')).toEqual({
      type: 'commit',
      move: 'up',
      fill: false,
    })
    expect(editorCommand(key('Tab'), 'edit')).toEqual({ type: 'commit', move: 'next', fill: false })
    expect(editorCommand(key('Tab', { shiftKey: true }), 'edit')).toEqual({
      type: 'commit',
      move: 'previous',
      fill: false,
    })
  })

  it('fills the selection with Ctrl+Enter, cancels with Escape, switches mode with F2', () => {
    expect(editorCommand(key('Enter', { ctrlKey: true }), 'enter')).toEqual({
      type: 'commit',
      move: null,
      fill: true,
    })
    expect(editorCommand(key('Escape'), 'enter')).toEqual({ type: 'cancel' })
    expect(editorCommand(key('F2'), 'enter')).toEqual({ type: 'toggleMode' })
  })

  it('commits with an arrow after typing over a cell, but moves the caret when editing in place', () => {
    expect(editorCommand(key('ArrowDown'), 'enter')).toEqual({
      type: 'commit',
      move: 'down',
      fill: false,
    })
    expect(editorCommand(key('ArrowLeft'), 'edit')).toBeNull()
    expect(editorCommand(key('ArrowLeft', { shiftKey: true }), 'enter')).toBeNull()
  })

  it('leaves ordinary typing to the input', () => {
    expect(editorCommand(key('5'), 'enter')).toBeNull()
    expect(editorCommand(key('Backspace'), 'edit')).toBeNull()
  })
})
