// The grid body, drawn only where it can be seen: the rows in the scroll box's view and a few
// either side, with empty spacer rows standing in for the rest at their measured heights. A
// 200 × 20 grid otherwise re-lays out and repaints 4,000 cells on every keystroke. The rows the
// keyboard is on (the active cell, the far corner of the selection, the open editor) are always
// drawn, wherever they are, so that focus, scrolling into view and the screen reader always
// have a real cell; every row keeps its aria-rowindex, and the grid its aria-rowcount.
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual'
import { useCallback, useState, type ReactNode, type RefObject } from 'react'
import type { MeasureDef } from '../../shared/reports/measures'
import type { GridRange } from './grid-navigation'
import { BodyRow } from './GridBody'
import type { GridRow, RowFigures } from './types'

/**
 * A body row's height before it is measured, in rem: the row label's two lines (name and
 * credential) and their padding, as grid.css draws them. Close estimates keep a jump far down
 * (Ctrl+End) landing where it was scrolled to, before the rows around it are measured.
 */
const ROW_ESTIMATE_REM = 2.75
const rowEstimate = () =>
  Math.round(ROW_ESTIMATE_REM * parseFloat(getComputedStyle(document.documentElement).fontSize))
/** Rows drawn beyond each edge of the view, so that a short scroll shows no blank rows. */
const OVERSCAN = 12
/** The first screen is drawn with the first render, before the scroll box has been measured. */
const FIRST_VIEW = { width: 1400, height: 900 }

interface VisibleRowsProps {
  readonly scrollRef: RefObject<HTMLDivElement | null>
  readonly rows: readonly GridRow[]
  readonly measures: readonly MeasureDef[]
  readonly figures: (rowId: string) => RowFigures
  readonly refusedByRow: ReadonlyMap<string, ReadonlyMap<string, string>>
  readonly anchor: { readonly row: number; readonly col: number }
  /** The selection's far corner, or -1; drawn so that it can be scrolled into view. */
  readonly focusRow: number
  /** The selection, when it spans more than one cell. */
  readonly range: GridRange | null
  readonly editingRow: number
  readonly editor: ReactNode
  readonly refusal: ReactNode
  readonly descriptionId: string
}

export function VisibleRows(props: VisibleRowsProps) {
  const { scrollRef, rows, measures, figures, refusedByRow, anchor, focusRow, range } = props
  const { editingRow, editor, refusal, descriptionId } = props
  const rangeExtractor = useCallback(
    (view: Range) => {
      const drawn = new Set(defaultRangeExtractor(view))
      for (const row of [anchor.row, focusRow, editingRow])
        if (row >= 0 && row < rows.length) drawn.add(row)
      return [...drawn].sort((a, b) => a - b)
    },
    [anchor.row, focusRow, editingRow, rows.length],
  )
  // The app is not built with the React Compiler; the virtualizer re-renders this component
  // itself when the view scrolls, and BodyRow's memo compares plain props only.
  const [estimate] = useState(rowEstimate)
  const estimateSize = useCallback(() => estimate, [estimate])
  // Stable while the rows are, so that the virtualizer keeps its measurements between renders.
  const getItemKey = useCallback((index: number) => rows[index]?.id ?? index, [rows])
  // eslint-disable-next-line react-hooks/incompatible-library -- see above
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLTableRowElement>({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    getItemKey,
    overscan: OVERSCAN,
    initialRect: FIRST_VIEW,
    rangeExtractor,
  })
  const span = measures.length + 1
  const out: ReactNode[] = []
  let drawnTo = 0
  for (const item of virtualizer.getVirtualItems()) {
    const row = rows[item.index]
    if (!row) continue
    if (item.start > drawnTo)
      out.push(<Spacer key={`gap-${item.index}`} height={item.start - drawnTo} span={span} />)
    drawnTo = item.end
    const rowIndex = item.index
    const inRange = range !== null && rowIndex >= range.top && rowIndex <= range.bottom
    out.push(
      <BodyRow
        key={row.id}
        rowRef={virtualizer.measureElement}
        row={row}
        rowIndex={rowIndex}
        measures={measures}
        figures={figures(row.id)}
        refused={refusedByRow.get(row.id)}
        activeCol={rowIndex === anchor.row ? anchor.col : -1}
        selectedFrom={inRange ? range.left : -1}
        selectedTo={inRange ? range.right : -1}
        editor={rowIndex === editingRow ? editor : null}
        refusal={rowIndex === editingRow ? refusal : null}
        descriptionId={descriptionId}
      />,
    )
  }
  const rest = virtualizer.getTotalSize() - drawnTo
  if (rest > 0) out.push(<Spacer key="gap-end" height={rest} span={span} />)
  return <tbody>{out}</tbody>
}

/** Stands in for rows not drawn; hidden from assistive technology, which counts aria-rowcount. */
function Spacer({ height, span }: { readonly height: number; readonly span: number }) {
  return (
    <tr aria-hidden="true" className="grid-spacer">
      <td colSpan={span} style={{ height }} />
    </tr>
  )
}
