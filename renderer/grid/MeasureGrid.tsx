// A spreadsheet-like grid of figures: one row per program or occupation, one column per measure,
// grouped by section. It behaves like Excel, where the partners already work: type over a cell,
// Enter and Tab to move on, paste blocks, Ctrl+Z. The grid owns no data: it shows `value` and
// `state`, and reports every user action as one `onCommit` call.
import { useId, useRef } from 'react'
import { CellEditor, RefusalMessage } from './CellEditor'
import { formatCellValue } from './format-cell'
import { HEADER_ROWS } from './GridBody'
import { GridHeader } from './GridHeader'
import { cellName, describeCell } from './grid-messages'
import { isSingleCell, rangeOf } from './grid-navigation'
import type { CellState, MeasureGridProps } from './types'
import { useGridController } from './useGridController'
import { useGridFocus } from './useGridFocus'
import { useGridInput } from './useGridInput'
import { useMeasureTable } from './useMeasureTable'
import { VisibleRows } from './VisibleRows'
import './grid.css'

const NO_STATE: CellState = { level: null }

export function MeasureGrid(props: MeasureGridProps) {
  const { caption, rowHeaderLabel = 'Row', rows, measures, figures } = props
  const value = (rowId: string, key: string) => figures(rowId).values.get(key) ?? null
  const state = (rowId: string, key: string) => figures(rowId).states.get(key) ?? NO_STATE
  const id = useId()
  const tableRef = useRef<HTMLTableElement>(null)
  const scrollRef = useRef<HTMLDivElement>(null)
  const table = useMeasureTable(rows, measures, rowHeaderLabel)
  const grid = useGridController({ ...props, value })
  const input = useGridInput(grid, tableRef, props.onExplain)
  useGridFocus(grid, tableRef, props)

  const { selection, editing, status, lastEdit } = grid
  const { anchor } = selection
  const range = rangeOf(selection)
  const multi = !isSingleCell(selection)
  const descriptionId = `${id}-active`

  const activeRow = rows[anchor.row]
  const activeMeasure = measures[anchor.col]
  const description =
    activeRow && activeMeasure
      ? describeCell(
          activeMeasure,
          activeRow,
          formatCellValue(value(activeRow.id, activeMeasure.key), activeMeasure.unit),
          state(activeRow.id, activeMeasure.key),
        )
      : ''

  // After an edit lands, say what the rules now think of that cell (a new warning, say).
  const editedRow = lastEdit ? rows.find((r) => r.id === lastEdit.rowId) : undefined
  const editedMeasure = lastEdit ? measures.find((m) => m.key === lastEdit.key) : undefined
  const editedState = editedRow && editedMeasure ? state(editedRow.id, editedMeasure.key) : null
  const afterEdit =
    lastEdit &&
    editedRow &&
    editedMeasure &&
    editedState?.level &&
    value(lastEdit.rowId, lastEdit.key) === lastEdit.value
      ? describeCell(
          editedMeasure,
          editedRow,
          formatCellValue(lastEdit.value, editedMeasure.unit),
          editedState,
        )
      : ''

  const editingRow = editing ? rows[editing.pos.row] : undefined
  const editingMeasure = editing ? measures[editing.pos.col] : undefined
  const editor =
    editing && editingRow && editingMeasure ? (
      <CellEditor
        key={editing.id}
        initial={editing.initial}
        label={cellName(editingMeasure, editingRow)}
        error={editing.error}
        errorId={`${id}-refused`}
        onDraft={grid.setDraft}
        onKeyDown={input.onEditorKeyDown}
        onBlur={input.onEditorBlur}
      />
    ) : null
  const refusal = editing?.error ? (
    <RefusalMessage
      id={`${id}-refused`}
      message={editing.error}
      col={editing.pos.col}
      above={editing.pos.row >= rows.length - 2}
    />
  ) : null

  return (
    <div className="measure-grid">
      <div ref={scrollRef} className="measure-grid-scroll">
        <table
          ref={tableRef}
          role="grid"
          aria-label={caption}
          aria-rowcount={rows.length + HEADER_ROWS}
          aria-colcount={measures.length + 1}
          aria-multiselectable="true"
          aria-describedby={`${id}-help`}
          className="measure-grid-table"
          style={{
            width: `calc(var(--grid-label-width) + ${measures.length} * var(--grid-col-width))`,
          }}
          onKeyDown={input.onKeyDown}
          onMouseDown={input.onMouseDown}
          onMouseOver={input.onMouseOver}
          onDoubleClick={input.onDoubleClick}
        >
          <colgroup>
            <col className="grid-col-label" />
            {measures.map((m) => (
              <col key={m.key} className="grid-col-measure" />
            ))}
          </colgroup>
          <GridHeader table={table} active={anchor} idPrefix={id} />
          <VisibleRows
            scrollRef={scrollRef}
            rows={rows}
            measures={measures}
            figures={figures}
            refusedByRow={grid.refusedByRow}
            anchor={anchor}
            focusRow={multi ? selection.focus.row : -1}
            range={multi ? range : null}
            editingRow={editing ? editing.pos.row : -1}
            editor={editor}
            refusal={refusal}
            descriptionId={descriptionId}
          />
        </table>
      </div>
      <div id={descriptionId} hidden>
        {description}
      </div>
      <p className="grid-status" role="status">
        {status.text}
        {/* A repeated message is still a change, so it is read out again. */}
        {status.count % 2 === 1 ? '\u00a0' : ''}
      </p>
      <div className="sr-only" aria-live="polite">
        {afterEdit}
      </div>
      <p id={`${id}-help`} className="grid-help">
        Type a figure to replace a cell, or press F2 to change it; Escape cancels. Enter and Tab
        move on. Shift+F2 goes to the cell’s explanation box, and Escape there comes back. Paste
        blocks copied from Excel with Ctrl+V; Ctrl+Z undoes. A column’s definition shows when you
        point at its heading or move up to it.
      </p>
    </div>
  )
}
