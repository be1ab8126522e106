// The two header rows: sections, then measures. A measure's header explains the measure (its
// definition and unit) in a tooltip on hover and on keyboard focus, so a registrar never has to
// guess what "Qualified" counts. Escape hides the tooltip, as WCAG 1.4.13 asks.
import { FlexRender, type Header } from '@tanstack/react-table'
import {
  memo,
  useState,
  type CSSProperties,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
} from 'react'
import { UNIT_LABELS, type MeasureDef } from '../../shared/reports/measures'
import { HEADER_ROW, type GridPos } from './grid-navigation'
import { ROW_HEADER_COLUMN, type GridFeatures, type MeasureTable } from './useMeasureTable'
import type { GridRow } from './types'

interface GridHeaderProps {
  readonly table: MeasureTable
  readonly active: GridPos
  readonly idPrefix: string
}

export function GridHeader({ table, active, idPrefix }: GridHeaderProps) {
  return (
    <thead>
      {table.getHeaderGroups().map((group) => (
        <tr role="row" aria-rowindex={group.depth + 1} key={group.id}>
          {group.headers.map((header) => {
            // The row-label column spans both header rows: drawn once, where its span starts.
            if (header.rowSpan === 0) return null
            const meta = header.column.columnDef.meta
            if (header.column.id === ROW_HEADER_COLUMN) {
              return (
                <th
                  key={header.id}
                  role="columnheader"
                  scope="col"
                  rowSpan={header.rowSpan}
                  aria-colindex={1}
                  className="grid-corner"
                >
                  <table.FlexRender header={header} />
                </th>
              )
            }
            const col = meta?.col ?? 0
            if (meta?.measure) {
              return (
                <MeasureHeaderCell
                  key={header.id}
                  header={header}
                  measure={meta.measure}
                  col={col}
                  tabbable={active.row === HEADER_ROW && active.col === col}
                  current={active.col === col}
                  tooltipId={`${idPrefix}-tip-${col}`}
                />
              )
            }
            return (
              <th
                key={header.id}
                role="columnheader"
                scope="colgroup"
                colSpan={header.colSpan}
                aria-colindex={col + 2}
                className="grid-section"
              >
                <span
                  className="grid-section-label"
                  title={String(header.column.columnDef.header ?? '')}
                >
                  <table.FlexRender header={header} />
                </span>
              </th>
            )
          })}
        </tr>
      ))}
    </thead>
  )
}

interface MeasureHeaderCellProps {
  readonly header: Header<GridFeatures, GridRow, unknown>
  readonly measure: MeasureDef
  readonly col: number
  /** Holds the grid's one tab stop (the column headers are the active position). */
  readonly tabbable: boolean
  /** The active cell is in this column. */
  readonly current: boolean
  readonly tooltipId: string
}

/** Where the tooltip sits: under the header, kept inside the window. */
function tooltipPlace(cell: HTMLElement): CSSProperties {
  const box = cell.getBoundingClientRect()
  const width = Math.min(352, window.innerWidth - 16)
  return {
    top: box.bottom + 4,
    left: Math.max(8, Math.min(box.left, window.innerWidth - width - 8)),
    width,
  }
}

/** Memoised: moving the active cell re-renders the one or two headers whose column it left or entered. */
const MeasureHeaderCell = memo(function MeasureHeaderCell(props: MeasureHeaderCellProps) {
  const { header, measure, col, tabbable, current, tooltipId } = props
  const [place, setPlace] = useState<CSSProperties | null>(null)
  const show = (event: MouseEvent<HTMLElement> | FocusEvent<HTMLElement>) =>
    setPlace(tooltipPlace(event.currentTarget))
  const hide = () => setPlace(null)
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape' && place) {
      event.stopPropagation()
      hide()
    }
  }
  const className = ['grid-colhead', current ? 'is-current' : ''].filter(Boolean).join(' ')
  return (
    <th
      role="columnheader"
      scope="col"
      aria-colindex={col + 2}
      aria-describedby={tooltipId}
      tabIndex={tabbable ? 0 : -1}
      data-row={HEADER_ROW}
      data-col={col}
      className={className}
      onMouseEnter={show}
      onMouseLeave={hide}
      onFocus={show}
      onBlur={hide}
      onKeyDown={onKeyDown}
    >
      <span className="grid-colhead-label">
        <FlexRender header={header} />
        {measure.required && (
          <>
            <span className="grid-required" aria-hidden="true">
              *
            </span>
            <span className="sr-only"> (required)</span>
          </>
        )}
      </span>
      <div
        role="tooltip"
        id={tooltipId}
        className="grid-tooltip"
        hidden={place === null}
        style={place ?? undefined}
      >
        <strong>{measure.label}.</strong> {measure.definition}{' '}
        <span className="grid-tooltip-unit">
          Unit: {UNIT_LABELS[measure.unit]}.{measure.required ? ' Required.' : ''}
        </span>
      </div>
    </th>
  )
})
