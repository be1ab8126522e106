// What the analysis reads from the merged dataset, decided once here:
// - The dataset is the accepted submissions (the highest accepted revision per institution, kind
//   and period); whatever holds them (the app's tables, the command line's state file) passes
//   them in as a plain list.
// - Colleges' and high schools' figures count for the cycle's academic year. Earlier academic
//   years the board holds feed the multi-year rates and the pass share, whichever cycle brought
//   them in; later years are ignored.
// - Employers' figures count when their snapshot falls in the cycle's window. An employer that
//   sent two snapshots in one window counts once, with the later snapshot, so that demand is
//   never counted twice.
// - A program is known by its institution and its program id; its occupation and name are the
//   ones its latest report in the look-back gives. Programs reported for the cycle year are the
//   occupation's programs; a program absent from the cycle year adds nothing to supply.
// Untrusted names (institution and program ids) become keys of Maps only.
import type { InstitutionId, ProgramId } from '../domain/ids'
import type { OccupationId } from '../domain/occupations'
import { julyYearOf } from '../domain/periods'
import { periodInCycle, type CollectionCycle } from '../intake/cycle'
import type { EducationValues, EmployerValues, HighSchoolValues } from '../reports/schemas'
import type { Submission } from '../submission/payload'

export interface ProgramYear {
  /** First year of the academic year: 2025 for AY 2025–26. */
  readonly year: number
  readonly values: EducationValues
}

export interface ProgramInput {
  /** Institution and program id together: unique in the region. */
  readonly key: string
  readonly institutionId: InstitutionId
  readonly institutionName: string
  readonly programId: ProgramId
  readonly name: string
  readonly occupation: OccupationId
  /** The cycle year's figures, or null when the program did not report for it. */
  readonly current: EducationValues | null
  /** Every academic year held, up to the cycle's, newest first. */
  readonly years: readonly ProgramYear[]
}

export interface EmployerInput {
  readonly institutionId: InstitutionId
  readonly institutionName: string
  readonly snapshot: string
  readonly rows: ReadonlyMap<OccupationId, EmployerValues>
}

export interface HighSchoolInput {
  readonly institutionId: InstitutionId
  readonly institutionName: string
  readonly rows: ReadonlyMap<OccupationId, HighSchoolValues>
}

export interface AnalysisInputs {
  readonly cycleYear: number
  readonly programs: readonly ProgramInput[]
  readonly employers: readonly EmployerInput[]
  readonly highSchools: readonly HighSchoolInput[]
}

export function programKey(institutionId: string, programId: string): string {
  return `${institutionId}\u0000${programId}`
}

export function inputsOf(
  submissions: readonly Submission[],
  cycle: CollectionCycle,
): AnalysisInputs {
  return {
    cycleYear: cycle.startYear,
    programs: programsOf(submissions, cycle.startYear),
    employers: employersOf(submissions, cycle),
    highSchools: highSchoolsOf(submissions, cycle),
  }
}

interface ProgramDraft {
  institutionId: InstitutionId
  institutionName: string
  programId: ProgramId
  name: string
  occupation: OccupationId
  latest: number
  years: Map<number, EducationValues>
}

function programsOf(submissions: readonly Submission[], cycleYear: number): ProgramInput[] {
  const drafts = new Map<string, ProgramDraft>()
  for (const { header, report } of submissions) {
    if (report.kind !== 'education' || header.period.kind !== 'academic-year') continue
    const year = julyYearOf(header.period.start)
    if (year > cycleYear) continue
    const programs = new Map(report.programs.map((p) => [p.id, p]))
    for (const row of report.rows) {
      const program = programs.get(row.programId)
      if (!program) continue
      const key = programKey(header.institution.id, program.id)
      const draft = drafts.get(key) ?? {
        institutionId: header.institution.id,
        institutionName: header.institution.name,
        programId: program.id,
        name: program.name,
        occupation: program.occupation,
        latest: year,
        years: new Map<number, EducationValues>(),
      }
      if (year >= draft.latest) {
        draft.latest = year
        draft.name = program.name
        draft.occupation = program.occupation
        draft.institutionName = header.institution.name
      }
      draft.years.set(year, row.values)
      drafts.set(key, draft)
    }
  }
  return [...drafts.entries()]
    .map(([key, d]) => ({
      key,
      institutionId: d.institutionId,
      institutionName: d.institutionName,
      programId: d.programId,
      name: d.name,
      occupation: d.occupation,
      current: d.years.get(cycleYear) ?? null,
      years: [...d.years.entries()]
        .sort(([a], [b]) => b - a)
        .map(([year, values]) => ({ year, values })),
    }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
}

function employersOf(submissions: readonly Submission[], cycle: CollectionCycle): EmployerInput[] {
  const latest = new Map<string, EmployerInput>()
  for (const { header, report } of submissions) {
    if (report.kind !== 'employer' || !periodInCycle(cycle, 'employer', header.period)) continue
    const held = latest.get(header.institution.id)
    if (held && held.snapshot >= header.period.start) continue
    latest.set(header.institution.id, {
      institutionId: header.institution.id,
      institutionName: header.institution.name,
      snapshot: header.period.start,
      rows: new Map(report.rows.map((r) => [r.occupation, r.values])),
    })
  }
  return [...latest.values()].sort(byInstitution)
}

function highSchoolsOf(
  submissions: readonly Submission[],
  cycle: CollectionCycle,
): HighSchoolInput[] {
  const found = new Map<string, HighSchoolInput>()
  for (const { header, report } of submissions) {
    if (report.kind !== 'high-school' || !periodInCycle(cycle, 'high-school', header.period)) {
      continue
    }
    found.set(header.institution.id, {
      institutionId: header.institution.id,
      institutionName: header.institution.name,
      rows: new Map(report.rows.map((r) => [r.occupation, r.values])),
    })
  }
  return [...found.values()].sort(byInstitution)
}

function byInstitution(a: { institutionId: string }, b: { institutionId: string }): number {
  return a.institutionId < b.institutionId ? -1 : a.institutionId > b.institutionId ? 1 : 0
}
