// The measure grid's public shapes: what a screen hands the grid and what the grid hands back.
import type { MeasureDef } from '../../shared/reports/measures'
import type { UndoKeeper } from './undo-stack'

export type { UndoKeeper } from './undo-stack'

/** One line of the grid: a program (education) or an occupation (employer, high school). */
export interface GridRow {
  readonly id: string
  readonly label: string
  /** A second, quieter line under the label, e.g. "AS · CIP 51.0911". */
  readonly detail?: string | undefined
}

/** What the rules say about one cell. */
export interface CellState {
  readonly level: 'error' | 'warning' | null
  readonly message?: string | undefined
  /** Warnings only: the partner has written an explanation for this cell. */
  readonly explained?: boolean | undefined
  /** What the board asked about this cell in a review receipt, shown as a corner marker. */
  readonly question?: string | undefined
}

/**
 * One row's figures and cell states. The screen hands the grid the same object for a row as
 * long as nothing in that row changed, so that the grid re-renders only rows that did.
 */
export interface RowFigures {
  readonly values: ReadonlyMap<string, number | null>
  /** Cells without a finding may be absent. */
  readonly states: ReadonlyMap<string, CellState>
}

export interface CellAddress {
  readonly rowId: string
  /** The measure key. */
  readonly key: string
}

export interface CellEdit extends CellAddress {
  readonly value: number | null
}

/** A pasted cell the grid refused, with the reason in the user's words. */
export interface RejectedCell extends CellAddress {
  /** The text as it came from the clipboard. */
  readonly text: string
  /** The problem and what to do about it: "“n/a” is not a number. Leave the cell empty if…" */
  readonly reason: string
  /** The problem alone, for short lists: "“n/a” is not a number." */
  readonly problem: string
}

/** Parts of a pasted block that fell outside the grid. */
export interface ClippedCells {
  /** Rows of the block below the grid's last row. */
  readonly rows: number
  /** Columns of the block right of the grid's last column. */
  readonly columns: number
  /** Non-blank cells among them: values that were not pasted anywhere. */
  readonly values: number
}

/** The outcome of one paste, for the screen to show or log. */
export interface PasteReport {
  /** The cell the block was pasted at (its top-left corner). */
  readonly at: CellAddress
  /** Cells given a figure. */
  readonly filled: number
  /** Cells emptied by blank cells of the block. */
  readonly cleared: number
  readonly rejected: readonly RejectedCell[]
  readonly clipped: ClippedCells
  /** The sentence the grid shows in its status line. */
  readonly message: string
}

export interface MeasureGridProps {
  /** The grid's accessible name, e.g. "AY 2025–26 program figures". */
  readonly caption: string
  /** Header of the first column, e.g. "Program" or "Occupation". */
  readonly rowHeaderLabel?: string | undefined
  readonly rows: readonly GridRow[]
  readonly measures: readonly MeasureDef[]
  /** A row's figures; the same object while the row is unchanged. */
  readonly figures: (rowId: string) => RowFigures
  /** One user action (typing into a cell, a paste, a clear, an undo) is one call. */
  readonly onCommit: (edits: CellEdit[]) => void
  readonly onActiveCellChange?: ((cell: CellAddress | null) => void) | undefined
  /** "Jump to cell", e.g. from a problems panel; a new nonce moves focus again. */
  readonly focusRequest?: (CellAddress & { readonly nonce: number }) | undefined
  /**
   * The text being typed into a cell, on every keystroke, and null when the edit ends; lets
   * the screen keep an unfinished entry safe across a crash or a closed window.
   */
  onDraftChange?: ((draft: (CellAddress & { readonly text: string }) | null) => void) | undefined
  /**
   * Shift+F2 on a cell: the screen moves focus to that cell's explanation box (and gives it
   * back with a new `focusRequest`).
   */
  readonly onExplain?: ((cell: CellAddress) => void) | undefined
  /** Where the undo history lives; the grid keeps its own when none is given. */
  readonly undo?: UndoKeeper | undefined
  /** Called after every paste; `rejected` and `clipped` say what it could not take. */
  readonly onPasteReport?: ((report: PasteReport) => void) | undefined
}
