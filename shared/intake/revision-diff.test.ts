import { describe, expect, it } from 'vitest'
import type { Report } from '../reports/schemas'
import { educationReport, employerReport } from '../workbook/test-fixtures'
import { diffRevisions, figureAddress } from './revision-diff'

type Education = Extract<Report, { kind: 'education' }>

function education(programs: number): Education {
  const report = educationReport(programs)
  if (report.kind !== 'education') throw new Error('expected an education report')
  return report
}

function edited(report: Education, change: (r: Education) => void): Education {
  const copy = structuredClone(report)
  change(copy)
  return copy
}

describe('figureAddress', () => {
  it('finds a figure where the workbook shows it: its section sheet, its program row', () => {
    const report = educationReport(2)
    expect(figureAddress(report, 'program-1', 'seats')).toEqual({
      sheet: 'Capacity and admissions',
      cell: 'B2',
    })
    expect(figureAddress(report, 'program-2', 'examPasses')).toMatchObject({
      sheet: 'Outcomes',
      cell: 'C3',
    })
    expect(figureAddress(report, 'no-such-program', 'seats')).toBeNull()
    expect(figureAddress(report, 'program-1', 'noSuchMeasure')).toBeNull()
  })
})

describe('diffRevisions', () => {
  it('names every changed figure and explanation in the partner’s labels and at its cell', () => {
    const r1 = education(2)
    const r2 = edited(r1, (r) => {
      r.rows[1]!.values.examPasses = 12
      r.rows[0]!.values.waitlisted = null
      r.rows[0]!.explanations = {}
    })
    const { changes, rowsAdded, rowsRemoved } = diffRevisions(r1, r2)
    expect(
      changes.map((c) => [
        c.kind,
        c.rowLabel,
        c.measureLabel,
        `${c.at.sheet}!${c.at.cell}`,
        c.before,
        c.after,
      ]),
    ).toEqual([
      ['figure', 'Radiography', 'Waitlisted', 'Capacity and admissions!F2', '12', ''],
      [
        'explanation',
        'Radiography',
        'Waitlisted',
        'Capacity and admissions!F2',
        'Twelve qualified applicants waited for a seat.',
        '',
      ],
      ['figure', 'Program 2', 'First-attempt exam passes', 'Outcomes!C3', '15', '12'],
    ])
    expect(rowsAdded).toEqual([])
    expect(rowsRemoved).toEqual([])
  })

  it('lists programs added and removed, with their figures', () => {
    const r1 = educationReport(1)
    const r2 = educationReport(2)
    const diff = diffRevisions(r1, r2)
    expect(diff.rowsAdded).toEqual(['Program 2'])
    expect(diff.changes.every((c) => c.rowLabel === 'Program 2' && c.before === '')).toBe(true)
    expect(diffRevisions(r2, r1).rowsRemoved).toEqual(['Program 2'])
  })

  it('finds nothing between a revision and itself, and refuses two kinds of report', () => {
    expect(diffRevisions(educationReport(2), educationReport(2)).changes).toEqual([])
    expect(() => diffRevisions(educationReport(1), employerReport())).toThrow(/Cannot compare/)
  })

  it('shows wages and FTE the way the grid does', () => {
    const r1 = employerReport()
    const r2 = structuredClone(r1) as Extract<Report, { kind: 'employer' }>
    r2.rows[0]!.values.startingWageMin = 33
    const [change] = diffRevisions(r1, r2).changes
    expect([change!.before, change!.after]).toEqual(['$31.25', '$33.00'])
  })
})
