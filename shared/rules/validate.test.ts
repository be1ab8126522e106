import { describe, expect, it } from 'vitest'
import type { EducationReport, EmployerReport } from '../reports/schemas'
import { validateReport } from './validate'
import { educationReport, educationRow, employerRow, program } from './test-reports'

function twoPrograms(): EducationReport {
  return {
    kind: 'education',
    programs: [
      program({ id: 'radiography', name: 'Radiography' }),
      program({
        id: 'respiratory',
        name: 'Respiratory Care',
        occupation: 'respiratory-therapists',
        cip: '51.0911',
      }),
    ],
    rows: [
      educationRow('respiratory', { completers: 31, enrolled: 30, seats: 30, applicants: -1 }),
      educationRow('radiography', {
        clinicalSlotsNeeded: 12,
        clinicalSlotsSecured: 8,
        seats: 30,
        enrolled: 42,
      }),
    ],
  }
}

describe('validateReport order', () => {
  it('lists rows in report order, row fields first, then measures in catalogue order', () => {
    expect(validateReport(twoPrograms()).map((f) => [f.rowId, f.measure, f.rule])).toEqual([
      ['respiratory', 'cip', 'cip-other-occupation'],
      ['respiratory', 'applicants', 'value-negative'],
      ['respiratory', 'completers', 'completers-above-enrolled'],
      ['radiography', 'enrolled', 'enrolled-above-seats'],
      ['radiography', 'clinicalSlotsSecured', 'clinical-secured-below-needed'],
    ])
  })

  it('keeps findings on the same cell in rule order: value errors, comparisons, change', () => {
    const findings = validateReport(educationReport({ seats: 30, enrolled: 90, completers: -1 }), {
      previous: educationReport({ seats: 30, enrolled: 40 }),
    })
    expect(findings.map((f) => [f.measure, f.rule])).toEqual([
      ['enrolled', 'enrolled-above-seats'],
      ['enrolled', 'large-change'],
      ['completers', 'value-negative'],
    ])
  })

  it('is deterministic and does not change the report', () => {
    const report = twoPrograms()
    const copy = structuredClone(report)
    const first = validateReport(report)
    expect(validateReport(report)).toEqual(first)
    expect(validateReport(copy)).toEqual(first)
    expect(report).toEqual(copy)
  })
})

describe('row names in messages', () => {
  it('default to the program name and the occupation name', () => {
    expect(validateReport(twoPrograms()).map((f) => f.message.split(':')[0])).toEqual([
      'Respiratory Care',
      'Respiratory Care',
      'Respiratory Care',
      'Radiography',
      'Radiography',
    ])
    const employer: EmployerReport = {
      kind: 'employer',
      rows: [employerRow('clinical-laboratory', { budgetedFte: 4, filledFte: 5 })],
    }
    expect(validateReport(employer)[0]?.message).toBe(
      'Clinical laboratory technologists and technicians: Filled FTE (5) is more than budgeted FTE (4).',
    )
  })

  it('come from the caller when a rowLabel is given', () => {
    const findings = validateReport(educationReport({ seats: 30, enrolled: 42 }), {
      rowLabel: (id) => `Radiography AS (${id})`,
    })
    expect(findings[0]?.message).toBe(
      'Radiography AS (radiography): Enrolled (42) is more than seats (30).',
    )
  })
})

describe('explanations', () => {
  it('mark a warning explained only when its own cell has text', () => {
    const on = (explanations: Parameters<typeof educationReport>[1]) =>
      validateReport(educationReport({ seats: 30, enrolled: 42 }, explanations)).map(
        (f) => f.explained,
      )
    expect(on({ enrolled: 'Two cohorts are enrolled at once.' })).toEqual([true])
    expect(on({ seats: 'Two cohorts are enrolled at once.' })).toEqual([false])
    expect(on({ enrolled: '   ' })).toEqual([false])
    expect(on({})).toEqual([false])
  })

  it('never mark an error explained', () => {
    const findings = validateReport(
      educationReport({ applicants: 35, admitted: 40 }, { admitted: 'We admitted walk-ins.' }),
    )
    expect(findings.map((f) => [f.level, f.explained])).toEqual([['error', false]])
  })
})
