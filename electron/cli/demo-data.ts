// Fictional partners for `demo`: two colleges, two hospitals and two high schools with figures of
// a plausible size for Western Massachusetts. Every name says "(fictional)" and no id is in the
// partner directory, so that demo files can never pass for a real partner's.
import { InstitutionId, ProgramId } from '../../shared/domain/ids'
import type { OccupationId } from '../../shared/domain/occupations'
import { academicYear, snapshot, type Period } from '../../shared/domain/periods'
import {
  EDUCATION_MEASURES,
  EMPLOYER_MEASURES,
  HIGH_SCHOOL_MEASURES,
  type MeasureDef,
} from '../../shared/reports/measures'
import type { Program, Report } from '../../shared/reports/schemas'

export interface DemoPartner {
  institution: { id: InstitutionId; name: string }
  contact: { name: string; email: string }
  period: Period
  report: Report
}

/** Every measure of the catalogue, in catalogue order, from a list of figures in that order. */
function values<K extends string>(
  defs: readonly MeasureDef<K>[],
  figures: readonly number[],
): Record<K, number> {
  if (figures.length !== defs.length) throw new Error('demo data: one figure per measure')
  return Object.fromEntries(defs.map((d, i) => [d.key, figures[i]])) as Record<K, number>
}

const education = (figures: readonly number[]) => values(EDUCATION_MEASURES, figures)
const employer = (figures: readonly number[]) => values(EMPLOYER_MEASURES, figures)
const highSchool = (figures: readonly number[]) => values(HIGH_SCHOOL_MEASURES, figures)

function program(
  id: string,
  name: string,
  occupation: OccupationId,
  cip: string,
  accreditor: string,
): Program {
  return {
    id: ProgramId.parse(id),
    name,
    occupation,
    cip,
    credential: 'associate',
    campus: '',
    accreditor,
  }
}

function id(text: string): InstitutionId {
  return InstitutionId.parse(text)
}

const AY = academicYear(2025)
const SNAPSHOT = snapshot('2026-10-01')

