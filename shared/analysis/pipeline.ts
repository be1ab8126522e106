// The pipeline of one occupation (BOARD.md, "Pipeline and bottleneck"): the funnel from
// applicants to placed in region, qualified applicants turned away, and the capacity limits
// with the binding one named in words. Figures are the cycle year's, summed over the
// occupation's programs; a stage no program reported is null, not 0.
//
// Each limit is a ratio of what a program has to what it needs:
// - seats: admitted ÷ qualified applicants (qualified applicants turned away mean seats bind);
// - clinical placements: slots secured ÷ slots needed;
// - faculty: filled FTE ÷ (filled FTE + vacant positions).
// The binding constraint is the limit with the smallest ratio under 1; none binds when every
// ratio is 1 or more. The capacity a program can train at (`capacityLimits`) is what
// scenarios scale expected completers by.
import type { EducationValues, HighSchoolValues } from '../reports/schemas'
import type { ProgramInput, HighSchoolInput } from './inputs'
import type { OccupationId } from '../domain/occupations'
import { shownNumber } from '../workbook/cells'

export const FUNNEL_STAGES = [
  { key: 'applicants', label: 'Applicants' },
  { key: 'qualifiedApplicants', label: 'Qualified applicants' },
  { key: 'admitted', label: 'Admitted' },
  { key: 'enrolled', label: 'Enrolled' },
  { key: 'completers', label: 'Completers' },
  { key: 'examPasses', label: 'Passed the exam on the first attempt' },
  { key: 'placedInField', label: 'Placed in field' },
  { key: 'placedInRegion', label: 'Placed in region' },
] as const satisfies readonly { key: keyof EducationValues; label: string }[]

export interface FunnelStage {
  readonly key: (typeof FUNNEL_STAGES)[number]['key']
  readonly label: string
  readonly value: number | null
}

export type ConstraintKind = 'seats' | 'clinical' | 'faculty'

export interface Constraint {
  readonly kind: ConstraintKind
  readonly available: number
  readonly needed: number
  /** available ÷ needed, exact. */
  readonly ratio: number
  readonly words: string
}

export interface Capacity {
  readonly seats: number | null
  readonly clinicalSlotsNeeded: number | null
  readonly clinicalSlotsSecured: number | null
  readonly facultyFte: number | null
  readonly facultyVacancies: number | null
  readonly constraints: readonly Constraint[]
  readonly binding: Constraint | null
  /** The binding constraint, or that none binds, in words. */
  readonly words: string
}

export interface Pipeline {
  readonly funnel: readonly FunnelStage[]
  /** Qualified − admitted, over programs that reported both. */
  readonly turnedAway: number | null
  readonly capacity: Capacity
}

function sum(rows: readonly EducationValues[], key: keyof EducationValues): number | null {
  let total: number | null = null
  for (const row of rows) {
    const v = row[key]
    if (v !== null) total = (total ?? 0) + v
  }
  return total
}

/** Σ over rows that reported both figures, so that one program's blank does not skew a ratio. */
function sumPairs(
  rows: readonly EducationValues[],
  a: (r: EducationValues) => number | null,
  b: (r: EducationValues) => number | null,
): [number, number] | null {
  let found = false
  let sa = 0
  let sb = 0
  for (const row of rows) {
    const x = a(row)
    const y = b(row)
    if (x === null || y === null) continue
    found = true
    sa += x
    sb += y
  }
  return found ? [sa, sb] : null
}

const plural = (n: number, one: string, many: string) => `${shownNumber(n)} ${n === 1 ? one : many}`

export function constraintsOf(rows: readonly EducationValues[]): Constraint[] {
  const out: Constraint[] = []
  const seats = sumPairs(
    rows,
    (r) => r.admitted,
    (r) => r.qualifiedApplicants,
  )
  if (seats && seats[1] > 0) {
    const [admitted, qualified] = seats
    out.push({
      kind: 'seats',
      available: admitted,
      needed: qualified,
      ratio: admitted / qualified,
      words: `Seats: ${plural(Math.max(0, qualified - admitted), 'qualified applicant', 'qualified applicants')} turned away (${shownNumber(admitted)} admitted of ${shownNumber(qualified)} qualified)`,
    })
  }
  const clinical = sumPairs(
    rows,
    (r) => r.clinicalSlotsSecured,
    (r) => r.clinicalSlotsNeeded,
  )
  if (clinical && clinical[1] > 0) {
    const [secured, needed] = clinical
    out.push({
      kind: 'clinical',
      available: secured,
      needed,
      ratio: secured / needed,
      words: `Clinical placements: ${shownNumber(secured)} secured for ${shownNumber(needed)} needed`,
    })
  }
  const faculty = sumPairs(
    rows,
    (r) => r.facultyFte,
    (r) => r.facultyVacancies,
  )
  if (faculty && faculty[0] + faculty[1] > 0) {
    const [fte, vacant] = faculty
    out.push({
      kind: 'faculty',
      available: fte,
      needed: fte + vacant,
      ratio: fte / (fte + vacant),
      words: `Faculty: ${plural(vacant, 'position', 'positions')} vacant (${shownNumber(fte)} FTE filled of ${shownNumber(fte + vacant)})`,
    })
  }
  return out
}

