// Scenarios: staff copy the baseline into a named scenario and change seats, clinical slots,
// shares or demand inputs for a program or an occupation. A scenario is data (saved, listed,
// exported with the report, always labelled as a scenario); applying it is pure: the reported
// inputs are never changed, a changed copy is analysed beside them.
//
// Seats and clinical slots act through capacity: a program's expected completers are scaled
// by what it can train after the change ÷ what it could before, the smallest of its seats,
// the students its clinical slots place and the students its faculty teach (pipeline.ts). The
// faculty limit stays as reported (a scenario does not hire faculty), so adding seats where
// clinical placements or faculty bind adds no completers. Setting expected completers
// directly overrides that.
import { z } from 'zod'
import { InstitutionId, ProgramId } from '../domain/ids'
import { OccupationId } from '../domain/occupations'
import type { AnalysisInputs, ProgramInput } from './inputs'
import { programKey } from './inputs'
import { capacityLimits, effectiveCapacity } from './pipeline'
import { expectedCompletersOf, type ProgramAdjustment } from './supply'

const Count = z
  .int({ error: 'must be a whole number' })
  .min(0, 'cannot be negative')
  .max(100_000, 'is larger than 100,000')
const Share = z
  .number({ error: 'must be a number between 0 and 1' })
  .min(0, 'must be between 0 and 1')
  .max(1, 'must be between 0 and 1')
const Demand = z
  .number({ error: 'must be a number' })
  .min(0, 'cannot be negative')
  .max(1_000_000, 'is larger than 1,000,000')

export const ProgramChange = z.strictObject({
  institutionId: InstitutionId,
  programId: ProgramId,
  seats: Count.optional(),
  clinicalSlotsSecured: Count.optional(),
  expectedCompleters: Count.optional(),
  passShare: Share.optional(),
  placementShare: Share.optional(),
  inRegionShare: Share.optional(),
})
export type ProgramChange = z.infer<typeof ProgramChange>

export const OccupationChange = z.strictObject({
  occupation: OccupationId,
  employerDemand: Demand.optional(),
  publishedOpenings: Demand.optional(),
})
export type OccupationChange = z.infer<typeof OccupationChange>

export const Scenario = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1, 'A scenario needs a name')
    .max(80, 'A scenario’s name has at most 80 characters'),
  programs: z.array(ProgramChange).max(500).default([]),
  occupations: z.array(OccupationChange).max(20).default([]),
})
export type Scenario = z.infer<typeof Scenario>

export interface DemandOverride {
  readonly employerDemand?: number
  readonly publishedOpenings?: number
}

export interface Adjustments {
  readonly programs: ReadonlyMap<string, ProgramAdjustment>
  readonly demand: ReadonlyMap<OccupationId, DemandOverride>
}

export function noAdjustments(): Adjustments {
  return { programs: new Map(), demand: new Map() }
}

/** A new scenario that starts as the baseline. */
export function scenarioFromBaseline(name: string): Scenario {
  return Scenario.parse({ name })
}

export function applyScenario(
  inputs: AnalysisInputs,
  scenario: Scenario,
): { inputs: AnalysisInputs; adjustments: Adjustments } {
  const changes = new Map(
    scenario.programs.map((c) => [programKey(c.institutionId, c.programId), c]),
  )
  const programs = new Map<string, ProgramAdjustment>()
  const changed = inputs.programs.map((program): ProgramInput => {
    const change = changes.get(program.key)
    if (!change || !program.current) return program
    const current = {
      ...program.current,
      ...(change.seats === undefined ? {} : { seats: change.seats }),
      ...(change.clinicalSlotsSecured === undefined
        ? {}
        : { clinicalSlotsSecured: change.clinicalSlotsSecured }),
    }
    const after: ProgramInput = {
      ...program,
      current,
      years: program.years.map((y) =>
        y.year === inputs.cycleYear ? { ...y, values: current } : y,
      ),
    }
    programs.set(program.key, {
      ...shareChanges(change),
      ...completersChange(program, after, change),
    })
    return after
  })
  const demand = new Map(
    scenario.occupations.map((c) => [
      c.occupation,
      {
        ...(c.employerDemand === undefined ? {} : { employerDemand: c.employerDemand }),
        ...(c.publishedOpenings === undefined ? {} : { publishedOpenings: c.publishedOpenings }),
      },
    ]),
  )
  return { inputs: { ...inputs, programs: changed }, adjustments: { programs, demand } }
}

function shareChanges(change: ProgramChange): ProgramAdjustment {
  return {
    ...(change.passShare === undefined ? {} : { passShare: change.passShare }),
    ...(change.placementShare === undefined ? {} : { placementShare: change.placementShare }),
    ...(change.inRegionShare === undefined ? {} : { inRegionShare: change.inRegionShare }),
  }
}

function completersChange(
  before: ProgramInput,
  after: ProgramInput,
  change: ProgramChange,
): ProgramAdjustment {
  if (change.expectedCompleters !== undefined) {
    return { expectedCompleters: change.expectedCompleters }
  }
  const base = expectedCompletersOf(before, undefined).value
  if (base === null || !before.current || !after.current) return {}
  const was = capacityLimits(before.current)
  const now = { ...capacityLimits(after.current), faculty: was.faculty }
  const wasCapacity = effectiveCapacity(was)
  const nowCapacity = effectiveCapacity(now)
  if (wasCapacity === null || nowCapacity === null || wasCapacity === 0) return {}
  if (nowCapacity === wasCapacity) return {}
  return { expectedCompleters: (base * nowCapacity) / wasCapacity }
}
