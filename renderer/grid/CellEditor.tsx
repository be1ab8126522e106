// The in-cell editor. It keeps its own text, so typing re-renders this input and nothing else;
// the grid reads the text through `onDraft` when the edit is committed. The message for refused
// text is drawn by the grid, under the cell (see RefusalMessage).
import { useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent } from 'react'

interface CellEditorProps {
  readonly initial: string
  /** Names row and column: "Enrolled, Radiologic Technology AS". */
  readonly label: string
  /** Why the typed text was refused, until the text changes. */
  readonly error: string | null
  /** Id of the element showing `error`. */
  readonly errorId: string
  readonly onDraft: (text: string) => void
  readonly onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void
  readonly onBlur: (event: FocusEvent<HTMLInputElement>) => void
}

export function CellEditor({
  initial,
  label,
  error,
  errorId,
  onDraft,
  onKeyDown,
  onBlur,
}: CellEditorProps) {
  const input = useRef<HTMLInputElement>(null)
  useLayoutEffect(() => {
    const element = input.current
    if (!element) return
    element.focus({ preventScroll: true })
    // The caret goes after the text, as in Excel: after the typed character, or after the figure.
    const end = element.value.length
    element.setSelectionRange(end, end)
  }, [])
  return (
    <input
      ref={input}
      className="grid-editor"
      type="text"
      inputMode="decimal"
      autoComplete="off"
      spellCheck={false}
      defaultValue={initial}
      aria-label={label}
      aria-invalid={error !== null || undefined}
      aria-describedby={error !== null ? errorId : undefined}
      onChange={(event) => onDraft(event.currentTarget.value)}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
    />
  )
}

interface RefusalMessageProps {
  readonly id: string
  readonly message: string
  /** The column of the cell, to sit under it. */
  readonly col: number
  /** Above the cell instead, near the bottom of the grid where there is no room below. */
  readonly above: boolean
}

/**
 * Why a figure was refused, under its cell and flush with its right edge, where the figure is.
 * Positioned against the row, whose columns have fixed widths.
 */
export function RefusalMessage({ id, message, col, above }: RefusalMessageProps) {
  return (
    <p
      role="alert"
      id={id}
      className={above ? 'grid-editor-error is-above' : 'grid-editor-error'}
      style={{ left: `calc(var(--grid-label-width) + ${col + 1} * var(--grid-col-width))` }}
    >
      {message}
    </p>
  )
}
