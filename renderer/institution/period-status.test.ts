import { describe, expect, it } from 'vitest'
import { InstitutionId } from '../../shared/domain/ids'
import { academicYear } from '../../shared/domain/periods'
import { newReportingPeriod } from '../../shared/reports/draft'
import { Report } from '../../shared/reports/schemas'
import { exportReadiness } from '../../shared/submission/export-gate'
import { summarise } from '../db/period-statuses'
import { periodStatus, statusText } from './period-status'

const rp = newReportingPeriod(
  InstitutionId.parse('baystate-health'),
  'employer',
  academicYear(2025),
  ['surgical-technologists'],
  new Date('2026-11-01T10:00:00Z'),
)
const report = (values: object) =>
  Report.parse({ kind: 'employer', rows: [{ occupation: 'surgical-technologists', values }] })
const complete = {
  budgetedFte: 10,
  filledFte: 9,
  openVacancies: 1,
  separations12Months: 2,
  expectedHires12Months: 3,
}
const status = (r: Report, last?: { revision: number; exportedAt: string }, period = rp) =>
  statusText(periodStatus(period, summarise(exportReadiness(r)), last), 'occupations')

describe('period status', () => {
  it('is a draft while required figures are missing or problems are open', () => {
    expect(status(report({}))).toBe('Draft: 5 required figures missing')
    expect(status(report({ ...complete, filledFte: 12 }))).toBe('Draft: 1 problem')
  })

  it('is a draft, not ready, when the period has no rows at all', () => {
    expect(status(Report.parse({ kind: 'employer', rows: [] }))).toBe('Draft: no occupations yet')
  })

  it('is ready when nothing blocks export', () => {
    expect(status(report(complete))).toBe('Ready to export')
  })

  it('shows the last exported revision, and whether figures changed since', () => {
    const exported = { revision: 2, exportedAt: '2026-11-02T10:00:00.000Z' }
    expect(status(report(complete), exported)).toBe('Exported as revision 2')
    const edited = { ...rp, updatedAt: '2026-11-03T10:00:00.000Z' }
    expect(status(report(complete), exported, edited)).toBe(
      'Exported as revision 2 (changed since)',
    )
  })
})
