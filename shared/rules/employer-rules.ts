// Rules for hospital and employer reports: how one occupation's staffing and wage figures
// relate to each other.
import type { EmployerMeasureKey } from '../reports/measures'
import type { Comparison } from './common-rules'

export const EMPLOYER_COMPARISONS: readonly Comparison<EmployerMeasureKey>[] = [
  {
    rule: 'filled-above-budgeted',
    level: 'warning',
    measure: 'filledFte',
    other: 'budgetedFte',
    bound: 'at-most',
    message: (a, b) => `Filled FTE (${a}) is more than budgeted FTE (${b}).`,
  },
  {
    rule: 'vacancies-over-90-days-above-open',
    level: 'error',
    measure: 'vacanciesOver90Days',
    other: 'openVacancies',
    bound: 'at-most',
    message: (a, b) =>
      `Vacancies open more than 90 days (${a}) is more than open vacancies (${b}).`,
  },
  {
    rule: 'wage-low-above-high',
    level: 'error',
    measure: 'startingWageMin',
    other: 'startingWageMax',
    bound: 'at-most',
    message: (a, b) => `The low starting wage (${a}) is more than the high starting wage (${b}).`,
  },
]
