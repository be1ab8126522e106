// Small report builders for the rules' tests: `educationReport({ seats: 30, enrolled: 42 })`
// gives a one-program report with every other value empty.
import { ProgramId } from '../domain/ids'
import type { OccupationId } from '../domain/occupations'
import {
  EDUCATION_MEASURES,
  EMPLOYER_MEASURES,
  HIGH_SCHOOL_MEASURES,
  type EducationMeasureKey,
  type EmployerMeasureKey,
  type HighSchoolMeasureKey,
  type MeasureDef,
} from '../reports/measures'
import type {
  EducationReport,
  EducationRow,
  EmployerReport,
  EmployerRow,
  HighSchoolReport,
  HighSchoolRow,
  Program,
} from '../reports/schemas'

type Values<K extends string> = Partial<Record<K, number | null>>
type Notes<K extends string> = Partial<Record<K, string>>

function fill<K extends string>(
  defs: readonly MeasureDef<K>[],
  given: Values<K>,
): Record<K, number | null> {
  return Object.fromEntries(defs.map((d) => [d.key, given[d.key] ?? null])) as Record<
    K,
    number | null
  >
}

export function program(overrides: Partial<Omit<Program, 'id'>> & { id?: string } = {}): Program {
  return {
    name: 'Radiography',
    occupation: 'radiologic-technologists',
    cip: '51.0911',
    credential: 'associate',
    campus: '',
    accreditor: 'JRCERT',
    ...overrides,
    id: ProgramId.parse(overrides.id ?? 'radiography'),
  }
}

export function educationRow(
  programId: string,
  values: Values<EducationMeasureKey>,
  explanations: Notes<EducationMeasureKey> = {},
): EducationRow {
  return {
    programId: ProgramId.parse(programId),
    values: fill(EDUCATION_MEASURES, values),
    explanations,
  }
}

/** One program, "Radiography" (radiologic technologists, CIP 51.0911), with the given values. */
export function educationReport(
  values: Values<EducationMeasureKey> = {},
  explanations: Notes<EducationMeasureKey> = {},
): EducationReport {
  return {
    kind: 'education',
    programs: [program()],
    rows: [educationRow('radiography', values, explanations)],
  }
}

/** Lets a test put an id outside the known list into a report, as data that skipped the schema could. */
export function asOccupation(id: string): OccupationId {
  return id as OccupationId
}

export function employerRow(
  occupation: string,
  values: Values<EmployerMeasureKey>,
  explanations: Notes<EmployerMeasureKey> = {},
): EmployerRow {
  return {
    occupation: asOccupation(occupation),
    values: fill(EMPLOYER_MEASURES, values),
    explanations,
  }
}

/** One row, respiratory therapists, with the given values. */
export function employerReport(
  values: Values<EmployerMeasureKey> = {},
  explanations: Notes<EmployerMeasureKey> = {},
): EmployerReport {
  return { kind: 'employer', rows: [employerRow('respiratory-therapists', values, explanations)] }
}

export function highSchoolRow(
  occupation: string,
  values: Values<HighSchoolMeasureKey>,
  explanations: Notes<HighSchoolMeasureKey> = {},
): HighSchoolRow {
  return {
    occupation: asOccupation(occupation),
    values: fill(HIGH_SCHOOL_MEASURES, values),
    explanations,
  }
}

/** One row, surgical technologists, with the given values. */
export function highSchoolReport(
  values: Values<HighSchoolMeasureKey> = {},
  explanations: Notes<HighSchoolMeasureKey> = {},
): HighSchoolReport {
  return {
    kind: 'high-school',
    rows: [highSchoolRow('surgical-technologists', values, explanations)],
  }
}
