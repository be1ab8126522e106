import { describe, expect, it } from 'vitest'
import type { EducationMeasureKey } from '../reports/measures'
import type { EducationReport } from '../reports/schemas'
import { validateReport } from './validate'
import { asOccupation, educationReport, educationRow, program } from './test-reports'

type Values = Partial<Record<EducationMeasureKey, number | null>>

const messages = (values: Values) => validateReport(educationReport(values)).map((f) => f.message)
const rules = (values: Values) => validateReport(educationReport(values)).map((f) => f.rule)

describe('comparisons between a program’s figures', () => {
  const cases: {
    rule: string
    level: 'error' | 'warning'
    fires: Values
    holds: Values
    message: string
  }[] = [
    {
      rule: 'qualified-above-applicants',
      level: 'error',
      fires: { applicants: 35, qualifiedApplicants: 36 },
      holds: { applicants: 35, qualifiedApplicants: 35 },
      message: 'Qualified applicants (36) is more than applicants (35).',
    },
    {
      rule: 'admitted-above-applicants',
      level: 'error',
      fires: { applicants: 35, admitted: 40 },
      holds: { applicants: 35, admitted: 35 },
      message: 'Admitted (40) is more than applicants (35).',
    },
    {
      rule: 'enrolled-above-seats',
      level: 'warning',
      fires: { seats: 30, enrolled: 42 },
      holds: { seats: 30, enrolled: 30 },
      message: 'Enrolled (42) is more than seats (30).',
    },
    {
      rule: 'completers-above-enrolled',
      level: 'warning',
      fires: { enrolled: 30, completers: 31 },
      holds: { enrolled: 30, completers: 30 },
      message: 'Completers (31) is more than enrolled (30).',
    },
    {
      rule: 'exam-passes-above-exam-takers',
      level: 'error',
      fires: { examTakers: 10, examPasses: 12 },
      holds: { examTakers: 10, examPasses: 10 },
      message: 'First-attempt exam passes (12) is more than first-attempt exam takers (10).',
    },
    {
      rule: 'placed-in-field-above-graduates-seeking',
      level: 'error',
      fires: { graduatesSeeking: 12, placedInField: 14 },
      holds: { graduatesSeeking: 12, placedInField: 12 },
      message: 'Placed in field (14) is more than graduates seeking work (12).',
    },
    {
      rule: 'placed-in-region-above-placed-in-field',
      level: 'error',
      fires: { placedInField: 7, placedInRegion: 9 },
      holds: { placedInField: 7, placedInRegion: 7 },
      message: 'Placed in region (9) is more than placed in field (7).',
    },
    {
      rule: 'clinical-secured-below-needed',
      level: 'warning',
      fires: { clinicalSlotsNeeded: 12, clinicalSlotsSecured: 8 },
      holds: { clinicalSlotsNeeded: 12, clinicalSlotsSecured: 12 },
      message: 'Clinical placement slots secured (8) are fewer than needed (12).',
    },
  ]

  for (const c of cases) {
    it(`${c.rule} fires past the boundary and not at it`, () => {
      const [f, ...rest] = validateReport(educationReport(c.fires))
      expect(rest).toEqual([])
      expect(f?.rule).toBe(c.rule)
      expect(f?.level).toBe(c.level)
      expect(f?.message).toBe(`Radiography: ${c.message}`)
      expect(rules(c.holds)).toEqual([])
    })
  }

  it('attaches to the checked cell and names the other measure', () => {
    const [f] = validateReport(educationReport({ seats: 30, enrolled: 42 }))
    expect(f).toMatchObject({ rowId: 'radiography', measure: 'enrolled', related: ['seats'] })
    const [clinical] = validateReport(
      educationReport({ clinicalSlotsNeeded: 12, clinicalSlotsSecured: 8 }),
    )
    expect(clinical).toMatchObject({
      measure: 'clinicalSlotsSecured',
      related: ['clinicalSlotsNeeded'],
    })
  })

  it('stays quiet while either value is empty', () => {
    expect(rules({ seats: null, enrolled: 42 })).toEqual([])
    expect(rules({ examTakers: 10, examPasses: null })).toEqual([])
  })

  it('writes large counts with thousands separators', () => {
    expect(messages({ applicants: 1_200, admitted: 1_234 })).toEqual([
      'Radiography: Admitted (1,234) is more than applicants (1,200).',
    ])
  })
})

