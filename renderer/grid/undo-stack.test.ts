import { describe, expect, it } from 'vitest'
import {
  EMPTY_HISTORY,
  HISTORY_LIMIT,
  makeBatch,
  nextRedo,
  nextUndo,
  undoReducer,
  type EditBatch,
} from './undo-stack'

const values = new Map<string, number | null>([
  ['rad.seats', 30],
  ['rad.applicants', null],
])
const current = (rowId: string, key: string) => values.get(`${rowId}.${key}`) ?? null

function batch(label: string, value: number): EditBatch {
  return {
    label,
    before: [{ rowId: 'r', key: 'k', value: null }],
    after: [{ rowId: 'r', key: 'k', value }],
  }
}

describe('makeBatch', () => {
  it('records the values each edit replaces', () => {
    expect(
      makeBatch(
        'paste',
        [
          { rowId: 'rad', key: 'seats', value: 32 },
          { rowId: 'rad', key: 'applicants', value: 45 },
        ],
        current,
      ),
    ).toEqual({
      label: 'paste',
      before: [
        { rowId: 'rad', key: 'seats', value: 30 },
        { rowId: 'rad', key: 'applicants', value: null },
      ],
      after: [
        { rowId: 'rad', key: 'seats', value: 32 },
        { rowId: 'rad', key: 'applicants', value: 45 },
      ],
    })
  })

  it('leaves out edits that change nothing, and is null when none change anything', () => {
    const only = makeBatch(
      'paste',
      [
        { rowId: 'rad', key: 'seats', value: 30 },
        { rowId: 'rad', key: 'applicants', value: 45 },
      ],
      current,
    )
    expect(only?.after).toEqual([{ rowId: 'rad', key: 'applicants', value: 45 }])
    expect(
      makeBatch('clear', [{ rowId: 'rad', key: 'applicants', value: null }], current),
    ).toBeNull()
  })

  it('keeps the last edit of a cell edited twice in one action', () => {
    const twice = makeBatch(
      'fill',
      [
        { rowId: 'rad', key: 'seats', value: 31 },
        { rowId: 'rad', key: 'seats', value: 33 },
      ],
      current,
    )
    expect(twice?.before).toEqual([{ rowId: 'rad', key: 'seats', value: 30 }])
    expect(twice?.after).toEqual([{ rowId: 'rad', key: 'seats', value: 33 }])
  })
})

describe('undoReducer', () => {
  it('undoes and redoes batches in order', () => {
    let h = undoReducer(EMPTY_HISTORY, { type: 'record', batch: batch('one', 1) })
    h = undoReducer(h, { type: 'record', batch: batch('two', 2) })
    expect(nextUndo(h)?.label).toBe('two')
    expect(nextRedo(h)).toBeUndefined()

    h = undoReducer(h, { type: 'undo' })
    expect(nextUndo(h)?.label).toBe('one')
    expect(nextRedo(h)?.label).toBe('two')

    h = undoReducer(h, { type: 'undo' })
    expect(nextUndo(h)).toBeUndefined()
    expect(nextRedo(h)?.label).toBe('one')

    h = undoReducer(h, { type: 'redo' })
    expect(nextUndo(h)?.label).toBe('one')
    expect(nextRedo(h)?.label).toBe('two')
  })

  it('forgets undone batches when a new edit is recorded', () => {
    let h = undoReducer(EMPTY_HISTORY, { type: 'record', batch: batch('one', 1) })
    h = undoReducer(h, { type: 'undo' })
    h = undoReducer(h, { type: 'record', batch: batch('three', 3) })
    expect(nextRedo(h)).toBeUndefined()
    expect(h.done.map((b) => b.label)).toEqual(['three'])
  })

  it('does nothing with nothing to undo or redo', () => {
    expect(undoReducer(EMPTY_HISTORY, { type: 'undo' })).toBe(EMPTY_HISTORY)
    expect(undoReducer(EMPTY_HISTORY, { type: 'redo' })).toBe(EMPTY_HISTORY)
  })

  it('keeps a bounded history, dropping the oldest', () => {
    let h = EMPTY_HISTORY
    for (let i = 0; i < HISTORY_LIMIT + 5; i++)
      h = undoReducer(h, { type: 'record', batch: batch(`b${i}`, i) })
    expect(h.done).toHaveLength(HISTORY_LIMIT)
    expect(h.done[0]?.label).toBe('b5')
  })
})
