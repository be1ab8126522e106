// zod schemas for the three kinds of report, built from the measure catalogue so that a
// measure added there reaches the schema, the grid and the workbook at once.
import { z } from 'zod'
import { ProgramId } from '../domain/ids'
import { CredentialLevel, OccupationId } from '../domain/occupations'
import {
  EDUCATION_MEASURES,
  EMPLOYER_MEASURES,
  HIGH_SCHOOL_MEASURES,
  UNIT_MAX,
  type MeasureDef,
} from './measures'

/** A reported figure, or null where nothing was entered. */
function valueSchema(def: MeasureDef) {
  const base = z
    .number({ error: `${def.label} must be a number` })
    .refine(Number.isFinite, `${def.label} must be a finite number`)
  const ranged = (
    def.unit === 'count' || def.unit === 'days'
      ? base.refine(Number.isInteger, `${def.label} must be a whole number`)
      : base
  ).refine((n) => n <= UNIT_MAX[def.unit], `${def.label} is larger than ${UNIT_MAX[def.unit]}`)
  return ranged.nullable().default(null)
}

type ValuesShape<K extends string> = { [P in K]: ReturnType<typeof valueSchema> }

function valuesSchema<const D extends readonly MeasureDef[]>(defs: D) {
  const shape = Object.fromEntries(defs.map((d) => [d.key, valueSchema(d)])) as ValuesShape<
    D[number]['key']
  >
  return z.strictObject(shape)
}

/** Short free-text notes kept with values, keyed by measure; required for values a warning flags. */
function explanationsSchema<const D extends readonly MeasureDef[]>(defs: D) {
  const keys = defs.map((d) => d.key) as [D[number]['key'], ...D[number]['key'][]]
  return z.partialRecord(z.enum(keys), z.string().trim().min(1).max(1000)).default({})
}

export const EducationValues = valuesSchema(EDUCATION_MEASURES)
export type EducationValues = z.infer<typeof EducationValues>
export const EmployerValues = valuesSchema(EMPLOYER_MEASURES)
export type EmployerValues = z.infer<typeof EmployerValues>
export const HighSchoolValues = valuesSchema(HIGH_SCHOOL_MEASURES)
export type HighSchoolValues = z.infer<typeof HighSchoolValues>

const Text = (max: number) => z.string().trim().max(max)

export const Program = z.object({
  id: ProgramId,
  occupation: OccupationId,
  name: Text(120).min(1, 'Program name is required'),
  cip: z.string().regex(/^\d{2}\.\d{4}$/, 'CIP code looks like 51.0908'),
  credential: CredentialLevel,
  campus: Text(120).default(''),
  accreditor: Text(60).default(''),
})
export type Program = z.infer<typeof Program>

export const EducationRow = z.object({
  programId: ProgramId,
  values: EducationValues,
  explanations: explanationsSchema(EDUCATION_MEASURES),
})
export type EducationRow = z.infer<typeof EducationRow>

export const EmployerRow = z.object({
  occupation: OccupationId,
  values: EmployerValues,
  explanations: explanationsSchema(EMPLOYER_MEASURES),
})
export type EmployerRow = z.infer<typeof EmployerRow>

export const HighSchoolRow = z.object({
  occupation: OccupationId,
  values: HighSchoolValues,
  explanations: explanationsSchema(HIGH_SCHOOL_MEASURES),
})
export type HighSchoolRow = z.infer<typeof HighSchoolRow>

const uniqueBy =
  <T>(key: (t: T) => string) =>
  (items: T[]) =>
    new Set(items.map(key)).size === items.length

export const EducationReport = z
  .object({
    kind: z.literal('education'),
    programs: z
      .array(Program)
      .max(200)
      .refine(
        uniqueBy((p: Program) => p.id),
        'Two programs share an id',
      ),
    rows: z
      .array(EducationRow)
      .max(200)
      .refine(
        uniqueBy((r: EducationRow) => r.programId),
        'A program appears twice',
      ),
  })
  .refine((r) => r.rows.every((row) => r.programs.some((p) => p.id === row.programId)), {
    message: 'A row refers to a program that is not listed',
    path: ['rows'],
  })
export type EducationReport = z.infer<typeof EducationReport>

export const EmployerReport = z.object({
  kind: z.literal('employer'),
  rows: z
    .array(EmployerRow)
    .max(20)
    .refine(
      uniqueBy((r: EmployerRow) => r.occupation),
      'An occupation appears twice',
    ),
})
export type EmployerReport = z.infer<typeof EmployerReport>

export const HighSchoolReport = z.object({
  kind: z.literal('high-school'),
  rows: z
    .array(HighSchoolRow)
    .max(20)
    .refine(
      uniqueBy((r: HighSchoolRow) => r.occupation),
      'An occupation appears twice',
    ),
})
export type HighSchoolReport = z.infer<typeof HighSchoolReport>

export const Report = z.discriminatedUnion('kind', [
  EducationReport,
  EmployerReport,
  HighSchoolReport,
])
export type Report = z.infer<typeof Report>
export type ReportKind = Report['kind']

export function measuresFor(kind: ReportKind): readonly MeasureDef[] {
  switch (kind) {
    case 'education':
      return EDUCATION_MEASURES
    case 'employer':
      return EMPLOYER_MEASURES
    case 'high-school':
      return HIGH_SCHOOL_MEASURES
  }
}

export function emptyValues(kind: ReportKind): Record<string, null> {
  return Object.fromEntries(measuresFor(kind).map((d) => [d.key, null]))
}
