// Coverage across the cycles the board holds: for each cycle with merged data (oldest first),
// each occupation's coverage and band on both demand bases, as the analysis of that cycle gives
// them. Each point keeps its protection, so a shared output blanks it like any other figure.
import { OCCUPATION_IDS, type OccupationId } from '../domain/occupations'
import type { CollectionCycle } from '../intake/cycle'
import type { Submission } from '../submission/payload'
import { analyse, type AnalysisOptions } from './analysis'
import type { BoardContext } from './context'
import type { Band, DemandBasis } from './coverage'
import type { Protected } from './suppression'

export interface TrendPoint {
  readonly cycle: string
  readonly startYear: number
  readonly basis: DemandBasis
  readonly coverage: Protected<number>
  readonly band: Protected<Band>
}

export type CoverageTrend = Readonly<Record<OccupationId, readonly TrendPoint[]>>

export function coverageTrend(
  submissions: readonly Submission[],
  cycles: readonly CollectionCycle[],
  context: BoardContext,
  options: Pick<AnalysisOptions, 'audience'> = {},
): CoverageTrend {
  const trend = Object.fromEntries(OCCUPATION_IDS.map((id) => [id, [] as TrendPoint[]])) as Record<
    OccupationId,
    TrendPoint[]
  >
  const oldestFirst = [...cycles].sort((a, b) => a.startYear - b.startYear)
  for (const cycle of oldestFirst) {
    const result = analyse(submissions, cycle, context, options)
    if (result.employersReporting === 0 && result.programsReporting === 0) continue
    for (const o of result.occupations) {
      const points = trend[o.occupation]
      for (const c of o.comparisons) {
        points.push({
          cycle: cycle.id,
          startYear: cycle.startYear,
          basis: c.basis,
          coverage: c.coverage,
          band: c.band,
        })
      }
    }
  }
  return trend
}
