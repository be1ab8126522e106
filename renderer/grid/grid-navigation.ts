// Where the active cell goes, as in Excel. Positions are indexes: `row` into the rows (-1 is the
// row of column headers, reachable so that column help can be read from the keyboard) and
// `col` into the measures. The row labels are headers, not cells one moves to.

export interface GridPos {
  readonly row: number
  readonly col: number
}

export interface GridSize {
  readonly rows: number
  readonly cols: number
}

/** The active cell is the anchor; Shift+arrows move the focus corner. */
export interface GridSelection {
  readonly anchor: GridPos
  readonly focus: GridPos
}

export type Move =
  | 'up'
  | 'down'
  | 'left'
  | 'right'
  | 'next'
  | 'previous'
  | 'rowStart'
  | 'rowEnd'
  | 'gridStart'
  | 'gridEnd'
  | 'pageUp'
  | 'pageDown'

export const HEADER_ROW = -1
export const PAGE_ROWS = 10

export interface MoveOptions {
  /** Ctrl+arrow: jump to the edge of the block of filled cells, as Excel does. */
  readonly jump?: boolean
  /** Whether the cell holds a figure; needed for `jump`. */
  readonly isFilled?: (pos: GridPos) => boolean
}

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n))

export function samePos(a: GridPos, b: GridPos): boolean {
  return a.row === b.row && a.col === b.col
}

export function clampPos(pos: GridPos, size: GridSize): GridPos {
  if (size.rows === 0 || size.cols === 0) return { row: HEADER_ROW, col: 0 }
  return { row: clamp(pos.row, HEADER_ROW, size.rows - 1), col: clamp(pos.col, 0, size.cols - 1) }
}

/**
 * One step of Ctrl+arrow along a line of cells: from a filled cell with a filled neighbour, to
 * the last filled cell of the run; otherwise to the next filled cell, or the edge.
 */
function jumpAlong(
  start: number,
  step: 1 | -1,
  last: number,
  filled: (i: number) => boolean,
): number {
  let i = start
  if (i + step < 0 || i + step > last) return i
  if (filled(i) && filled(i + step)) {
    while (i + step >= 0 && i + step <= last && filled(i + step)) i += step
    return i
  }
  i += step
  while (i + step >= 0 && i + step <= last && !filled(i)) i += step
  return i
}

export function movePos(
  pos: GridPos,
  move: Move,
  size: GridSize,
  options: MoveOptions = {},
): GridPos {
  const lastRow = size.rows - 1
  const lastCol = size.cols - 1
  if (lastRow < 0 || lastCol < 0) return pos
  const { row, col } = pos
  const onHeader = row === HEADER_ROW
  const filled = options.isFilled
  const jump = options.jump === true && filled !== undefined && !onHeader

  switch (move) {
    case 'up':
      if (jump) return { row: jumpAlong(row, -1, lastRow, (r) => filled({ row: r, col })), col }
      return { row: Math.max(HEADER_ROW, row - 1), col }
    case 'down':
      if (jump) return { row: jumpAlong(row, 1, lastRow, (r) => filled({ row: r, col })), col }
      return { row: Math.min(lastRow, row + 1), col }
    case 'left':
      if (jump) return { row, col: jumpAlong(col, -1, lastCol, (c) => filled({ row, col: c })) }
      return { row, col: Math.max(0, col - 1) }
    case 'right':
      if (jump) return { row, col: jumpAlong(col, 1, lastCol, (c) => filled({ row, col: c })) }
      return { row, col: Math.min(lastCol, col + 1) }
    case 'next':
      if (col < lastCol) return { row, col: col + 1 }
      return onHeader || row === lastRow ? pos : { row: row + 1, col: 0 }
    case 'previous':
      if (col > 0) return { row, col: col - 1 }
      return onHeader || row === 0 ? pos : { row: row - 1, col: lastCol }
    case 'rowStart':
      return { row, col: 0 }
    case 'rowEnd':
      return { row, col: lastCol }
    case 'gridStart':
      return { row: 0, col: 0 }
    case 'gridEnd':
      return { row: lastRow, col: lastCol }
    case 'pageUp':
      return { row: onHeader ? row : Math.max(0, row - PAGE_ROWS), col }
    case 'pageDown':
      return { row: Math.min(lastRow, Math.max(0, row + PAGE_ROWS)), col }
  }
}

/** Inclusive index bounds of a selection. */
export interface GridRange {
  readonly top: number
  readonly bottom: number
  readonly left: number
  readonly right: number
}

export function rangeOf(selection: GridSelection): GridRange {
  const { anchor, focus } = selection
  return {
    top: Math.min(anchor.row, focus.row),
    bottom: Math.max(anchor.row, focus.row),
    left: Math.min(anchor.col, focus.col),
    right: Math.max(anchor.col, focus.col),
  }
}

export function isSingleCell(selection: GridSelection): boolean {
  return samePos(selection.anchor, selection.focus)
}

export function collapsed(pos: GridPos): GridSelection {
  return { anchor: pos, focus: pos }
}

/** Keeps a selection inside the grid after rows or measures went away. */
export function clampSelection(selection: GridSelection, size: GridSize): GridSelection {
  const anchor = clampPos(selection.anchor, size)
  const focus = clampPos(selection.focus, size)
  // The header row takes part in no range.
  if (anchor.row === HEADER_ROW || focus.row === HEADER_ROW) {
    return samePos(anchor, selection.anchor) && samePos(anchor, selection.focus)
      ? selection
      : collapsed(anchor)
  }
  return samePos(anchor, selection.anchor) && samePos(focus, selection.focus)
    ? selection
    : { anchor, focus }
}

/** Every position in a range, row by row. */
export function positionsIn(range: GridRange): GridPos[] {
  const out: GridPos[] = []
  for (let row = range.top; row <= range.bottom; row++) {
    for (let col = range.left; col <= range.right; col++) out.push({ row, col })
  }
  return out
}

/** The smallest selection holding every position, anchored on its top-left cell. */
export function selectionAround(positions: readonly GridPos[]): GridSelection | null {
  const first = positions[0]
  if (!first) return null
  let top = first.row
  let bottom = first.row
  let left = first.col
  let right = first.col
  for (const p of positions) {
    top = Math.min(top, p.row)
    bottom = Math.max(bottom, p.row)
    left = Math.min(left, p.col)
    right = Math.max(right, p.col)
  }
  return { anchor: { row: top, col: left }, focus: { row: bottom, col: right } }
}
