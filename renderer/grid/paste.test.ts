import { describe, expect, it } from 'vitest'
import { EDUCATION_MEASURES } from '../../shared/reports/measures'
import { describePaste } from './grid-messages'
import { parseClipboardTable, planPaste, tileToSelection, toClipboardText } from './paste'
import type { GridRow } from './types'

describe('parseClipboardTable', () => {
  it('splits tab-separated rows', () => {
    expect(parseClipboardTable('30\t45\t12\n28\t40\t11')).toEqual([
      ['30', '45', '12'],
      ['28', '40', '11'],
    ])
  })

  it('reads CRLF, LF and CR line breaks and drops the final one', () => {
    expect(parseClipboardTable('1\t2\r\n3\t4\r\n')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ])
    expect(parseClipboardTable('1\n2\n')).toEqual([['1'], ['2']])
    expect(parseClipboardTable('1\r2\r')).toEqual([['1'], ['2']])
  })

  it('keeps blank cells, including at the ends of a row and whole blank rows', () => {
    expect(parseClipboardTable('1\t\t3\r\n\t5\t\r\n\r\n7\t8\t9\r\n')).toEqual([
      ['1', '', '3'],
      ['', '5', ''],
      [''],
      ['7', '8', '9'],
    ])
  })

  it('reads a single value, with or without the line break Excel adds', () => {
    expect(parseClipboardTable('42')).toEqual([['42']])
    expect(parseClipboardTable('42\r\n')).toEqual([['42']])
    expect(parseClipboardTable('\r\n')).toEqual([['']])
  })

  it('reads nothing from an empty clipboard', () => {
    expect(parseClipboardTable('')).toEqual([])
  })

  it('unwraps quoted cells holding tabs, line breaks and doubled quotes', () => {
    const text = '"a\tb"\t"line 1\r\nline 2"\t"say ""hi"""\r\n1\t"2"\t3\r\n'
    expect(parseClipboardTable(text)).toEqual([
      ['a\tb', 'line 1\r\nline 2', 'say "hi"'],
      ['1', '2', '3'],
    ])
  })

  it('treats a quote with no partner, or inside a cell, as an ordinary character', () => {
    expect(parseClipboardTable('"12\t5" pipe\r\n')).toEqual([['"12', '5" pipe']])
    expect(parseClipboardTable('"Best" program\t5\r\n')).toEqual([['"Best" program', '5']])
    expect(parseClipboardTable('"open\t1\r\n')).toEqual([['"open', '1']])
  })

  it('keeps thousands separators for the number parser', () => {
    expect(parseClipboardTable('1,234\t$28.50\r\n')).toEqual([['1,234', '$28.50']])
  })

  it('round-trips what the grid copies', () => {
    const table = [
      ['1234', '', 'a\tb'],
      ['say "x"', 'two\nlines', '5'],
    ]
    expect(toClipboardText(table)).toBe('1234\t\t"a\tb"\r\n"say ""x"""\t"two\nlines"\t5\r\n')
    expect(parseClipboardTable(toClipboardText(table))).toEqual(table)
  })
})

describe('tileToSelection', () => {
  it('fills a larger selection with one copied value', () => {
    expect(tileToSelection([['7']], 2, 3)).toEqual([
      ['7', '7', '7'],
      ['7', '7', '7'],
    ])
  })

  it('repeats a block that fits a whole number of times, and leaves anything else alone', () => {
    expect(tileToSelection([['1', '2']], 2, 4)).toEqual([
      ['1', '2', '1', '2'],
      ['1', '2', '1', '2'],
    ])
    expect(tileToSelection([['1', '2']], 2, 3)).toEqual([['1', '2']])
    expect(
      tileToSelection(
        [
          ['1', '2'],
          ['3', '4'],
        ],
        1,
        1,
      ),
    ).toEqual([
      ['1', '2'],
      ['3', '4'],
    ])
  })
})

const rows: GridRow[] = [
  { id: 'rad', label: 'Radiologic Technology AS' },
  { id: 'rt', label: 'Respiratory Care AS' },
  { id: 'st', label: 'Surgical Technology Certificate' },
]
// Seats, Applicants, Qualified, Admitted, Waitlisted, Enrolled, …
const measures = EDUCATION_MEASURES.slice(0, 6)

