// The board's questions laid over the grid's figures: a row with a question gets its own states
// map with the question added to that cell, made once per row figures object, so rows without
// a question keep the very objects the grid memoises on and are not re-rendered.
import type { ReceiptQuestion } from '../../shared/intake/receipt'
import type { CellState, RowFigures } from '../grid/types'

/** Questions by row, then by measure (several about one cell are joined). */
export function questionsByRow(
  questions: readonly ReceiptQuestion[],
): ReadonlyMap<string, ReadonlyMap<string, string>> {
  const rows = new Map<string, Map<string, string>>()
  for (const q of questions) {
    const row = rows.get(q.rowId) ?? new Map<string, string>()
    const before = row.get(q.measure)
    row.set(q.measure, before ? `${before} ${q.text}` : q.text)
    rows.set(q.rowId, row)
  }
  return rows
}

export function withQuestions(
  figures: (rowId: string) => RowFigures,
  questions: ReadonlyMap<string, ReadonlyMap<string, string>>,
): (rowId: string) => RowFigures {
  if (questions.size === 0) return figures
  const made = new WeakMap<RowFigures, RowFigures>()
  return (rowId) => {
    const base = figures(rowId)
    const asked = questions.get(rowId)
    if (!asked) return base
    let overlaid = made.get(base)
    if (!overlaid) {
      const states = new Map<string, CellState>(base.states)
      for (const [measure, question] of asked) {
        states.set(measure, { ...(states.get(measure) ?? { level: null }), question })
      }
      overlaid = { values: base.values, states }
      made.set(base, overlaid)
    }
    return overlaid
  }
}
