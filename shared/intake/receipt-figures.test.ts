import { describe, expect, it } from 'vitest'
import { educationReport, employerReport } from '../workbook/test-fixtures'
import { figureChoices, questionAbout } from './receipt-figures'
import { figureAddress } from './revision-diff'

describe('the figures a review question can be about', () => {
  it('lists every figure cell in the partner’s labels, at the cell its workbook shows it in', () => {
    const report = educationReport(2)
    const choices = figureChoices(report)
    const first = choices.find((c) => c.rowLabel === 'Radiography' && c.measure === 'enrolled')
    expect(first?.at).toEqual(figureAddress(report, 'program-1', 'enrolled'))
    expect(first?.shown).not.toBe('')
    // One cell per row and measure, no two choices at the same cell.
    const cells = choices.map((c) => `${c.at.sheet}!${c.at.cell}`)
    expect(new Set(cells).size).toBe(cells.length)
    expect(choices.filter((c) => c.rowId === 'program-2').length).toBe(
      choices.filter((c) => c.rowId === 'program-1').length,
    )
  })

  it('ties a question to its sheet and cell, and refuses a figure the report does not have', () => {
    const report = employerReport()
    const question = questionAbout(report, {
      rowId: 'radiologic-technologists',
      measure: 'openVacancies',
      text: 'Twelve open of ten budgeted?',
    })
    const at = figureAddress(report, 'radiologic-technologists', 'openVacancies')
    expect(at).not.toBeNull()
    expect(question).toEqual({
      rowId: 'radiologic-technologists',
      measure: 'openVacancies',
      sheet: at?.sheet,
      cell: at?.cell,
      text: 'Twelve open of ten budgeted?',
    })
    expect(() =>
      questionAbout(report, {
        rowId: 'surgical-technologists',
        measure: 'openVacancies',
        text: 'x',
      }),
    ).toThrow(/no figure/)
  })
})
