import { describe, expect, it } from 'vitest'
import { canExport, type Finding } from './findings'
import { validateReport } from './validate'
import { educationReport } from './test-reports'

const base: Finding = {
  level: 'warning',
  rule: 'enrolled-above-seats',
  rowId: 'radiography',
  measure: 'enrolled',
  related: ['seats'],
  message: 'Radiography: Enrolled (42) is more than seats (30).',
  explained: false,
}

describe('canExport', () => {
  it('allows export with no findings', () => {
    expect(canExport([])).toEqual({ ok: true, errors: [], unexplained: [] })
  })

  it('allows export when every warning is explained', () => {
    expect(canExport([{ ...base, explained: true }])).toEqual({
      ok: true,
      errors: [],
      unexplained: [],
    })
  })

  it('blocks on an unexplained warning', () => {
    expect(canExport([base])).toEqual({ ok: false, errors: [], unexplained: [base] })
  })

  it('blocks on any error and lists errors and unexplained warnings apart', () => {
    const error: Finding = {
      ...base,
      level: 'error',
      rule: 'value-negative',
      measure: 'seats',
      related: [],
    }
    const explained: Finding = { ...base, measure: 'completers', explained: true }
    expect(canExport([error, explained, base])).toEqual({
      ok: false,
      errors: [error],
      unexplained: [base],
    })
  })

  it('follows the explanations written in the report', () => {
    const values = { seats: 30, enrolled: 42 }
    expect(canExport(validateReport(educationReport(values))).ok).toBe(false)
    expect(
      canExport(validateReport(educationReport(values, { enrolled: 'Two cohorts.' }))).ok,
    ).toBe(true)
  })
})