export function capacityOf(rows: readonly EducationValues[]): Capacity {
  const constraints = constraintsOf(rows)
  const binding =
    constraints.filter((c) => c.ratio < 1).sort((a, b) => a.ratio - b.ratio)[0] ?? null
  return {
    seats: sum(rows, 'seats'),
    clinicalSlotsNeeded: sum(rows, 'clinicalSlotsNeeded'),
    clinicalSlotsSecured: sum(rows, 'clinicalSlotsSecured'),
    facultyFte: sum(rows, 'facultyFte'),
    facultyVacancies: sum(rows, 'facultyVacancies'),
    constraints,
    binding,
    words:
      binding?.words ??
      (constraints.length === 0
        ? 'No capacity figures reported'
        : 'No capacity limit binds: qualified applicants admitted, clinical placements secured and faculty positions filled'),
  }
}

/**
 * Students a program can train at once, each limit in students: its seats; the students its
 * secured clinical slots can place (slots secured × enrolled ÷ slots needed, the program's own
 * slots per student); the students its filled faculty can teach (seats × filled ÷ budgeted
 * faculty). Null where a limit was not reported.
 */
export interface CapacityLimits {
  readonly seats: number | null
  readonly clinical: number | null
  readonly faculty: number | null
}

export function capacityLimits(values: EducationValues): CapacityLimits {
  const { seats, enrolled, clinicalSlotsNeeded: needed, clinicalSlotsSecured: secured } = values
  const students = enrolled ?? seats
  const fte = values.facultyFte
  const vacant = values.facultyVacancies
  return {
    seats,
    clinical:
      needed !== null && needed > 0 && secured !== null && students !== null
        ? (secured * students) / needed
        : null,
    faculty:
      seats !== null && fte !== null && vacant !== null && fte + vacant > 0
        ? (seats * fte) / (fte + vacant)
        : null,
  }
}

/** The smallest of the limits: what the program can train at. */
export function effectiveCapacity(limits: CapacityLimits): number | null {
  const known = [limits.seats, limits.clinical, limits.faculty].filter((v) => v !== null)
  return known.length ? Math.min(...known) : null
}

export function pipelineOf(programs: readonly ProgramInput[]): Pipeline {
  const rows = programs.flatMap((p) => (p.current ? [p.current] : []))
  const turned = sumPairs(
    rows,
    (r) => r.qualifiedApplicants,
    (r) => r.admitted,
  )
  return {
    funnel: FUNNEL_STAGES.map((s) => ({ key: s.key, label: s.label, value: sum(rows, s.key) })),
    turnedAway: turned ? Math.max(0, turned[0] - turned[1]) : null,
    capacity: capacityOf(rows),
  }
}

/** The pipeline ahead: high-school pathway students and dual enrollment, for one occupation. */
export interface PipelineAhead {
  readonly byGrade: {
    readonly grade9: number | null
    readonly grade10: number | null
    readonly grade11: number | null
    readonly grade12: number | null
  }
  readonly pathwayEnrollment: number | null
  readonly highSchoolDualEnrollment: number | null
  readonly collegeDualEnrollment: number | null
  readonly careerAwarenessReach: number | null
  readonly schools: number
}

export function pipelineAheadOf(
  highSchools: readonly HighSchoolInput[],
  programs: readonly ProgramInput[],
  occupation: OccupationId,
): PipelineAhead {
  const rows = highSchools.flatMap((s) => {
    const row = s.rows.get(occupation)
    return row ? [row] : []
  })
  const total = (key: keyof HighSchoolValues) => {
    let t: number | null = null
    for (const r of rows) if (r[key] !== null) t = (t ?? 0) + r[key]
    return t
  }
  const byGrade = {
    grade9: total('grade9'),
    grade10: total('grade10'),
    grade11: total('grade11'),
    grade12: total('grade12'),
  }
  const grades = Object.values(byGrade).filter((v): v is number => v !== null)
  return {
    byGrade,
    pathwayEnrollment: grades.length ? grades.reduce((a, b) => a + b, 0) : null,
    highSchoolDualEnrollment: total('dualEnrollment'),
    collegeDualEnrollment: sum(
      programs.flatMap((p) => (p.current ? [p.current] : [])),
      'dualEnrollment',
    ),
    careerAwarenessReach: total('careerAwarenessReach'),
    schools: rows.length,
  }
}
