// Body rows and cells, memoised so that moving the active cell re-renders the one or two rows it
// leaves and enters, and an edit re-renders only the edited row (its figures object is new) and
// within it only cells whose text or state changed. Cells take
// plain values and no handlers: the grid listens for mouse and keys once, on the table.
import { memo, type ReactNode, type Ref } from 'react'
import type { MeasureDef } from '../../shared/reports/measures'
import { formatCellValue } from './format-cell'
import type { CellState, GridRow, RowFigures } from './types'

export interface BodyRowProps {
  /** Lets the visible-rows window measure the row's height. */
  readonly rowRef?: Ref<HTMLTableRowElement>
  readonly row: GridRow
  readonly rowIndex: number
  readonly measures: readonly MeasureDef[]
  /** This row's figures and states: a new object only when something in the row changed. */
  readonly figures: RowFigures
  /** Column of the active cell when it is in this row, else -1. */
  readonly activeCol: number
  /** Columns of a multi-cell selection crossing this row, else -1 and -1. */
  readonly selectedFrom: number
  readonly selectedTo: number
  /** Measures of this row that the last paste refused, with the reason. */
  readonly refused: ReadonlyMap<string, string> | undefined
  /** The open editor, when it is in this row. */
  readonly editor: ReactNode
  /** Why the editor's text was refused, shown under the cell. */
  readonly refusal: ReactNode
  /** Id of the element describing the active cell. */
  readonly descriptionId: string
}

const NO_STATE: CellState = { level: null }

/** Rows before the body: the section headers and the measure headers. */
export const HEADER_ROWS = 2

export const BodyRow = memo(function BodyRow(props: BodyRowProps) {
  const {
    rowRef,
    row,
    rowIndex,
    measures,
    figures,
    refused,
    activeCol,
    selectedFrom,
    selectedTo,
    editor,
    refusal,
    descriptionId,
  } = props
  return (
    <tr
      ref={rowRef}
      data-index={rowIndex}
      role="row"
      aria-rowindex={rowIndex + HEADER_ROWS + 1}
      className={activeCol >= 0 ? 'is-current' : undefined}
    >
      <th role="rowheader" scope="row" aria-colindex={1} className="grid-rowhead">
        <span className="grid-row-label">{row.label}</span>
        {row.detail && <span className="grid-row-detail">{row.detail}</span>}
      </th>
      {measures.map((measure, col) => {
        const cellState = figures.states.get(measure.key) ?? NO_STATE
        const active = col === activeCol
        return (
          <BodyCell
            key={measure.key}
            row={rowIndex}
            col={col}
            text={formatCellValue(figures.values.get(measure.key) ?? null, measure.unit)}
            level={cellState.level}
            message={cellState.message ?? ''}
            explained={cellState.explained === true}
            question={cellState.question ?? ''}
            refused={refused?.get(measure.key) ?? ''}
            active={active}
            selected={col >= selectedFrom && col <= selectedTo}
            describedBy={active ? descriptionId : ''}
            editor={active ? editor : null}
            refusal={active ? refusal : null}
          />
        )
      })}
    </tr>
  )
})

interface BodyCellProps {
  readonly row: number
  readonly col: number
  readonly text: string
  readonly level: CellState['level']
  readonly message: string
  readonly explained: boolean
  /** The board's question about the cell; empty when there is none. */
  readonly question: string
  /** Why the last paste refused a value for this cell; empty when it did not. */
  readonly refused: string
  readonly active: boolean
  readonly selected: boolean
  readonly describedBy: string
  readonly editor: ReactNode
  readonly refusal: ReactNode
}

function cellLook(
  level: CellState['level'],
  explained: boolean,
): 'error' | 'warning' | 'explained' | null {
  if (level === 'warning' && explained) return 'explained'
  return level
}

const BodyCell = memo(function BodyCell(props: BodyCellProps) {
  const {
    row,
    col,
    text,
    level,
    message,
    explained,
    question,
    refused,
    active,
    selected,
    describedBy,
    editor,
    refusal,
  } = props
  const look = cellLook(level, explained)
  const editing = editor !== null && editor !== undefined
  const className = [
    'grid-cell',
    look ? `is-${look}` : '',
    text === '' ? 'is-empty' : '',
    active ? 'is-active' : '',
    selected ? 'is-selected' : '',
    editing ? 'is-editing' : '',
    refused ? 'is-refused' : '',
    question ? 'has-question' : '',
  ]
    .filter(Boolean)
    .join(' ')
  return (
    <td
      role="gridcell"
      aria-colindex={col + 2}
      aria-selected={selected || undefined}
      aria-invalid={level === 'error' || refused !== '' || undefined}
      aria-describedby={describedBy || undefined}
      tabIndex={active && !editing ? 0 : -1}
      title={
        [refused ? `Not pasted: ${refused}` : message, question && `The board asks: ${question}`]
          .filter(Boolean)
          .join('\n') || undefined
      }
      data-row={row}
      data-col={col}
      className={className}
    >
      {/* Text straight in the cell, the state glyph drawn by CSS: the fewer boxes in a cell,
          the faster a 4,000-cell table lays out after each edit. */}
      {editing ? editor : text}
      {refusal}
    </td>
  )
})
