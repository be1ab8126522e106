// Supply of one occupation: Σ over its programs of expected completers × pass share ×
// placement share × in-region share (BOARD.md, "Supply"). Computed unrounded.
// - expected completers: "expected completers next year" where reported, else this year's
//   completers, marked estimated;
// - pass share: Σ first-attempt passes ÷ Σ takers over the 3 academic years up to the cycle's;
// - placement share: placed in field ÷ graduates seeking, cycle year;
// - in-region share: placed in region ÷ placed in field, cycle year;
// - a share with no data takes the board's default, marked assumed (shares.ts).
// A program whose figure cannot be known (no completers, or a share with neither data nor a
// default) makes the occupation's supply unknown, naming why, rather than quietly smaller.
import type { DefaultShares } from './context'
import type { ProgramInput } from './inputs'
import { RATES, multiYearRate, spanLabel, yearlyCounts } from './multi-year'
import {
  SHARE_LABELS,
  SHARE_NAMES,
  countsOf,
  scenarioShare,
  shareOf,
  type Share,
  type ShareName,
} from './shares'
import { academicYear } from '../domain/periods'

/** What a scenario may set for one program instead of what was reported. */
export interface ProgramAdjustment {
  readonly expectedCompleters?: number
  readonly passShare?: number
  readonly placementShare?: number
  readonly inRegionShare?: number
}

export interface ExpectedCompleters {
  readonly value: number | null
  readonly estimated: boolean
  readonly basis:
    'expected completers next year' | 'completers this year' | 'scenario' | 'not reported'
}

export interface ProgramSupply {
  readonly key: string
  readonly institutionId: string
  readonly institutionName: string
  readonly programId: string
  readonly name: string
  readonly expectedCompleters: ExpectedCompleters
  readonly shares: Readonly<Record<ShareName, Share>>
  /** Exact; null when a factor is unknown. */
  readonly value: number | null
}

export interface OccupationSupply {
  readonly value: number | null
  readonly programs: readonly ProgramSupply[]
  /** Some share feeding the figure is the board's default. */
  readonly assumed: boolean
  /** Some program's completers stand in for its expected completers. */
  readonly estimated: boolean
  /** Why the figure is unknown, one line per missing input; empty when it is known. */
  readonly unknownBecause: readonly string[]
}

const PASS = RATES[0]

export function expectedCompletersOf(
  program: ProgramInput,
  adjustment: ProgramAdjustment | undefined,
): ExpectedCompleters {
  if (adjustment?.expectedCompleters !== undefined) {
    return { value: adjustment.expectedCompleters, estimated: false, basis: 'scenario' }
  }
  const values = program.current
  if (values?.expectedCompletersNextYear != null) {
    return {
      value: values.expectedCompletersNextYear,
      estimated: false,
      basis: 'expected completers next year',
    }
  }
  if (values?.completers != null) {
    return { value: values.completers, estimated: true, basis: 'completers this year' }
  }
  return { value: null, estimated: false, basis: 'not reported' }
}

export function sharesOf(
  program: ProgramInput,
  cycleYear: number,
  defaults: DefaultShares | undefined,
  adjustment: ProgramAdjustment | undefined,
): Record<ShareName, Share> {
  const pass = multiYearRate(yearlyCounts(program.years, PASS), PASS.key, 3, cycleYear)
  const thisYear = academicYear(cycleYear).label
  const current = program.current
  const computed: Record<ShareName, Share> = {
    passShare: shareOf('passShare', pass, defaults, spanLabel(pass.fromYear, pass.toYear)),
    placementShare: shareOf(
      'placementShare',
      (current && countsOf(current, 'placedInField', 'graduatesSeeking')) ?? {
        numerator: 0,
        denominator: 0,
      },
      defaults,
      thisYear,
    ),
    inRegionShare: shareOf(
      'inRegionShare',
      (current && countsOf(current, 'placedInRegion', 'placedInField')) ?? {
        numerator: 0,
        denominator: 0,
      },
      defaults,
      thisYear,
    ),
  }
  for (const name of SHARE_NAMES) {
    const set = adjustment?.[name]
    if (set !== undefined) computed[name] = scenarioShare(name, set)
  }
  return computed
}

export function programSupply(
  program: ProgramInput,
  cycleYear: number,
  defaults: DefaultShares | undefined,
  adjustment?: ProgramAdjustment,
): ProgramSupply {
  const expectedCompleters = expectedCompletersOf(program, adjustment)
  const shares = sharesOf(program, cycleYear, defaults, adjustment)
  const factors = [expectedCompleters.value, ...SHARE_NAMES.map((n) => shares[n].value)]
  const value = factors.every((f) => f !== null)
    ? factors.reduce<number>((product, f) => product * (f ?? 0), 1)
    : null
  return {
    key: program.key,
    institutionId: program.institutionId,
    institutionName: program.institutionName,
    programId: program.programId,
    name: program.name,
    expectedCompleters,
    shares,
    value,
  }
}

export function occupationSupply(programs: readonly ProgramSupply[]): OccupationSupply {
  const unknownBecause = programs.flatMap((p) => {
    const who = `${p.name} (${p.institutionName})`
    return [
      ...(p.expectedCompleters.value === null
        ? [`${who}: no completers or expected completers reported`]
        : []),
      ...SHARE_NAMES.filter((n) => p.shares[n].value === null).map(
        (n) => `${who}: ${SHARE_LABELS[n].toLowerCase()} has no data and no board default`,
      ),
    ]
  })
  return {
    value:
      unknownBecause.length === 0 ? programs.reduce((sum, p) => sum + (p.value ?? 0), 0) : null,
    programs,
    assumed: programs.some((p) => SHARE_NAMES.some((n) => p.shares[n].assumed)),
    estimated: programs.some((p) => p.expectedCompleters.estimated),
    unknownBecause,
  }
}

/** Every assumed input of an occupation's supply, in words: "HCC Radiography: placement share 0.85 (board default)". */
export function assumedInputs(supply: OccupationSupply): string[] {
  return supply.programs.flatMap((p) =>
    SHARE_NAMES.filter((n) => p.shares[n].assumed).map(
      (n) =>
        `${p.name} (${p.institutionName}): ${SHARE_LABELS[n].toLowerCase()} ${p.shares[n].value ?? ''} (${p.shares[n].basis})`,
    ),
  )
}
