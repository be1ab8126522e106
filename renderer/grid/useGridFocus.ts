// After the active cell moves, DOM focus follows it (roving tabindex) and the cell is scrolled
// into view past the sticky headers; and the screen hears which cell is active.
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react'
import type { GridPos } from './grid-navigation'
import type { GridController } from './useGridController'
import type { MeasureGridProps } from './types'

function cellElement(table: HTMLTableElement, pos: GridPos): HTMLElement | null {
  return table.querySelector<HTMLElement>(`[data-row="${pos.row}"][data-col="${pos.col}"]`)
}

type FocusProps = Pick<MeasureGridProps, 'rows' | 'measures' | 'onActiveCellChange'>

export function useGridFocus(
  grid: GridController,
  tableRef: RefObject<HTMLTableElement | null>,
  props: FocusProps,
) {
  const { rows, measures, onActiveCellChange } = props
  const { selection, editing, focusRequest } = grid

  // Each request is handled once, in the commit that carries it: a layout effect runs before
  // the browser handles the next key, and it sees the selection and editor of its own render.
  // (A flag set in a handler and read by a passive effect could be consumed by the stale effect
  // of an earlier render, one that still had the editor open, and focus fell to the page.)
  const latest = useRef({ selection, editing })
  useLayoutEffect(() => {
    latest.current = { selection, editing }
  })
  useLayoutEffect(() => {
    if (focusRequest === 0) return
    const table = tableRef.current
    const { selection: current, editing: open } = latest.current
    // An open editor takes focus itself.
    if (!table || open) return
    cellElement(table, current.anchor)?.focus({ preventScroll: true })
    cellElement(table, current.focus)?.scrollIntoView({ block: 'nearest', inline: 'nearest' })
  }, [focusRequest, tableRef])

  const report = useRef(onActiveCellChange)
  useLayoutEffect(() => {
    report.current = onActiveCellChange
  })
  const { anchor } = selection
  const rowId = anchor.row >= 0 ? rows[anchor.row]?.id : undefined
  const key = anchor.row >= 0 ? measures[anchor.col]?.key : undefined
  useEffect(() => {
    report.current?.(rowId !== undefined && key !== undefined ? { rowId, key } : null)
  }, [rowId, key])
}
