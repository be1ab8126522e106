// The analysis as JSON for the command line's summary and anything else written for sharing:
// per occupation and demand basis, demand, supply, gap, coverage, band, the assumed inputs,
// the multi-year rates and the binding constraint. Values are exact (unrounded). It is always
// built from the shared view: a suppressed figure is null with `suppressed: true`.
import { z } from 'zod'
import { OccupationId } from '../domain/occupations'
import type { AnalysisResult } from './analysis'
import { BANDS, DEMAND_BASES, type Comparison } from './coverage'
import { RATES, SPANS } from './multi-year'
import { forSharing, SUPPRESSED_TEXT, type Protected } from './suppression'

const Num = z.number().refine(Number.isFinite, 'must be a finite number')

const SummaryFigure = z.strictObject({ value: Num.nullable(), suppressed: z.boolean() })

const SummaryBasis = z.strictObject({
  basis: z.enum(DEMAND_BASES),
  demand: SummaryFigure,
  supply: Num.nullable(),
  gap: SummaryFigure,
  coverage: SummaryFigure,
  band: z.strictObject({ value: z.enum(BANDS).nullable(), suppressed: z.boolean() }),
})

const SummaryRate = z.strictObject({
  rate: z.enum(RATES.map((r) => r.key) as [string, ...string[]]),
  span: z.union(SPANS.map((s) => z.literal(s))),
  fromYear: z.int(),
  toYear: z.int(),
  numerator: Num,
  denominator: Num,
  value: Num.nullable(),
  missingYears: z.array(z.int()),
})

export const AnalysisSummary = z.strictObject({
  cycle: z.string(),
  suppression: z.literal(SUPPRESSED_TEXT),
  occupations: z.array(
    z.strictObject({
      occupation: OccupationId,
      name: z.string(),
      bases: z.array(SummaryBasis),
      supply: z.strictObject({
        value: Num.nullable(),
        assumed: z.boolean(),
        estimated: z.boolean(),
        unknownBecause: z.array(z.string()),
      }),
      assumedInputs: z.array(z.string()),
      rates: z.array(SummaryRate),
      bindingConstraint: z.strictObject({
        kind: z.enum(['seats', 'clinical', 'faculty']).nullable(),
        words: z.string(),
      }),
    }),
  ),
  scenarios: z.array(
    z.strictObject({
      name: z.string(),
      label: z.string(),
      occupations: z.array(
        z.strictObject({
          occupation: OccupationId,
          baseline: z.array(SummaryBasis),
          scenario: z.array(SummaryBasis),
          bindingScenario: z.string(),
        }),
      ),
    }),
  ),
})
export type AnalysisSummary = z.infer<typeof AnalysisSummary>

function figure<T>(p: Protected<T>): { value: T | null; suppressed: boolean } {
  return { value: p.value, suppressed: p.protection !== 'none' }
}

function basis(c: Comparison): z.infer<typeof SummaryBasis> {
  return {
    basis: c.basis,
    demand: figure(c.demand),
    supply: c.supply,
    gap: figure(c.gap),
    coverage: figure(c.coverage),
    band: figure(c.band),
  }
}

export function summaryOf(result: AnalysisResult): AnalysisSummary {
  const shared = forSharing(result)
  return AnalysisSummary.parse({
    cycle: shared.cycle,
    suppression: SUPPRESSED_TEXT,
    occupations: shared.occupations.map((o) => ({
      occupation: o.occupation,
      name: o.name,
      bases: o.comparisons.map(basis),
      supply: {
        value: o.supply.value,
        assumed: o.supply.assumed,
        estimated: o.supply.estimated,
        unknownBecause: [...o.supply.unknownBecause],
      },
      assumedInputs: [...o.assumed],
      rates: o.rates.map((r) => ({
        rate: r.rate,
        span: r.span,
        fromYear: r.fromYear,
        toYear: r.toYear,
        numerator: r.numerator,
        denominator: r.denominator,
        value: r.value,
        missingYears: [...r.missingYears],
      })),
      bindingConstraint: {
        kind: o.pipeline.capacity.binding?.kind ?? null,
        words: o.pipeline.capacity.words,
      },
    })),
    scenarios: shared.scenarios.map((s) => ({
      name: s.name,
      label: s.label,
      occupations: s.occupations.map((o) => ({
        occupation: o.occupation,
        baseline: o.baseline.map(basis),
        scenario: o.scenario.map(basis),
        bindingScenario: o.bindingScenario,
      })),
    })),
  })
}
