import { describe, expect, it } from 'vitest'
import type { RowFigures } from '../grid/types'
import { questionsByRow, withQuestions } from './question-cells'

const ask = (rowId: string, measure: string, text: string) => ({
  rowId,
  measure,
  sheet: 'Outcomes',
  cell: 'C4',
  text,
})

describe('the board’s questions over the grid', () => {
  const rows: Record<string, RowFigures> = {
    a: { values: new Map([['seats', 30]]), states: new Map([['seats', { level: 'warning' }]]) },
    b: { values: new Map([['seats', 12]]), states: new Map() },
  }
  const figures = (id: string) => rows[id]!

  it('marks the cells asked about, keeps their state, and leaves other rows untouched', () => {
    const shown = withQuestions(
      figures,
      questionsByRow([ask('a', 'seats', 'Thirty seats?'), ask('a', 'seats', 'Or twenty?')]),
    )
    expect(shown('a').states.get('seats')).toEqual({
      level: 'warning',
      question: 'Thirty seats? Or twenty?',
    })
    expect(shown('a')).toBe(shown('a'))
    expect(shown('b')).toBe(rows.b)
    expect(rows.a!.states.get('seats')).toEqual({ level: 'warning' })
  })

  it('gives the grid its own figures back when nothing is asked', () => {
    expect(withQuestions(figures, questionsByRow([]))).toBe(figures)
  })
})
