// After the active cell moves, DOM focus follows it (roving tabindex) and the cell is scrolled
// into view past the sticky headers; and the screen hears which cell is active.
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react'
import type { GridPos } from './grid-navigation'
import type { GridController } from './useGridController'
import type { MeasureGridProps } from './types'

function cellElement(table: HTMLTableElement, pos: GridPos): HTMLElement | null {
  return table.querySelector<HTMLElement>(`[data-row="${pos.row}"][data-col="${pos.col}"]`)
}

type FocusProps = Pick<
  MeasureGridProps,
  'rows' | 'measures' | 'focusRequest' | 'onActiveCellChange'
>

export function useGridFocus(
  grid: GridController,
  tableRef: RefObject<HTMLTableElement | null>,
  props: FocusProps,
) {
  const { rows, measures, focusRequest, onActiveCellChange } = props
  const { selection, editing, focusPendingRef } = grid
  const handledRequest = useRef<number | undefined>(undefined)

  useEffect(() => {
    const requested = focusRequest !== undefined && focusRequest.nonce !== handledRequest.current
    if (requested) handledRequest.current = focusRequest.nonce
    if (!focusPendingRef.current && !requested) return
    focusPendingRef.current = false
    const table = tableRef.current
    // An open editor takes focus itself.
    if (!table || editing) return
    cellElement(table, selection.anchor)?.focus({ preventScroll: true })
    cellElement(table, selection.focus)?.scrollIntoView({ block: 'nearest', inline: 'nearest' })
  })

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
