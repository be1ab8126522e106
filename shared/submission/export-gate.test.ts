import { describe, expect, it } from 'vitest'
import { educationReport, employerReport } from '../rules/test-reports'
import { blockingSummary, exportReadiness } from './export-gate'

const complete = {
  seats: 30,
  applicants: 60,
  enrolled: 28,
  completers: 12,
  expectedCompletersNextYear: 13,
}

describe('exportReadiness', () => {
  it('lets a complete report without problems through', () => {
    const readiness = exportReadiness(educationReport(complete))
    expect(readiness.ok).toBe(true)
    expect(readiness.blocking).toEqual([])
  })

  it('blocks a required figure left empty, naming the row and the measure', () => {
    const readiness = exportReadiness(educationReport({ ...complete, completers: null }))
    expect(readiness.ok).toBe(false)
    expect(readiness.missing.map((f) => f.message)).toEqual([
      'Radiography: Completers is required and still empty (enter 0 if there were none).',
    ])
    expect(blockingSummary(readiness)).toBe('1 required figure still empty')
  })

  it('blocks a report with no rows: an empty period is not ready to export', () => {
    const readiness = exportReadiness({ kind: 'employer', rows: [] })
    expect(readiness.ok).toBe(false)
    expect(readiness.empty?.message).toMatch(/no occupations yet/)
    expect(blockingSummary(readiness)).toBe('1 error')
  })

  it('runs the change-from-last-period rule only when the previous report is given', () => {
    const now = educationReport({ ...complete, applicants: 200 })
    const before = educationReport(complete)
    const alone = exportReadiness(now)
    expect(alone.comparedWithPrevious).toBe(false)
    expect(alone.ok).toBe(true)
    const compared = exportReadiness(now, { previous: before })
    expect(compared.comparedWithPrevious).toBe(true)
    expect(compared.ok).toBe(false)
    expect(compared.unexplained.map((f) => f.measure)).toEqual(['applicants'])
  })

  it('ignores a previous report of another kind', () => {
    const readiness = exportReadiness(educationReport(complete), { previous: employerReport({}) })
    expect(readiness.comparedWithPrevious).toBe(false)
  })

  it('lists every reason row by row and counts them in one sentence', () => {
    const readiness = exportReadiness(
      educationReport({ ...complete, enrolled: -1, completers: null }),
    )
    expect(readiness.blocking.map((f) => f.rule)).toEqual(['value-negative', 'required-missing'])
    expect(blockingSummary(readiness)).toBe('1 error and 1 required figure still empty')
  })
})