describe('planPaste', () => {
  it('places a block with its corner on the anchor cell', () => {
    const plan = planPaste(
      { rowId: 'rt', key: 'applicants' },
      [
        ['45', '40'],
        ['60', '52'],
      ],
      rows,
      measures,
    )
    expect(plan.edits).toEqual([
      { rowId: 'rt', key: 'applicants', value: 45 },
      { rowId: 'rt', key: 'qualifiedApplicants', value: 40 },
      { rowId: 'st', key: 'applicants', value: 60 },
      { rowId: 'st', key: 'qualifiedApplicants', value: 52 },
    ])
    expect(plan.rejected).toEqual([])
    expect(plan.clipped).toEqual({ rows: 0, columns: 0, values: 0 })
  })

  it('empties the targets of blank cells, as Excel does', () => {
    const plan = planPaste({ rowId: 'rad', key: 'seats' }, [['30', '', '1,234']], rows, measures)
    expect(plan.edits).toEqual([
      { rowId: 'rad', key: 'seats', value: 30 },
      { rowId: 'rad', key: 'applicants', value: null },
      { rowId: 'rad', key: 'qualifiedApplicants', value: 1234 },
    ])
  })

  it('refuses cells that are not figures, keeping the rest', () => {
    const plan = planPaste({ rowId: 'rad', key: 'seats' }, [['30', 'n/a', '2.5']], rows, measures)
    expect(plan.edits).toEqual([{ rowId: 'rad', key: 'seats', value: 30 }])
    expect(plan.rejected).toEqual([
      {
        rowId: 'rad',
        key: 'applicants',
        text: 'n/a',
        problem: '“n/a” is not a number.',
        reason: '“n/a” is not a number. Leave the cell empty if you have no figure.',
      },
      {
        rowId: 'rad',
        key: 'qualifiedApplicants',
        text: '2.5',
        problem: 'Qualified applicants must be a whole number.',
        reason: 'Qualified applicants must be a whole number. “2.5” has a decimal part.',
      },
    ])
  })

  it('counts what falls past the right edge and the last row', () => {
    const wide = planPaste(
      { rowId: 'rad', key: 'waitlisted' },
      [['1', '2', '3', '4']],
      rows,
      measures,
    )
    expect(wide.edits).toHaveLength(2)
    expect(wide.clipped).toEqual({ rows: 0, columns: 2, values: 2 })

    const long = planPaste({ rowId: 'st', key: 'seats' }, [['1'], ['2'], ['']], rows, measures)
    expect(long.edits).toEqual([{ rowId: 'st', key: 'seats', value: 1 }])
    expect(long.clipped).toEqual({ rows: 2, columns: 0, values: 1 })
  })

  it('leaves cells alone where a row of text is short', () => {
    const plan = planPaste({ rowId: 'rad', key: 'seats' }, [['1', '2'], ['3']], rows, measures)
    expect(plan.edits.map((e) => `${e.rowId}.${e.key}`)).toEqual([
      'rad.seats',
      'rad.applicants',
      'rt.seats',
    ])
  })

  it('takes nothing when the anchor is not in the grid', () => {
    const plan = planPaste({ rowId: 'gone', key: 'seats' }, [['1', '']], rows, measures)
    expect(plan.edits).toEqual([])
    expect(plan.clipped).toEqual({ rows: 1, columns: 2, values: 1 })
  })
})

describe('describePaste', () => {
  it('says what went in, what was refused and where, and what did not fit', () => {
    const plan = planPaste(
      { rowId: 'rad', key: 'admitted' },
      [['28', 'n/a', '', '9', '10']],
      rows,
      measures,
    )
    expect(describePaste(plan, rows, measures)).toBe(
      'Pasted 1 value and emptied 1 cell. 1 value could not be taken: Waitlisted, Radiologic Technology AS: “n/a” is not a number. 2 values did not fit: the block is wider than the grid.',
    )
  })

  it('lists the first few refusals and counts the others', () => {
    const plan = planPaste(
      { rowId: 'rad', key: 'seats' },
      [['a', 'b', 'c', 'd', 'e']],
      rows,
      measures,
    )
    expect(describePaste(plan, rows, measures)).toBe(
      'Nothing was pasted. 5 values could not be taken: Seats, Radiologic Technology AS: “a” is not a number; Applicants, Radiologic Technology AS: “b” is not a number; Qualified, Radiologic Technology AS: “c” is not a number; and 2 others.',
    )
  })

  it('says when the clipboard held nothing', () => {
    const plan = planPaste({ rowId: 'rad', key: 'seats' }, [], rows, measures)
    expect(describePaste(plan, rows, measures)).toBe(
      'Nothing to paste: the clipboard has no cells.',
    )
  })
})
