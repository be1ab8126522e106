// A small region, worked by hand in analysis.test.ts: one radiography program with three years
// of outcomes, three hospitals reporting radiologic technologists, and only two reporting
// surgical technologists (so those figures are confidential).
import { readBoardContext, type BoardContext } from './context'
import { education, employer, highSchool } from './test-data'

export const RADIOGRAPHY_2025 = {
  seats: 24,
  applicants: 90,
  qualifiedApplicants: 30,
  admitted: 27,
  enrolled: 22,
  completers: 17,
  expectedCompletersNextYear: 20,
  examTakers: 10,
  examPasses: 9,
  graduatesSeeking: 16,
  placedInField: 12,
  placedInRegion: 9,
  clinicalSlotsNeeded: 24,
  clinicalSlotsSecured: 18,
  facultyFte: 4,
  facultyVacancies: 1,
  apprenticeships: 2,
}

export function region() {
  return [
    education('holyoke-community-college', 2023, [
      { id: 'radiography', name: 'Radiography', values: { examTakers: 12, examPasses: 9 } },
    ]),
    education('holyoke-community-college', 2024, [
      { id: 'radiography', name: 'Radiography', values: { examTakers: 8, examPasses: 6 } },
    ]),
    education('holyoke-community-college', 2025, [
      { id: 'radiography', name: 'Radiography', values: RADIOGRAPHY_2025 },
    ]),
    employer('baystate-health', [
      {
        values: {
          expectedHires12Months: 10,
          openVacancies: 4,
          separations12Months: 6,
          filledFte: 200,
          clinicalStudentSlots: 10,
          apprenticeshipSlots: 3,
        },
      },
      {
        occupation: 'surgical-technologists',
        values: { expectedHires12Months: 5, filledFte: 30, clinicalStudentSlots: 4 },
      },
    ]),
    employer('holyoke-medical-center', [
      {
        values: {
          openVacancies: 3,
          separations12Months: 5,
          filledFte: 120,
          clinicalStudentSlots: 10,
        },
      },
      {
        occupation: 'surgical-technologists',
        values: { expectedHires12Months: 3, filledFte: 20, clinicalStudentSlots: 4 },
      },
    ]),
    employer('cooley-dickinson-hospital', [
      {
        values: {
          expectedHires12Months: 7,
          openVacancies: 2,
          separations12Months: 1,
          filledFte: 100,
          clinicalStudentSlots: 10,
        },
      },
    ]),
    highSchool('putnam-academy', 2025, [
      { values: { grade9: 10, grade10: 8, grade11: 6, grade12: 4, dualEnrollment: 3 } },
    ]),
  ]
}

export function regionContext(): BoardContext {
  const read = readBoardContext(
    JSON.stringify({
      format: 'allied-pipeline-board-context',
      formatVersion: 1,
      defaults: { passShare: 0.85, placementShare: 0.85, inRegionShare: 0.7 },
      occupations: {
        'radiologic-technologists': {
          projection: {
            geography: 'Hampden County workforce area',
            vintage: '2022-2032',
            source: 'Massachusetts long-term occupational projections',
            baseYear: 2022,
            baseEmployment: 700,
            projectedYear: 2032,
            projectedEmployment: 760,
            exitsPerYear: 20,
            transfersPerYear: 22,
          },
          annualOpenings: { value: 48, source: "the same table's annual openings column" },
          regionalEmployment: { value: 700, source: 'OEWS May 2024, Springfield MA' },
        },
      },
    }),
  )
  if (!read.ok) throw new Error(read.problem)
  return read.context
}
