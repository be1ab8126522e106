// The regional gap analysis of one collection cycle: `analyse(submissions, cycle, context)`
// gives everything the dashboard, the regional workbook, the PDF, the CSV and the command
// line's summary show, for each occupation and both demand bases.
//
// Numbers: every figure is computed and kept unrounded (in the result and in the summary
// JSON); the only rounding inside the analysis is the two-decimal coverage that picks a band
// (coverage.ts). Outputs round for display only.
//
// Confidentiality: the result is the board's own view, with employer figures from fewer than
// 3 employers present and marked; `audience: 'shared'` (or `forSharing`) blanks them and their
// complements, for anything that leaves the board.
import { OCCUPATIONS, type OccupationId } from '../domain/occupations'
import type { CollectionCycle } from '../intake/cycle'
import type { Submission } from '../submission/payload'
import {
  apprenticeshipBalance,
  clinicalBalance,
  type ApprenticeshipBalance,
  type ClinicalBalance,
} from './balances'
import { occupationContext, type BoardContext } from './context'
import { compare, compareOpen, type Comparison } from './coverage'
import {
  DEMAND_PARTS,
  employerDemandTallies,
  publishedOpenings,
  type DemandPart,
  type PublishedOpenings,
} from './demand'
import { inputsOf, type AnalysisInputs, type ProgramInput } from './inputs'
import { multiYearRates, type MultiYearRate } from './multi-year'
import { pipelineAheadOf, pipelineOf, type Pipeline, type PipelineAhead } from './pipeline'
import { applyScenario, noAdjustments, type Adjustments, type Scenario } from './scenario'
import { assumedInputs, occupationSupply, programSupply, type OccupationSupply } from './supply'
import {
  derived,
  forSharing,
  protectedOf,
  protectionsOf,
  sumOfTallies,
  tally,
  type Protected,
  type Relation,
  type Tally,
} from './suppression'
import { shownNumber } from '../workbook/cells'

export interface EmployerDemand {
  /** Σ over employers of expected hires, or vacancies + separations where hires are missing. */
  readonly total: Protected<number>
  /** The part of the total estimated from vacancies + separations. */
  readonly estimated: Protected<number>
  readonly parts: Readonly<Record<DemandPart, Protected<number>>>
}

export interface RegionalEmployment {
  readonly value: number
  readonly source: string
  /** Reporting employers' filled FTE ÷ regional employment. */
  readonly covered: Protected<number>
  readonly words: Protected<string>
}

export interface ProgramRates {
  readonly key: string
  readonly name: string
  readonly institutionName: string
  readonly rates: readonly MultiYearRate[]
}

export interface OccupationAnalysis {
  readonly occupation: OccupationId
  readonly name: string
  readonly employerDemand: EmployerDemand
  readonly publishedOpenings: PublishedOpenings
  readonly regionalEmployment: RegionalEmployment | null
  readonly supply: OccupationSupply
  /** One per demand basis, employer-reported first; never added together. */
  readonly comparisons: readonly Comparison[]
  /** Every default share that feeds supply, in words. */
  readonly assumed: readonly string[]
  readonly rates: readonly MultiYearRate[]
  readonly programRates: readonly ProgramRates[]
  readonly pipeline: Pipeline
  readonly pipelineAhead: PipelineAhead
  readonly clinicalBalance: ClinicalBalance
  readonly apprenticeshipBalance: ApprenticeshipBalance
}

export interface ScenarioOccupation {
  readonly occupation: OccupationId
  readonly baseline: readonly Comparison[]
  readonly scenario: readonly Comparison[]
  readonly bindingBaseline: string
  readonly bindingScenario: string
}

export interface ScenarioResult {
  readonly name: string
  /** Always shown with the figures: "Scenario: …, not reported figures". */
  readonly label: string
  readonly occupations: readonly ScenarioOccupation[]
}

export interface AnalysisResult {
  readonly cycle: string
  readonly audience: 'board' | 'shared'
  readonly employersReporting: number
  readonly programsReporting: number
  readonly occupations: readonly OccupationAnalysis[]
  readonly region: {
    readonly clinicalBalance: ClinicalBalance
    readonly apprenticeshipBalance: ApprenticeshipBalance
  }
  readonly scenarios: readonly ScenarioResult[]
}

