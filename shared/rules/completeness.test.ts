import { describe, expect, it } from 'vitest'
import type { EducationReport } from '../reports/schemas'
import { completeness, missingRequired } from './completeness'
import { validateReport } from './validate'
import {
  educationReport,
  educationRow,
  employerReport,
  highSchoolReport,
  program,
} from './test-reports'

describe('missingRequired', () => {
  it('lists empty required cells in row then catalogue order, and nothing optional', () => {
    const report: EducationReport = {
      kind: 'education',
      programs: [program({ id: 'a' }), program({ id: 'b' })],
      rows: [
        educationRow('b', {
          seats: 30,
          applicants: 50,
          enrolled: 28,
          completers: 0,
          waitlisted: null,
        }),
        educationRow('a', { seats: 30, completers: 12, expectedCompletersNextYear: 14 }),
      ],
    }
    expect(missingRequired(report)).toEqual([
      { rowId: 'b', measure: 'expectedCompletersNextYear' },
      { rowId: 'a', measure: 'applicants' },
      { rowId: 'a', measure: 'enrolled' },
    ])
  })

  it('counts zero as filled', () => {
    expect(
      missingRequired(highSchoolReport({ grade9: 0, grade10: 0, grade11: 0, grade12: 0 })),
    ).toEqual([])
  })

  it('is not a finding', () => {
    expect(validateReport(educationReport())).toEqual([])
    expect(missingRequired(educationReport())).toHaveLength(5)
  })
})

describe('completeness', () => {
  it('counts filled and total cells per section in catalogue order', () => {
    expect(
      completeness(employerReport({ budgetedFte: 10, filledFte: 0, startingWageMin: 28.5 })),
    ).toEqual([
      { section: 'Staffing', filled: 2, total: 6 },
      { section: 'Turnover and outlook', filled: 0, total: 3 },
      { section: 'Wages', filled: 1, total: 2 },
      { section: 'Training partnerships', filled: 0, total: 2 },
    ])
  })

  it('adds up across rows, and lists every section for an empty report', () => {
    const two: EducationReport = {
      kind: 'education',
      programs: [program({ id: 'a' }), program({ id: 'b' })],
      rows: [educationRow('a', { seats: 30 }), educationRow('b', { seats: 20, applicants: 40 })],
    }
    expect(completeness(two)[0]).toEqual({
      section: 'Capacity and admissions',
      filled: 3,
      total: 10,
    })
    const empty: EducationReport = { kind: 'education', programs: [], rows: [] }
    expect(completeness(empty).map((s) => [s.section, s.filled, s.total])).toEqual([
      ['Capacity and admissions', 0, 0],
      ['Enrollment and completion', 0, 0],
      ['Outcomes', 0, 0],
      ['Clinical and faculty', 0, 0],
      ['Pathways', 0, 0],
    ])
  })
})
