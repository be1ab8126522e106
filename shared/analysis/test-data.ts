// Builders for the analysis tests: submissions of each kind with only the figures a test is
// about, everything else left blank, parsed by the real schema so they are what a board holds.
import { EDUCATION_MEASURES, EMPLOYER_MEASURES, HIGH_SCHOOL_MEASURES } from '../reports/measures'
import type { EducationValues, EmployerValues, HighSchoolValues } from '../reports/schemas'
import type { OccupationId } from '../domain/occupations'
import { academicYear, snapshot, type Period } from '../domain/periods'
import { defaultCycle } from '../intake/cycle'
import { Submission } from '../submission/payload'
import type { ProgramInput } from './inputs'
import { programKey } from './inputs'
import { InstitutionId, ProgramId } from '../domain/ids'

export const CYCLE = defaultCycle(2025)
/** A snapshot date inside CYCLE's employer window. */
export const SNAPSHOT = '2026-10-01'

let serial = 0

function header(institution: string, role: Submission['header']['role'], period: Period) {
  serial += 1
  return {
    format: 'allied-pipeline-submission',
    formatVersion: 1,
    schemaVersion: 1,
    submissionId: `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
    institution: { id: institution, name: nameOf(institution) },
    contact: { name: 'Pat Jones', email: 'pat@example.org' },
    role,
    period,
    revision: 1,
    supersedes: null,
    createdAt: '2026-11-01T12:00:00.000Z',
    keyId: 'a'.repeat(64),
  }
}

function nameOf(id: string): string {
  return id.replace(
    /(^|-)([a-z])/g,
    (_, dash: string, c: string) => `${dash ? ' ' : ''}${c.toUpperCase()}`,
  )
}

function fill<K extends string>(
  defs: readonly { key: K }[],
  values: Partial<Record<K, number | null>>,
): Record<K, number | null> {
  return Object.fromEntries(defs.map((d) => [d.key, values[d.key] ?? null])) as Record<
    K,
    number | null
  >
}

export interface ProgramFigures {
  readonly id?: string
  readonly name?: string
  readonly occupation?: OccupationId
  readonly values: Partial<EducationValues>
}

export function education(
  institution: string,
  year: number,
  programs: readonly ProgramFigures[],
): Submission {
  const list = programs.map((p, i) => ({
    id: p.id ?? `program-${i + 1}`,
    name: p.name ?? `Program ${i + 1}`,
    occupation: p.occupation ?? 'radiologic-technologists',
    cip: '51.0911',
    credential: 'associate',
  }))
  return Submission.parse({
    header: header(institution, 'education', academicYear(year)),
    report: {
      kind: 'education',
      programs: list,
      rows: programs.map((p, i) => ({
        programId: list[i]?.id,
        values: fill(EDUCATION_MEASURES, p.values),
      })),
    },
  })
}

export function employer(
  institution: string,
  rows: readonly { occupation?: OccupationId; values: Partial<EmployerValues> }[],
  date = SNAPSHOT,
): Submission {
  return Submission.parse({
    header: header(institution, 'employer', snapshot(date)),
    report: {
      kind: 'employer',
      rows: rows.map((r) => ({
        occupation: r.occupation ?? 'radiologic-technologists',
        values: fill(EMPLOYER_MEASURES, r.values),
      })),
    },
  })
}

export function highSchool(
  institution: string,
  year: number,
  rows: readonly { occupation?: OccupationId; values: Partial<HighSchoolValues> }[],
): Submission {
  return Submission.parse({
    header: header(institution, 'high-school', academicYear(year)),
    report: {
      kind: 'high-school',
      rows: rows.map((r) => ({
        occupation: r.occupation ?? 'radiologic-technologists',
        values: fill(HIGH_SCHOOL_MEASURES, r.values),
      })),
    },
  })
}

/** One program's input as the analysis sees it, with years newest first. */
export function programInput(
  years: readonly { year: number; values: Partial<EducationValues> }[],
  cycleYear = CYCLE.startYear,
): ProgramInput {
  const held = [...years]
    .sort((a, b) => b.year - a.year)
    .map((y) => ({ year: y.year, values: fill(EDUCATION_MEASURES, y.values) }))
  return {
    key: programKey('holyoke-community-college', 'radiography'),
    institutionId: InstitutionId.parse('holyoke-community-college'),
    institutionName: 'Holyoke Community College',
    programId: ProgramId.parse('radiography'),
    name: 'Radiography',
    occupation: 'radiologic-technologists',
    current: held.find((y) => y.year === cycleYear)?.values ?? null,
    years: held,
  }
}
