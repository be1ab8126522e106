import { describe, expect, it } from 'vitest'
import { describeCell, describeState, describeUndo } from './grid-messages'

const enrolled = { short: 'Enrolled', required: true }
const waitlisted = { short: 'Waitlisted', required: false }
const row = { label: 'Radiologic Technology AS' }

describe('describeCell', () => {
  it('names column, row, value and state', () => {
    expect(
      describeCell(enrolled, row, '42', {
        level: 'warning',
        message: 'Enrolled (42) is more than seats (30)',
      }),
    ).toBe(
      'Enrolled, Radiologic Technology AS: 42. Warning: Enrolled (42) is more than seats (30).',
    )
  })

  it('says when a cell is empty, and when an empty cell is required', () => {
    expect(describeCell(enrolled, row, '', { level: null })).toBe(
      'Enrolled, Radiologic Technology AS: empty, required.',
    )
    expect(describeCell(waitlisted, row, '', { level: null })).toBe(
      'Waitlisted, Radiologic Technology AS: empty.',
    )
  })

  it('says what the board asked about the cell, after its state', () => {
    expect(
      describeCell(enrolled, row, '42', {
        level: 'warning',
        message: 'Enrolled (42) is more than seats (30)',
        question: 'More enrolled than seats',
      }),
    ).toBe(
      'Enrolled, Radiologic Technology AS: 42. Warning: Enrolled (42) is more than seats (30). The board asks: More enrolled than seats.',
    )
  })
})

describe('describeState', () => {
  it('tells errors, warnings and explained warnings apart', () => {
    expect(describeState({ level: 'error', message: 'Seats cannot be negative.' })).toBe(
      'Error: Seats cannot be negative.',
    )
    expect(describeState({ level: 'warning', message: 'Large change', explained: true })).toBe(
      'Warning, explained: Large change.',
    )
    expect(describeState({ level: null })).toBe('')
  })
})

describe('describeUndo', () => {
  it('names the action undone or redone', () => {
    expect(describeUndo('paste of 24 values', false)).toBe('Undid paste of 24 values.')
    expect(describeUndo('paste of 24 values', true)).toBe('Redid paste of 24 values.')
  })
})
