// The measure catalogue: every figure a partner reports, with its unit, its section in the
// grid and workbook, and the plain-language definition shown in column help. Schemas, rules,
// the grid and the workbook are all built from this one list.

export type Unit = 'count' | 'fte' | 'days' | 'dollars-per-hour'

export interface MeasureDef<K extends string = string> {
  readonly key: K
  readonly label: string
  /** Short column header for the grid and workbook. */
  readonly short: string
  readonly unit: Unit
  readonly section: string
  readonly required: boolean
  readonly definition: string
}

export interface RateDef<K extends string = string> {
  readonly key: string
  readonly label: string
  readonly numerator: K
  readonly denominator: K
  readonly definition: string
}

function m<K extends string>(
  key: K,
  label: string,
  short: string,
  unit: Unit,
  section: string,
  definition: string,
  required = false,
): MeasureDef<K> {
  return { key, label, short, unit, section, required, definition }
}

const CAP = 'Capacity and admissions'
const ENR = 'Enrollment and completion'
const OUT = 'Outcomes'
const CLI = 'Clinical and faculty'
const PATH = 'Pathways'

export const EDUCATION_MEASURES = [
  m(
    'seats',
    'Seats (capacity)',
    'Seats',
    'count',
    CAP,
    'Students the program can hold at one time, all cohorts together (two cohorts of 20 = 40 seats).',
    true,
  ),
  m(
    'applicants',
    'Applicants',
    'Applicants',
    'count',
    CAP,
    'Everyone who submitted a complete application for this year’s entering class.',
    true,
  ),
  m(
    'qualifiedApplicants',
    'Qualified applicants',
    'Qualified',
    'count',
    CAP,
    'Applicants who met every admission requirement, whether or not they were admitted.',
  ),
  m('admitted', 'Admitted', 'Admitted', 'count', CAP, 'Qualified applicants offered a seat.'),
  m(
    'waitlisted',
    'Waitlisted',
    'Waitlisted',
    'count',
    CAP,
    'Qualified applicants on the waitlist when the class started.',
  ),
  m(
    'enrolled',
    'Enrolled at fall census',
    'Enrolled',
    'count',
    ENR,
    'Students enrolled in the program on the fall census date, all cohorts.',
    true,
  ),
  m(
    'completers',
    'Completers',
    'Completers',
    'count',
    ENR,
    'Students who completed the program during the period (as reported to IPEDS completions).',
    true,
  ),
  m(
    'expectedCompletersNextYear',
    'Expected completers next year',
    'Expected next yr',
    'count',
    ENR,
    'Students you expect to complete in the next period.',
    true,
  ),
  m(
    'examTakers',
    'First-attempt exam takers',
    'Exam takers',
    'count',
    OUT,
    'Graduates who took the credentialing exam for the first time (JRCERT: within 6 months of graduation; NAACLS: within 1 year).',
  ),
  m(
    'examPasses',
    'First-attempt exam passes',
    'Exam passes',
    'count',
    OUT,
    'Of the first-attempt takers, those who passed on that first attempt.',
  ),
  m(
    'graduatesSeeking',
    'Graduates seeking work',
    'Seeking work',
    'count',
    OUT,
    'Graduates actively seeking employment within 12 months. Leave out those continuing their education, in military service or not seeking work.',
  ),
  m(
    'placedInField',
    'Placed in field',
    'Placed in field',
    'count',
    OUT,
    'Of the graduates seeking work, those employed in the field within 12 months.',
  ),
  m(
    'placedInRegion',
    'Placed in region',
    'Placed in region',
    'count',
    OUT,
    'Of those placed in field, those working in Hampden, Hampshire or Franklin county.',
  ),
  m(
    'clinicalSlotsNeeded',
    'Clinical placement slots needed',
    'Clinical needed',
    'count',
    CLI,
    'Clinical placement slots the program needs for its enrolled students this year.',
  ),
  m(
    'clinicalSlotsSecured',
    'Clinical placement slots secured',
    'Clinical secured',
    'count',
    CLI,
    'Clinical placement slots confirmed with hospitals and clinics this year.',
  ),
  m(
    'facultyFte',
    'Faculty FTE',
    'Faculty FTE',
    'fte',
    CLI,
    'Full-time-equivalent faculty teaching in the program (a full-time position is 1.0).',
  ),
  m(
    'facultyVacancies',
    'Vacant faculty positions',
    'Faculty vacant',
    'count',
    CLI,
    'Budgeted faculty positions that are unfilled and being recruited.',
  ),
  m(
    'dualEnrollment',
    'Dual-enrollment participants',
    'Dual enrollment',
    'count',
    PATH,
    'High-school students taking this program’s courses for college credit.',
  ),
  m(
    'internships',
    'Internship participants',
    'Internships',
    'count',
    PATH,
    'Students in a paid or unpaid internship connected to the program.',
  ),
  m(
    'apprenticeships',
    'Apprenticeship participants',
    'Apprentices',
    'count',
    PATH,
    'Students in a registered apprenticeship connected to the program.',
  ),
] as const

const STAFF = 'Staffing'
const FLOW = 'Turnover and outlook'
const WAGE = 'Wages'
const TRAIN = 'Training partnerships'

