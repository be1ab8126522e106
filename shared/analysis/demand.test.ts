import { describe, expect, it } from 'vitest'
import { employerDemandOf, employerDemandTallies, publishedOpenings } from './demand'
import { inputsOf } from './inputs'
import { CYCLE, employer } from './test-data'
import type { Projection } from './context'

const PROJECTION: Projection = {
  geography: 'Hampden County workforce area',
  vintage: '2022-2032',
  source: 'Massachusetts long-term occupational projections',
  baseYear: 2022,
  baseEmployment: 700,
  projectedYear: 2032,
  projectedEmployment: 760,
  exitsPerYear: 20,
  transfersPerYear: 22,
}

describe('employer-reported demand', () => {
  const employers = inputsOf(
    [
      employer('baystate-health', [
        {
          values: {
            expectedHires12Months: 10,
            openVacancies: 4,
            separations12Months: 6,
            travelerFte: 2.5,
          },
        },
      ]),
      employer('holyoke-medical-center', [
        { values: { openVacancies: 3, separations12Months: 5 } },
      ]),
      employer('cooley-dickinson-hospital', [
        { values: { expectedHires12Months: 7, openVacancies: 2, vacanciesOver90Days: 1 } },
        { occupation: 'surgical-technologists', values: { expectedHires12Months: 99 } },
      ]),
    ],
    CYCLE,
  ).employers

  it('takes expected hires where reported, else vacancies + separations, marked estimated', () => {
    expect(employerDemandOf(employers[0]!.rows.get('radiologic-technologists')!)).toEqual({
      value: 10,
      estimated: false,
    })
    const t = employerDemandTallies(employers, 'radiologic-technologists')
    // 10 (hires) + 3 + 5 (estimated) + 7 (hires) = 25, of which 8 estimated from one employer.
    expect(t.total.value).toBe(25)
    expect(t.total.employers.size).toBe(3)
    expect(t.estimated.value).toBe(8)
    expect([...t.estimated.employers]).toEqual(['holyoke-medical-center'])
    expect(t.parts.expectedHires12Months.value).toBe(17)
  })

  it('shows its parts as reported, each with the employers behind it', () => {
    const { parts } = employerDemandTallies(employers, 'radiologic-technologists')
    expect(parts.openVacancies.value).toBe(9)
    expect(parts.openVacancies.employers.size).toBe(3)
    expect(parts.separations12Months.value).toBe(11)
    expect(parts.vacanciesOver90Days.value).toBe(1)
    expect(parts.travelerFte.value).toBe(2.5)
    expect(parts.expectedRetirements5Years.value).toBeNull()
  })

  it('keeps occupations apart', () => {
    expect(employerDemandTallies(employers, 'surgical-technologists').total.value).toBe(99)
    expect(employerDemandTallies(employers, 'clinical-laboratory').total.value).toBeNull()
  })
})

describe('published openings', () => {
  it('computes (760 − 700) ÷ (2032 − 2022) + 20 + 22 = 48, each part kept', () => {
    const p = publishedOpenings({ projection: PROJECTION })
    expect(p.projection?.netChangePerYear).toBe(6)
    expect(p.projection?.annualOpenings).toBe(48)
    expect([p.value, p.from, p.source]).toEqual([
      48,
      'projection',
      'Massachusetts long-term occupational projections',
    ])
    expect(p.projection?.geography).toBe('Hampden County workforce area')
  })

  it('keeps a shrinking occupation’s negative net change: 700 → 650 is −5 a year', () => {
    const p = publishedOpenings({ projection: { ...PROJECTION, projectedEmployment: 650 } })
    expect(p.projection?.netChangePerYear).toBe(-5)
    expect(p.value).toBe(37)
  })

  it('prefers the publisher’s own figure and checks it against the projection', () => {
    const agrees = publishedOpenings({
      projection: PROJECTION,
      annualOpenings: { value: 49, source: 'annual openings column' },
    })
    expect([agrees.value, agrees.from, agrees.check?.agrees]).toEqual([
      49,
      'published figure',
      true,
    ])
    expect(agrees.check?.words).toBe(
      'The published annual openings (49) agree with the projection (48) within rounding.',
    )
    const differs = publishedOpenings({
      projection: PROJECTION,
      annualOpenings: { value: 52, source: 'annual openings column' },
    })
    expect(differs.check?.agrees).toBe(false)
    expect(differs.check?.words).toBe(
      'The published annual openings (52) differ from the projection (48) by 4; check both figures against the source.',
    )
  })

  it('is unknown without board context', () => {
    expect(publishedOpenings({})).toMatchObject({ value: null, from: null, check: null })
  })
})
