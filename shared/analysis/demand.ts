// Demand for one occupation on two bases, always side by side and never added together
// (BOARD.md, "Demand"):
// 1. employer-reported: per employer, expected hires in the next 12 months where reported (the
//    employer's own estimate of vacancies, replacements and growth together), otherwise open
//    vacancies + separations in the last 12 months, marked estimated; summed over employers;
// 2. published openings from the board context: (projected − base employment) ÷ (projected −
//    base year) + exits per year + transfers per year, each part kept; or the publisher's own
//    annual openings figure.
import type { OccupationId } from '../domain/occupations'
import type { EmployerValues } from '../reports/schemas'
import type { OccupationContext, Projection, SourcedFigure } from './context'
import type { EmployerInput } from './inputs'
import { tally, type Tally } from './suppression'

/** The parts shown beside employer-reported demand, as reported. */
export const DEMAND_PARTS = [
  'openVacancies',
  'vacanciesOver90Days',
  'separations12Months',
  'travelerFte',
  'expectedRetirements5Years',
  'expectedHires12Months',
  'filledFte',
] as const satisfies readonly (keyof EmployerValues)[]
export type DemandPart = (typeof DEMAND_PARTS)[number]

export interface EmployerDemandTallies {
  /** Σ over employers of their demand (hires, or vacancies + separations). */
  readonly total: Tally
  /** The employers that reported expected hires, and the sum of those. */
  readonly fromHires: Tally
  /** The employers without expected hires: their vacancies + separations. */
  readonly estimated: Tally
  readonly parts: Readonly<Record<DemandPart, Tally>>
}

/** One employer's demand for the occupation, or null when it reported none of the figures. */
export function employerDemandOf(
  values: EmployerValues,
): { value: number; estimated: boolean } | null {
  if (values.expectedHires12Months !== null) {
    return { value: values.expectedHires12Months, estimated: false }
  }
  if (values.openVacancies === null && values.separations12Months === null) return null
  return { value: (values.openVacancies ?? 0) + (values.separations12Months ?? 0), estimated: true }
}

export function employerDemandTallies(
  employers: readonly EmployerInput[],
  occupation: OccupationId,
): EmployerDemandTallies {
  const rows = employers.flatMap((e) => {
    const values = e.rows.get(occupation)
    return values ? [{ employer: e.institutionId, values }] : []
  })
  const demands = rows.flatMap(({ employer, values }) => {
    const d = employerDemandOf(values)
    return d ? [{ employer, ...d }] : []
  })
  const part = (key: DemandPart) =>
    tally(
      rows.flatMap(({ employer, values }) => {
        const v = values[key]
        return v === null ? [] : [[employer, v] as const]
      }),
    )
  return {
    total: tally(demands.map((d) => [d.employer, d.value] as const)),
    fromHires: tally(
      demands.filter((d) => !d.estimated).map((d) => [d.employer, d.value] as const),
    ),
    estimated: tally(demands.filter((d) => d.estimated).map((d) => [d.employer, d.value] as const)),
    parts: Object.fromEntries(DEMAND_PARTS.map((key) => [key, part(key)])) as Record<
      DemandPart,
      Tally
    >,
  }
}

export interface ProjectionOpenings extends Projection {
  /** (projected − base employment) ÷ (projected − base year); negative when jobs shrink. */
  readonly netChangePerYear: number
  /** netChangePerYear + exitsPerYear + transfersPerYear, unrounded. */
  readonly annualOpenings: number
}

/**
 * A published openings figure and the one computed from its projection agree when they differ
 * by at most this much: publishers round each of the parts and the total to whole numbers.
 */
export const OPENINGS_TOLERANCE = 1

export interface PublishedOpenings {
  /** The demand figure of this basis: the publisher's own where given, else the computed one. */
  readonly value: number | null
  readonly from: 'published figure' | 'projection' | null
  readonly source: string | null
  readonly projection: ProjectionOpenings | null
  readonly published: SourcedFigure | null
  /** Where both are given: do they agree within rounding, in words. */
  readonly check: {
    readonly agrees: boolean
    readonly difference: number
    readonly words: string
  } | null
}

export function projectionOpenings(p: Projection): ProjectionOpenings {
  const netChangePerYear =
    (p.projectedEmployment - p.baseEmployment) / (p.projectedYear - p.baseYear)
  return {
    ...p,
    netChangePerYear,
    annualOpenings: netChangePerYear + p.exitsPerYear + p.transfersPerYear,
  }
}

export function publishedOpenings(context: OccupationContext): PublishedOpenings {
  const projection = context.projection ? projectionOpenings(context.projection) : null
  const published = context.annualOpenings ?? null
  const check =
    projection && published ? agreement(projection.annualOpenings, published.value) : null
  if (published) {
    return {
      value: published.value,
      from: 'published figure',
      source: published.source,
      projection,
      published,
      check,
    }
  }
  if (projection) {
    return {
      value: projection.annualOpenings,
      from: 'projection',
      source: projection.source,
      projection,
      published,
      check,
    }
  }
  return { value: null, from: null, source: null, projection, published, check }
}

function agreement(computed: number, published: number): NonNullable<PublishedOpenings['check']> {
  const difference = published - computed
  const agrees = Math.abs(difference) <= OPENINGS_TOLERANCE
  const shown = Number(computed.toFixed(1))
  return {
    agrees,
    difference,
    words: agrees
      ? `The published annual openings (${published}) agree with the projection (${shown}) within rounding.`
      : `The published annual openings (${published}) differ from the projection (${shown}) by ${Number(Math.abs(difference).toFixed(1))}; check both figures against the source.`,
  }
}
