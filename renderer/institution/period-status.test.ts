import { describe, expect, it } from 'vitest'
import { InstitutionId } from '../../shared/domain/ids'
import { academicYear } from '../../shared/domain/periods'
import { newReportingPeriod } from '../../shared/reports/draft'
import { Report } from '../../shared/reports/schemas'
import { periodStatus, statusText } from './period-status'

const rp = {
  ...newReportingPeriod(
    InstitutionId.parse('baystate-health'),
    'employer',
    academicYear(2025),
    ['surgical-technologists'],
    new Date('2026-11-01T10:00:00Z'),
  ),
}
const report = (values: object) =>
  Report.parse({ kind: 'employer', rows: [{ occupation: 'surgical-technologists', values }] })
const complete = {
  budgetedFte: 10,
  filledFte: 9,
  openVacancies: 1,
  separations12Months: 2,
  expectedHires12Months: 3,
}

describe('period status', () => {
  it('is a draft while required figures are missing or problems are open', () => {
    expect(statusText(periodStatus(rp, report({})))).toBe('Draft: 5 required figures missing')
    expect(statusText(periodStatus(rp, report({ ...complete, filledFte: 12 })))).toBe(
      'Draft: 1 problem',
    )
  })

  it('is ready when nothing blocks export', () => {
    expect(statusText(periodStatus(rp, report(complete)))).toBe('Ready to export')
  })

  it('shows the last exported revision, and whether figures changed since', () => {
    const exported = { revision: 2, exportedAt: '2026-11-02T10:00:00.000Z' }
    expect(statusText(periodStatus(rp, report(complete), exported))).toBe('Exported as revision 2')
    const edited = { ...rp, updatedAt: '2026-11-03T10:00:00.000Z' }
    expect(statusText(periodStatus(edited, report(complete), exported))).toBe(
      'Exported as revision 2 (changed since)',
    )
  })
})