export interface AnalysisOptions {
  /** 'shared' blanks suppressed figures, for anything that leaves the board. */
  readonly audience?: 'board' | 'shared'
  readonly scenarios?: readonly Scenario[]
}

export function analyse(
  submissions: readonly Submission[],
  cycle: CollectionCycle,
  context: BoardContext,
  options: AnalysisOptions = {},
): AnalysisResult {
  const inputs = inputsOf(submissions, cycle)
  const baseline = analyseInputs(inputs, context, noAdjustments())
  const scenarios = (options.scenarios ?? []).map((s) =>
    scenarioResult(s, inputs, context, baseline),
  )
  const result: AnalysisResult = {
    cycle: cycle.id,
    audience: 'board',
    employersReporting: inputs.employers.length,
    programsReporting: inputs.programs.filter((p) => p.current).length,
    ...baseline,
    scenarios,
  }
  return options.audience === 'shared' ? { ...forSharing(result), audience: 'shared' } : result
}

function scenarioResult(
  scenario: Scenario,
  inputs: AnalysisInputs,
  context: BoardContext,
  baseline: Baseline,
): ScenarioResult {
  const applied = applyScenario(inputs, scenario)
  const changed = analyseInputs(applied.inputs, context, applied.adjustments)
  return {
    name: scenario.name,
    label: `Scenario: ${scenario.name} (what-if figures, not reported ones)`,
    occupations: baseline.occupations.map((base, i) => {
      const after = changed.occupations[i] ?? base
      return {
        occupation: base.occupation,
        baseline: base.comparisons,
        scenario: after.comparisons,
        bindingBaseline: base.pipeline.capacity.words,
        bindingScenario: after.pipeline.capacity.words,
      }
    }),
  }
}

interface Baseline {
  readonly occupations: readonly OccupationAnalysis[]
  readonly region: AnalysisResult['region']
}

const id = (occupation: string, figure: string) => `${occupation}:${figure}`

/** The analysis of inputs as given (reported, or changed by a scenario). */
export function analyseInputs(
  inputs: AnalysisInputs,
  context: BoardContext,
  adjustments: Adjustments,
): Baseline {
  const tallies = new Map<string, Tally>()
  const relations: Relation[] = []
  const slotTally = (
    occupation: OccupationId,
    key: 'clinicalStudentSlots' | 'apprenticeshipSlots',
  ) =>
    tally(
      inputs.employers.flatMap((e) => {
        const v = e.rows.get(occupation)?.[key] ?? null
        return v === null ? [] : [[e.institutionId, v] as const]
      }),
    )
  for (const { id: occupation } of OCCUPATIONS) {
    const t = employerDemandTallies(inputs.employers, occupation)
    tallies.set(id(occupation, 'demand'), t.total)
    tallies.set(id(occupation, 'estimated'), t.estimated)
    for (const part of DEMAND_PARTS) tallies.set(id(occupation, part), t.parts[part])
    relations.push({
      total: id(occupation, 'demand'),
      parts: [id(occupation, 'expectedHires12Months'), id(occupation, 'estimated')],
    })
    tallies.set(
      id(occupation, 'clinicalStudentSlots'),
      slotTally(occupation, 'clinicalStudentSlots'),
    )
    tallies.set(id(occupation, 'apprenticeshipSlots'), slotTally(occupation, 'apprenticeshipSlots'))
  }
  for (const key of ['clinicalStudentSlots', 'apprenticeshipSlots'] as const) {
    const parts = OCCUPATIONS.map((o) => id(o.id, key))
    tallies.set(id('region', key), sumOfTallies(parts.map((p) => tallies.get(p) ?? tally([]))))
    relations.push({ total: id('region', key), parts })
  }
  const marks = protectionsOf(tallies, relations)
  const figure = (occupation: string, name: string) =>
    protectedOf(id(occupation, name), tallies, marks)

  const occupations = OCCUPATIONS.map((o) =>
    occupationAnalysis(o.id, o.name, inputs, context, adjustments, figure),
  )
  const programs = inputs.programs.filter((p) => p.current)
  const total = (key: 'clinicalSlotsNeeded' | 'clinicalSlotsSecured' | 'apprenticeships') => {
    let t: number | null = null
    for (const p of programs) if (p.current?.[key] != null) t = (t ?? 0) + p.current[key]
    return t
  }
  return {
    occupations,
    region: {
      clinicalBalance: clinicalBalance(
        total('clinicalSlotsNeeded'),
        total('clinicalSlotsSecured'),
        figure('region', 'clinicalStudentSlots'),
      ),
      apprenticeshipBalance: apprenticeshipBalance(
        total('apprenticeships'),
        figure('region', 'apprenticeshipSlots'),
      ),
    },
  }
}

