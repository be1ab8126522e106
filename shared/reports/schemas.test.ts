import { describe, expect, it } from 'vitest'
import { EDUCATION_MEASURES, EMPLOYER_MEASURES, HIGH_SCHOOL_MEASURES } from './measures'
import { EducationReport, EmployerValues, Report, emptyValues } from './schemas'

const program = {
  id: 'p1',
  occupation: 'radiologic-technologists',
  name: 'Radiologic Technology AS',
  cip: '51.0911',
  credential: 'associate',
}

describe('report schemas', () => {
  it('fills every measure with null when nothing was entered', () => {
    const parsed = EducationReport.parse({
      kind: 'education',
      programs: [program],
      rows: [{ programId: 'p1', values: {} }],
    })
    expect(Object.keys(parsed.rows[0]!.values)).toEqual(EDUCATION_MEASURES.map((m) => m.key))
    expect(Object.values(parsed.rows[0]!.values).every((v) => v === null)).toBe(true)
    expect(parsed.rows[0]!.explanations).toEqual({})
  })

  it('refuses fractions of people, unknown measures and non-finite numbers', () => {
    const row = (values: object) => ({
      kind: 'education',
      programs: [program],
      rows: [{ programId: 'p1', values }],
    })
    expect(EducationReport.safeParse(row({ seats: 2.5 })).error?.issues[0]?.message).toBe(
      'Seats (capacity) must be a whole number',
    )
    expect(EducationReport.safeParse(row({ seatz: 3 })).success).toBe(false)
    expect(EducationReport.safeParse(row({ seats: Number.NaN })).success).toBe(false)
    expect(EducationReport.safeParse(row({ seats: 1_000_000 })).error?.issues[0]?.message).toBe(
      'Seats (capacity) is larger than 100000',
    )
  })

  it('takes FTE and wages with decimals', () => {
    const values = EmployerValues.parse({ budgetedFte: 12.5, startingWageMin: 31.25 })
    expect(values.budgetedFte).toBe(12.5)
    expect(values.startingWageMin).toBe(31.25)
  })

  it('refuses a row that points at no program, and a repeated occupation', () => {
    expect(
      EducationReport.safeParse({
        kind: 'education',
        programs: [program],
        rows: [{ programId: 'p2', values: {} }],
      }).success,
    ).toBe(false)
    const row = { occupation: 'surgical-technologists', values: {} }
    expect(Report.safeParse({ kind: 'employer', rows: [row, row] }).success).toBe(false)
  })

  it('keeps an explanation with its value and refuses one for an unknown measure', () => {
    const ok = Report.parse({
      kind: 'high-school',
      rows: [
        {
          occupation: 'surgical-technologists',
          values: { grade9: 4 },
          explanations: { grade9: 'New pathway' },
        },
      ],
    })
    expect(ok.rows[0]?.explanations).toEqual({ grade9: 'New pathway' })
    expect(
      Report.safeParse({
        kind: 'high-school',
        rows: [{ occupation: 'surgical-technologists', values: {}, explanations: { nope: 'x' } }],
      }).success,
    ).toBe(false)
  })

  it('gives every measure a definition and a unique key per report kind', () => {
    for (const list of [EDUCATION_MEASURES, EMPLOYER_MEASURES, HIGH_SCHOOL_MEASURES]) {
      expect(new Set(list.map((m) => m.key)).size).toBe(list.length)
      for (const m of list) expect(m.definition.length).toBeGreaterThan(20)
    }
    expect(Object.keys(emptyValues('employer'))).toHaveLength(EMPLOYER_MEASURES.length)
  })
})
