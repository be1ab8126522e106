import { describe, expect, it } from 'vitest'
import {
  clampSelection,
  HEADER_ROW,
  movePos,
  positionsIn,
  rangeOf,
  selectionAround,
  type GridPos,
} from './grid-navigation'

const size = { rows: 4, cols: 5 }
const at = (row: number, col: number): GridPos => ({ row, col })

describe('movePos', () => {
  it('moves one cell with the arrows and stops at the edges', () => {
    expect(movePos(at(1, 1), 'up', size)).toEqual(at(0, 1))
    expect(movePos(at(1, 1), 'down', size)).toEqual(at(2, 1))
    expect(movePos(at(1, 1), 'left', size)).toEqual(at(1, 0))
    expect(movePos(at(1, 1), 'right', size)).toEqual(at(1, 2))
    expect(movePos(at(3, 4), 'down', size)).toEqual(at(3, 4))
    expect(movePos(at(3, 4), 'right', size)).toEqual(at(3, 4))
    expect(movePos(at(2, 0), 'left', size)).toEqual(at(2, 0))
  })

  it('goes up from the first row into the column headers, and back down', () => {
    expect(movePos(at(0, 2), 'up', size)).toEqual(at(HEADER_ROW, 2))
    expect(movePos(at(HEADER_ROW, 2), 'up', size)).toEqual(at(HEADER_ROW, 2))
    expect(movePos(at(HEADER_ROW, 2), 'down', size)).toEqual(at(0, 2))
    expect(movePos(at(HEADER_ROW, 2), 'right', size)).toEqual(at(HEADER_ROW, 3))
  })

  it('wraps Tab and Shift+Tab to the next and previous row', () => {
    expect(movePos(at(1, 3), 'next', size)).toEqual(at(1, 4))
    expect(movePos(at(1, 4), 'next', size)).toEqual(at(2, 0))
    expect(movePos(at(2, 0), 'previous', size)).toEqual(at(1, 4))
    expect(movePos(at(3, 4), 'next', size)).toEqual(at(3, 4))
    expect(movePos(at(0, 0), 'previous', size)).toEqual(at(0, 0))
  })

  it('goes to the ends of the row and of the grid', () => {
    expect(movePos(at(2, 2), 'rowStart', size)).toEqual(at(2, 0))
    expect(movePos(at(2, 2), 'rowEnd', size)).toEqual(at(2, 4))
    expect(movePos(at(2, 2), 'gridStart', size)).toEqual(at(0, 0))
    expect(movePos(at(2, 2), 'gridEnd', size)).toEqual(at(3, 4))
    expect(movePos(at(HEADER_ROW, 2), 'gridStart', size)).toEqual(at(0, 0))
  })

  it('moves a page at a time', () => {
    const tall = { rows: 25, cols: 3 }
    expect(movePos(at(2, 1), 'pageDown', tall)).toEqual(at(12, 1))
    expect(movePos(at(20, 1), 'pageDown', tall)).toEqual(at(24, 1))
    expect(movePos(at(12, 1), 'pageUp', tall)).toEqual(at(2, 1))
    expect(movePos(at(3, 1), 'pageUp', tall)).toEqual(at(0, 1))
  })

  it('jumps with Ctrl+arrow to the edge of the filled block, as Excel does', () => {
    // Row 0: filled at columns 0, 1, 2 and 4.
    const filled = new Set(['0:0', '0:1', '0:2', '0:4'])
    const isFilled = (p: GridPos) => filled.has(`${p.row}:${p.col}`)
    const jump = { jump: true, isFilled }
    expect(movePos(at(0, 0), 'right', size, jump)).toEqual(at(0, 2))
    expect(movePos(at(0, 2), 'right', size, jump)).toEqual(at(0, 4))
    expect(movePos(at(0, 4), 'left', size, jump)).toEqual(at(0, 2))
    expect(movePos(at(0, 2), 'left', size, jump)).toEqual(at(0, 0))
    // An empty column: straight to the edge.
    expect(movePos(at(0, 3), 'down', size, jump)).toEqual(at(3, 3))
    expect(movePos(at(3, 3), 'up', size, jump)).toEqual(at(0, 3))
  })

  it('stays put in a grid with no rows or no measures', () => {
    expect(movePos(at(0, 0), 'down', { rows: 0, cols: 3 })).toEqual(at(0, 0))
  })
})

describe('selections', () => {
  it('gives the bounds of a selection dragged in any direction', () => {
    expect(rangeOf({ anchor: at(3, 1), focus: at(1, 4) })).toEqual({
      top: 1,
      bottom: 3,
      left: 1,
      right: 4,
    })
  })

  it('keeps a selection inside a grid that shrank, and returns the same one when it fits', () => {
    const fits = { anchor: at(1, 1), focus: at(2, 2) }
    expect(clampSelection(fits, size)).toBe(fits)
    expect(clampSelection({ anchor: at(9, 9), focus: at(1, 1) }, size)).toEqual({
      anchor: at(3, 4),
      focus: at(1, 1),
    })
    const header = { anchor: at(HEADER_ROW, 1), focus: at(HEADER_ROW, 1) }
    expect(clampSelection(header, size)).toBe(header)
  })
})

describe('positionsIn and selectionAround', () => {
  it('lists a range row by row', () => {
    expect(positionsIn({ top: 1, bottom: 2, left: 0, right: 1 })).toEqual([
      at(1, 0),
      at(1, 1),
      at(2, 0),
      at(2, 1),
    ])
  })

  it('selects the smallest rectangle around scattered cells, anchored top-left', () => {
    expect(selectionAround([at(2, 3), at(0, 1), at(1, 4)])).toEqual({
      anchor: at(0, 1),
      focus: at(2, 4),
    })
    expect(selectionAround([])).toBeNull()
  })
})
