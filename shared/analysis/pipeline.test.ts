import { describe, expect, it } from 'vitest'
import {
  capacityLimits,
  capacityOf,
  effectiveCapacity,
  pipelineAheadOf,
  pipelineOf,
} from './pipeline'
import { inputsOf } from './inputs'
import { CYCLE, highSchool, programInput } from './test-data'
import { EDUCATION_MEASURES } from '../reports/measures'
import type { EducationValues } from '../reports/schemas'

function values(v: Partial<EducationValues>): EducationValues {
  return Object.fromEntries(
    EDUCATION_MEASURES.map((m) => [m.key, v[m.key] ?? null]),
  ) as EducationValues
}

describe('the pipeline', () => {
  it('runs the funnel from applicants to placed in region, and counts who was turned away', () => {
    const p = pipelineOf([
      programInput([
        {
          year: 2025,
          values: {
            applicants: 120,
            qualifiedApplicants: 60,
            admitted: 24,
            enrolled: 22,
            completers: 18,
            examPasses: 15,
            placedInField: 14,
            placedInRegion: 11,
          },
        },
      ]),
    ])
    expect(p.funnel.map((s) => `${s.label}: ${s.value}`)).toEqual([
      'Applicants: 120',
      'Qualified applicants: 60',
      'Admitted: 24',
      'Enrolled: 22',
      'Completers: 18',
      'Passed the exam on the first attempt: 15',
      'Placed in field: 14',
      'Placed in region: 11',
    ])
    expect(p.turnedAway).toBe(36)
  })

  it('names clinical placements as the binding constraint: 18 secured for 24 needed', () => {
    const c = capacityOf([
      values({
        seats: 24,
        qualifiedApplicants: 30,
        admitted: 27,
        clinicalSlotsNeeded: 24,
        clinicalSlotsSecured: 18,
        facultyFte: 4,
        facultyVacancies: 1,
      }),
    ])
    // seats 27/30 = 0.9, clinical 18/24 = 0.75, faculty 4/5 = 0.8: clinical binds.
    expect(c.binding?.kind).toBe('clinical')
    expect(c.words).toBe('Clinical placements: 18 secured for 24 needed')
    expect(c.constraints.map((k) => k.words)).toEqual([
      'Seats: 3 qualified applicants turned away (27 admitted of 30 qualified)',
      'Clinical placements: 18 secured for 24 needed',
      'Faculty: 1 position vacant (4 FTE filled of 5)',
    ])
  })

  it('names seats when qualified applicants are turned away and nothing else is short', () => {
    const c = capacityOf([
      values({
        qualifiedApplicants: 52,
        admitted: 40,
        clinicalSlotsNeeded: 20,
        clinicalSlotsSecured: 22,
      }),
    ])
    expect(c.words).toBe('Seats: 12 qualified applicants turned away (40 admitted of 52 qualified)')
  })

  it('says when no limit binds, and when no capacity figures were reported', () => {
    expect(
      capacityOf([
        values({ qualifiedApplicants: 20, admitted: 20, facultyFte: 3, facultyVacancies: 0 }),
      ]).words,
    ).toBe(
      'No capacity limit binds: qualified applicants admitted, clinical placements secured and faculty positions filled',
    )
    expect(capacityOf([values({})]).words).toBe('No capacity figures reported')
  })

  it('pools programs for the occupation’s constraint, leaving out a program that reported half a pair', () => {
    const c = capacityOf([
      values({ clinicalSlotsNeeded: 10, clinicalSlotsSecured: 10 }),
      values({ clinicalSlotsNeeded: 14, clinicalSlotsSecured: 8 }),
      values({ clinicalSlotsNeeded: 30 }),
    ])
    expect(c.words).toBe('Clinical placements: 18 secured for 24 needed')
    expect(c.clinicalSlotsNeeded).toBe(54)
  })

  it('counts what a program can train in students: 40 seats, 30 of 40 slots for 40 enrolled, is 30', () => {
    const limits = capacityLimits(
      values({
        seats: 40,
        enrolled: 40,
        clinicalSlotsNeeded: 40,
        clinicalSlotsSecured: 30,
        facultyFte: 4,
        facultyVacancies: 0,
      }),
    )
    expect(limits).toEqual({ seats: 40, clinical: 30, faculty: 40 })
    expect(effectiveCapacity(limits)).toBe(30)
    // Two slots per student: 30 slots for 20 students needing 40 place 15.
    expect(
      capacityLimits(values({ enrolled: 20, clinicalSlotsNeeded: 40, clinicalSlotsSecured: 30 }))
        .clinical,
    ).toBe(15)
    expect(effectiveCapacity(capacityLimits(values({})))).toBeNull()
  })

  it('shows high-school pathway enrollment and dual enrollment as the pipeline ahead', () => {
    const { highSchools } = inputsOf(
      [
        highSchool('putnam-academy', 2025, [
          {
            values: {
              grade9: 10,
              grade10: 8,
              grade11: 6,
              grade12: 4,
              dualEnrollment: 3,
              careerAwarenessReach: 200,
            },
          },
        ]),
        highSchool('chicopee-comprehensive-high-school', 2025, [
          { values: { grade9: 5, grade10: 5, grade11: 5, grade12: 5 } },
        ]),
        highSchool('springfield-renaissance-school', 2025, [
          {
            occupation: 'surgical-technologists',
            values: { grade9: 50, grade10: 0, grade11: 0, grade12: 0 },
          },
        ]),
        highSchool('putnam-academy', 2024, [
          { values: { grade9: 999, grade10: 0, grade11: 0, grade12: 0 } },
        ]),
      ],
      CYCLE,
    )
    const ahead = pipelineAheadOf(
      highSchools,
      [programInput([{ year: 2025, values: { dualEnrollment: 7 } }])],
      'radiologic-technologists',
    )
    expect(ahead).toEqual({
      byGrade: { grade9: 15, grade10: 13, grade11: 11, grade12: 9 },
      pathwayEnrollment: 48,
      highSchoolDualEnrollment: 3,
      collegeDualEnrollment: 7,
      careerAwarenessReach: 200,
      schools: 2,
    })
  })
})