function occupationAnalysis(
  occupation: OccupationId,
  name: string,
  inputs: AnalysisInputs,
  context: BoardContext,
  adjustments: Adjustments,
  figure: (occupation: string, name: string) => Protected<number>,
): OccupationAnalysis {
  const oc = occupationContext(context, occupation)
  const held = inputs.programs.filter((p) => p.occupation === occupation)
  const current = held.filter((p) => p.current)
  const supply = occupationSupply(
    current.map((p) =>
      programSupply(p, inputs.cycleYear, context.defaults, adjustments.programs.get(p.key)),
    ),
  )
  const parts = Object.fromEntries(DEMAND_PARTS.map((p) => [p, figure(occupation, p)])) as Record<
    DemandPart,
    Protected<number>
  >
  const employerDemand: EmployerDemand = {
    total: figure(occupation, 'demand'),
    estimated: figure(occupation, 'estimated'),
    parts,
  }
  const published = publishedOpenings(oc)
  const override = adjustments.demand.get(occupation)
  const comparisons = [
    override?.employerDemand === undefined
      ? compare('employer-reported', employerDemand.total, supply.value)
      : compareOpen('employer-reported', override.employerDemand, supply.value),
    compareOpen('published-openings', override?.publishedOpenings ?? published.value, supply.value),
  ]
  const rows = current.flatMap((p) => (p.current ? [p.current] : []))
  const total = (key: 'clinicalSlotsNeeded' | 'clinicalSlotsSecured' | 'apprenticeships') => {
    let t: number | null = null
    for (const r of rows) if (r[key] !== null) t = (t ?? 0) + r[key]
    return t
  }
  return {
    occupation,
    name,
    employerDemand,
    publishedOpenings: published,
    regionalEmployment: oc.regionalEmployment
      ? regionalEmployment(oc.regionalEmployment, parts.filledFte)
      : null,
    supply,
    comparisons,
    assumed: assumedInputs(supply),
    rates: multiYearRates(
      held.flatMap((p) => p.years),
      inputs.cycleYear,
    ),
    programRates: held.map((p: ProgramInput) => ({
      key: p.key,
      name: p.name,
      institutionName: p.institutionName,
      rates: multiYearRates(p.years, inputs.cycleYear),
    })),
    pipeline: pipelineOf(current),
    pipelineAhead: pipelineAheadOf(inputs.highSchools, current, occupation),
    clinicalBalance: clinicalBalance(
      total('clinicalSlotsNeeded'),
      total('clinicalSlotsSecured'),
      figure(occupation, 'clinicalStudentSlots'),
    ),
    apprenticeshipBalance: apprenticeshipBalance(
      total('apprenticeships'),
      figure(occupation, 'apprenticeshipSlots'),
    ),
  }
}

function regionalEmployment(
  regional: { value: number; source: string },
  filledFte: Protected<number>,
): RegionalEmployment {
  const share =
    filledFte.value !== null && regional.value > 0 ? filledFte.value / regional.value : null
  return {
    value: regional.value,
    source: regional.source,
    covered: derived(share, filledFte),
    words: derived(
      share === null
        ? null
        : `Reporting employers cover ${shownNumber(Math.round(share * 100))}% of regional employment`,
      filledFte,
    ),
  }
}