function withProgram(overrides: Parameters<typeof program>[0]): EducationReport {
  return { ...educationReport(), programs: [program(overrides)] }
}

describe('program codes', () => {
  it('accepts every code of the program’s own occupation', () => {
    expect(validateReport(withProgram({ cip: '51.0911' }))).toEqual([])
    expect(
      validateReport(withProgram({ occupation: 'respiratory-therapists', cip: '51.0812' })),
    ).toEqual([])
  })

  it('cip-unknown names the codes to use', () => {
    expect(validateReport(withProgram({ cip: '51.0907' }))).toEqual([
      {
        level: 'error',
        rule: 'cip-unknown',
        rowId: 'radiography',
        measure: 'cip',
        related: ['occupation'],
        message:
          'Radiography: CIP 51.0907 is not a code for Radiologic technologists; use 51.0911.',
        explained: false,
      },
    ])
    const [lab] = validateReport(withProgram({ occupation: 'clinical-laboratory', cip: '51.1000' }))
    expect(lab?.message).toBe(
      'Radiography: CIP 51.1000 is not a code for Clinical laboratory technologists and technicians; use 51.1005 or 51.1004.',
    )
  })

  it('cip-other-occupation fires for a code that belongs to another occupation', () => {
    const [f] = validateReport(withProgram({ cip: '51.0908' }))
    expect(f?.rule).toBe('cip-other-occupation')
    expect(f?.message).toBe(
      'Radiography: CIP 51.0908 is a code for Respiratory therapists, not Radiologic technologists; use 51.0911.',
    )
  })

  it('occupation-unknown fires for an occupation outside the list', () => {
    const findings = validateReport(
      withProgram({ occupation: asOccupation('nursing'), cip: '51.3801' }),
    )
    expect(findings.map((f) => [f.rule, f.measure, f.message])).toEqual([
      [
        'occupation-unknown',
        'occupation',
        'Radiography: Occupation "nursing" is not one the work group tracks.',
      ],
      [
        'cip-unknown',
        'cip',
        'Radiography: CIP 51.3801 is not a code for any occupation the work group tracks.',
      ],
    ])
    expect(
      validateReport(withProgram({ occupation: asOccupation('nursing'), cip: '51.0911' })).map(
        (f) => f.rule,
      ),
    ).toEqual(['occupation-unknown'])
  })

  it('program-missing fires for a row whose program is not listed', () => {
    const report: EducationReport = {
      ...educationReport({ seats: 30, enrolled: 42 }),
      programs: [],
    }
    expect(validateReport(report).map((f) => [f.rule, f.level, f.measure, f.message])).toEqual([
      [
        'program-missing',
        'error',
        'programId',
        "radiography: This row's program is not in the report's list of programs; add the program or remove the row.",
      ],
      [
        'enrolled-above-seats',
        'warning',
        'enrolled',
        'radiography: Enrolled (42) is more than seats (30).',
      ],
    ])
  })

  it('checks a listed program that has no row yet, after the rows', () => {
    const report: EducationReport = {
      kind: 'education',
      programs: [
        program({ id: 'surgical', name: 'Surgical Technology', cip: '51.0909' }),
        program(),
      ],
      rows: [educationRow('radiography', { seats: 30, enrolled: 42 })],
    }
    expect(validateReport(report).map((f) => [f.rowId, f.rule])).toEqual([
      ['radiography', 'enrolled-above-seats'],
      ['surgical', 'cip-other-occupation'],
    ])
  })

  it('duplicate-row fires on the second row for the same program', () => {
    const report: EducationReport = {
      ...educationReport(),
      rows: [educationRow('radiography', {}), educationRow('radiography', {})],
    }
    expect(validateReport(report).map((f) => [f.rule, f.message])).toEqual([
      [
        'duplicate-row',
        'Radiography: This program has more than one row; keep one and delete the others.',
      ],
    ])
  })
})