// Education figures, in catalogue order: seats, applicants, qualified, admitted, waitlisted,
// enrolled, completers, expected next year, exam takers, exam passes, graduates seeking work,
// placed in field, placed in region, clinical slots needed, clinical slots secured, faculty FTE,
// vacant faculty positions, dual enrollment, internships, apprenticeships.
// Employer: budgeted FTE, filled FTE, open vacancies, open > 90 days, median days to fill,
// traveler FTE, separations, expected hires, retirements within 5 years, starting wage low and
// high, clinical student slots, apprenticeship slots.
// High school: grades 9 to 12, dual enrollment, career-awareness reach.
export const DEMO_PARTNERS: readonly DemoPartner[] = [
  {
    institution: {
      id: id('example-community-college'),
      name: 'Example Community College (fictional)',
    },
    contact: { name: 'Pat Registrar', email: 'pat.registrar@example.org' },
    period: AY,
    report: {
      kind: 'education',
      programs: [
        program('radiography', 'Radiography', 'radiologic-technologists', '51.0911', 'JRCERT'),
        program(
          'respiratory-care',
          'Respiratory Care',
          'respiratory-therapists',
          '51.0908',
          'CoARC',
        ),
      ],
      rows: [
        {
          programId: ProgramId.parse('radiography'),
          values: education([
            40, 96, 61, 22, 14, 38, 17, 19, 17, 15, 16, 14, 11, 38, 38, 3.5, 0, 0, 0, 0,
          ]),
          explanations: {},
        },
        {
          programId: ProgramId.parse('respiratory-care'),
          values: education([
            36, 58, 41, 20, 6, 33, 14, 16, 14, 12, 13, 13, 10, 16, 14, 3, 1, 4, 0, 2,
          ]),
          // Fewer clinical slots secured than needed is a warning; this is its explanation.
          explanations: {
            clinicalSlotsSecured:
              'Two slots at a partner hospital wait on a renewed affiliation agreement, expected in January.',
          },
        },
      ],
    },
  },
  {
    institution: {
      id: id('sample-technical-college'),
      name: 'Sample Technical College (fictional)',
    },
    contact: { name: 'Alex Director', email: 'alex.director@example.org' },
    period: AY,
    report: {
      kind: 'education',
      programs: [
        program(
          'surgical-technology',
          'Surgical Technology',
          'surgical-technologists',
          '51.0909',
          'CAAHEP',
        ),
        program('mlt', 'Medical Laboratory Technician', 'clinical-laboratory', '51.1004', 'NAACLS'),
      ],
      rows: [
        {
          programId: ProgramId.parse('surgical-technology'),
          values: education([24, 45, 30, 13, 8, 22, 10, 11, 10, 8, 9, 9, 7, 11, 11, 2, 0, 0, 0, 0]),
          explanations: {},
        },
        {
          programId: ProgramId.parse('mlt'),
          values: education([20, 28, 22, 12, 3, 19, 8, 9, 8, 7, 8, 8, 6, 9, 9, 2.5, 1, 0, 3, 0]),
          explanations: {},
        },
      ],
    },
  },
  {
    institution: {
      id: id('sample-regional-hospital'),
      name: 'Sample Regional Hospital (fictional)',
    },
    contact: { name: 'Sam Recruiter', email: 'sam.recruiter@example.org' },
    period: SNAPSHOT,
    report: {
      kind: 'employer',
      rows: [
        employerRow('respiratory-therapists', [42, 36.5, 6, 2, 68, 3, 5, 8, 6, 31.5, 38.75, 8, 0]),
        employerRow(
          'radiologic-technologists',
          [55, 49.6, 7, 3, 74, 4.5, 7, 9, 9, 33, 41.2, 12, 2],
        ),
        employerRow('surgical-technologists', [30, 26, 4, 1, 81, 2, 4, 5, 3, 27.25, 33.5, 6, 0]),
        employerRow('clinical-laboratory', [38, 33.4, 5, 2, 95, 1.5, 5, 6, 8, 29, 36, 4, 2]),
      ],
    },
  },
  {
    institution: { id: id('example-medical-center'), name: 'Example Medical Center (fictional)' },
    contact: { name: 'Robin Talent', email: 'robin.talent@example.org' },
    period: SNAPSHOT,
    report: {
      kind: 'employer',
      rows: [
        employerRow('respiratory-therapists', [14, 12.2, 2, 1, 60, 1, 2, 3, 2, 30, 35.5, 4, 0]),
        employerRow('radiologic-technologists', [18, 15.8, 3, 1, 55, 1.5, 3, 3, 4, 31, 37, 5, 0]),
        employerRow('surgical-technologists', [10, 9, 1, 0, 45, 0.8, 1, 2, 1, 26.5, 31, 2, 0]),
        employerRow('clinical-laboratory', [12, 10.4, 2, 1, 88, 0.5, 2, 2, 3, 28, 33.25, 2, 0]),
      ],
    },
  },
  {
    institution: {
      id: id('demo-vocational-high-school'),
      name: 'Demo Vocational High School (fictional)',
    },
    contact: { name: 'Casey Coordinator', email: 'casey.coordinator@example.org' },
    period: AY,
    report: {
      kind: 'high-school',
      rows: [
        highSchoolRow('surgical-technologists', [18, 15, 12, 10, 4, 220]),
        highSchoolRow('radiologic-technologists', [12, 11, 9, 8, 3, 180]),
        highSchoolRow('clinical-laboratory', [8, 7, 7, 6, 2, 140]),
        highSchoolRow('respiratory-therapists', [6, 6, 5, 4, 0, 120]),
      ],
    },
  },
  {
    institution: { id: id('example-career-academy'), name: 'Example Career Academy (fictional)' },
    contact: { name: 'Jamie Counselor', email: 'jamie.counselor@example.org' },
    period: AY,
    report: {
      kind: 'high-school',
      rows: [
        highSchoolRow('surgical-technologists', [10, 9, 8, 7, 2, 95]),
        highSchoolRow('clinical-laboratory', [9, 8, 6, 6, 3, 110]),
        highSchoolRow('radiologic-technologists', [7, 7, 5, 5, 1, 90]),
      ],
    },
  },
]

function employerRow(occupation: OccupationId, figures: readonly number[]) {
  return { occupation, values: employer(figures), explanations: {} }
}

function highSchoolRow(occupation: OccupationId, figures: readonly number[]) {
  return { occupation, values: highSchool(figures), explanations: {} }
}
