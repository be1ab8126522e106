import { describe, expect, it } from 'vitest'
import type { EmployerMeasureKey } from '../reports/measures'
import type { EmployerReport } from '../reports/schemas'
import { validateReport } from './validate'
import { employerReport, employerRow } from './test-reports'

type Values = Partial<Record<EmployerMeasureKey, number | null>>

const findingsFor = (values: Values) => validateReport(employerReport(values))

describe('comparisons between an occupation’s figures', () => {
  it('filled-above-budgeted warns past the boundary, with FTE decimals', () => {
    expect(findingsFor({ budgetedFte: 10, filledFte: 12.5 })).toEqual([
      {
        level: 'warning',
        rule: 'filled-above-budgeted',
        rowId: 'respiratory-therapists',
        measure: 'filledFte',
        related: ['budgetedFte'],
        message: 'Respiratory therapists: Filled FTE (12.5) is more than budgeted FTE (10).',
        explained: false,
      },
    ])
    expect(findingsFor({ budgetedFte: 10, filledFte: 10 })).toEqual([])
    expect(findingsFor({ budgetedFte: 10.25, filledFte: 10.26 }).map((f) => f.message)).toEqual([
      'Respiratory therapists: Filled FTE (10.26) is more than budgeted FTE (10.25).',
    ])
  })

  it('vacancies-over-90-days-above-open is an error past the boundary', () => {
    const [f, ...rest] = findingsFor({ openVacancies: 3, vacanciesOver90Days: 5 })
    expect(rest).toEqual([])
    expect(f).toMatchObject({
      level: 'error',
      rule: 'vacancies-over-90-days-above-open',
      measure: 'vacanciesOver90Days',
      related: ['openVacancies'],
      message:
        'Respiratory therapists: Vacancies open more than 90 days (5) is more than open vacancies (3).',
    })
    expect(findingsFor({ openVacancies: 3, vacanciesOver90Days: 3 })).toEqual([])
  })

  it('wage-low-above-high talks of the low and high wage, in dollars', () => {
    const [f, ...rest] = findingsFor({ startingWageMin: 32, startingWageMax: 28.5 })
    expect(rest).toEqual([])
    expect(f).toMatchObject({
      level: 'error',
      rule: 'wage-low-above-high',
      measure: 'startingWageMin',
      related: ['startingWageMax'],
      message:
        'Respiratory therapists: The low starting wage ($32.00) is more than the high starting wage ($28.50).',
    })
    expect(findingsFor({ startingWageMin: 28.5, startingWageMax: 28.5 })).toEqual([])
  })
})

describe('employer rows', () => {
  it('occupation-unknown fires for an occupation outside the list, named by its id', () => {
    const report: EmployerReport = {
      kind: 'employer',
      rows: [employerRow('nursing', { openVacancies: 2 })],
    }
    expect(validateReport(report).map((f) => [f.rule, f.measure, f.message])).toEqual([
      [
        'occupation-unknown',
        'occupation',
        'nursing: Occupation "nursing" is not one the work group tracks.',
      ],
    ])
  })

  it('duplicate-row fires on the second row for the same occupation', () => {
    const report: EmployerReport = {
      kind: 'employer',
      rows: [employerRow('respiratory-therapists', {}), employerRow('respiratory-therapists', {})],
    }
    expect(validateReport(report).map((f) => [f.rule, f.measure])).toEqual([
      ['duplicate-row', 'occupation'],
    ])
  })
})
