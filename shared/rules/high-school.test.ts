import { describe, expect, it } from 'vitest'
import type { HighSchoolReport } from '../reports/schemas'
import { validateReport } from './validate'
import { highSchoolReport, highSchoolRow } from './test-reports'

describe('high-school reports', () => {
  it('get the value rules', () => {
    expect(
      validateReport(highSchoolReport({ grade9: -2, grade10: 4.5 })).map((f) => f.message),
    ).toEqual([
      'Surgical technologists: Pathway enrollment, grade 9 cannot be negative (-2 entered).',
      'Surgical technologists: Pathway enrollment, grade 10 must be a whole number (4.5 entered).',
    ])
  })

  it('compare no figures with each other: grades and reach are independent counts', () => {
    expect(
      validateReport(
        highSchoolReport({ grade9: 0, grade12: 40, dualEnrollment: 90, careerAwarenessReach: 3 }),
      ),
    ).toEqual([])
  })

  it('get the change rule', () => {
    const findings = validateReport(highSchoolReport({ careerAwarenessReach: 250 }), {
      previous: highSchoolReport({ careerAwarenessReach: 120 }),
    })
    expect(findings.map((f) => f.message)).toEqual([
      'Surgical technologists: Students reached by career awareness changed from 120 last period to 250 (+108.3%).',
    ])
  })

  it('flag an unknown occupation', () => {
    const report: HighSchoolReport = { kind: 'high-school', rows: [highSchoolRow('pharmacy', {})] }
    expect(validateReport(report).map((f) => f.rule)).toEqual(['occupation-unknown'])
  })
})