export const EMPLOYER_MEASURES = [
  m(
    'budgetedFte',
    'Budgeted FTE',
    'Budgeted FTE',
    'fte',
    STAFF,
    'Full-time-equivalent positions in the approved budget on the snapshot date.',
    true,
  ),
  m(
    'filledFte',
    'Filled FTE',
    'Filled FTE',
    'fte',
    STAFF,
    'Budgeted FTE filled by your own employees on the snapshot date (not travelers).',
    true,
  ),
  m(
    'openVacancies',
    'Open vacancies',
    'Vacancies',
    'count',
    STAFF,
    'Unfilled positions being actively recruited on the snapshot date.',
    true,
  ),
  m(
    'vacanciesOver90Days',
    'Vacancies open more than 90 days',
    'Open > 90 days',
    'count',
    STAFF,
    'Of the open vacancies, those posted more than 90 days ago.',
  ),
  m(
    'medianDaysToFill',
    'Median days to fill',
    'Days to fill',
    'days',
    STAFF,
    'Median days from posting to accepted offer over the last 12 months.',
  ),
  m(
    'travelerFte',
    'Traveler / agency FTE',
    'Traveler FTE',
    'fte',
    STAFF,
    'FTE worked by traveler or agency staff on the snapshot date.',
  ),
  m(
    'separations12Months',
    'Separations, last 12 months',
    'Separations',
    'count',
    FLOW,
    'Employees who left the occupation at your organisation in the last 12 months, for any reason.',
    true,
  ),
  m(
    'expectedHires12Months',
    'Expected hires, next 12 months',
    'Expected hires',
    'count',
    FLOW,
    'People you expect to hire into the occupation in the next 12 months.',
    true,
  ),
  m(
    'expectedRetirements5Years',
    'Expected retirements within 5 years',
    'Retirements 5 yr',
    'count',
    FLOW,
    'Employees you expect to retire within five years.',
  ),
  m(
    'startingWageMin',
    'Starting wage, low',
    'Wage from $/h',
    'dollars-per-hour',
    WAGE,
    'Lowest starting hourly wage offered to a new graduate, in dollars per hour.',
  ),
  m(
    'startingWageMax',
    'Starting wage, high',
    'Wage to $/h',
    'dollars-per-hour',
    WAGE,
    'Highest starting hourly wage offered to a new graduate, in dollars per hour.',
  ),
  m(
    'clinicalStudentSlots',
    'Clinical student slots hosted',
    'Clinical slots',
    'count',
    TRAIN,
    'Clinical placement slots you host for students in a year.',
  ),
  m(
    'apprenticeshipSlots',
    'Apprenticeship slots offered',
    'Apprentice slots',
    'count',
    TRAIN,
    'Registered apprenticeship positions you offer in a year.',
  ),
] as const

const HS_ENR = 'Pathway enrollment'
const HS_REACH = 'Dual enrollment and reach'

export const HIGH_SCHOOL_MEASURES = [
  m(
    'grade9',
    'Pathway enrollment, grade 9',
    'Grade 9',
    'count',
    HS_ENR,
    'Grade 9 students enrolled in a health pathway leading toward this occupation.',
    true,
  ),
  m(
    'grade10',
    'Pathway enrollment, grade 10',
    'Grade 10',
    'count',
    HS_ENR,
    'Grade 10 students enrolled in a health pathway leading toward this occupation.',
    true,
  ),
  m(
    'grade11',
    'Pathway enrollment, grade 11',
    'Grade 11',
    'count',
    HS_ENR,
    'Grade 11 students enrolled in a health pathway leading toward this occupation.',
    true,
  ),
  m(
    'grade12',
    'Pathway enrollment, grade 12',
    'Grade 12',
    'count',
    HS_ENR,
    'Grade 12 students enrolled in a health pathway leading toward this occupation.',
    true,
  ),
  m(
    'dualEnrollment',
    'Dual-enrollment participants',
    'Dual enrollment',
    'count',
    HS_REACH,
    'Students taking college courses for credit related to this occupation.',
  ),
  m(
    'careerAwarenessReach',
    'Students reached by career awareness',
    'Awareness reach',
    'count',
    HS_REACH,
    'Students reached by career-awareness activities about this occupation (fairs, talks, job shadows).',
  ),
] as const

export type EducationMeasureKey = (typeof EDUCATION_MEASURES)[number]['key']
export type EmployerMeasureKey = (typeof EMPLOYER_MEASURES)[number]['key']
export type HighSchoolMeasureKey = (typeof HIGH_SCHOOL_MEASURES)[number]['key']

export const EDUCATION_RATES: readonly RateDef<EducationMeasureKey>[] = [
  {
    key: 'firstAttemptPassRate',
    label: 'Credentialing (exam) rate',
    numerator: 'examPasses',
    denominator: 'examTakers',
    definition: 'First-attempt passes ÷ first-attempt takers.',
  },
  {
    key: 'placementRate',
    label: 'Job placement rate',
    numerator: 'placedInField',
    denominator: 'graduatesSeeking',
    definition:
      'Graduates employed in the field ÷ graduates actively seeking employment, within 12 months.',
  },
]

export const UNIT_LABELS: Record<Unit, string> = {
  count: 'number of people or positions',
  fte: 'full-time equivalents (1.0 = one full-time position)',
  days: 'days',
  'dollars-per-hour': 'US dollars per hour',
}

/** Decimal places a unit is entered and shown with. */
export const UNIT_DECIMALS: Record<Unit, number> = {
  count: 0,
  fte: 2,
  days: 0,
  'dollars-per-hour': 2,
}

/** Largest value accepted for a unit: a guard against typos such as an extra zero row, not a policy. */
export const UNIT_MAX: Record<Unit, number> = {
  count: 100_000,
  fte: 10_000,
  days: 3_650,
  'dollars-per-hour': 1_000,
}

export function sectionsOf(
  measures: readonly MeasureDef[],
): { section: string; measures: MeasureDef[] }[] {
  const out: { section: string; measures: MeasureDef[] }[] = []
  for (const measure of measures) {
    const last = out.at(-1)
    if (last?.section === measure.section) last.measures.push(measure)
    else out.push({ section: measure.section, measures: [measure] })
  }
  return out
}
