// One occupation on the dashboard and in the report: the finding in words, supply against both
// demand bases, the pipeline funnel and its capacity limits, the pipeline ahead and the coverage
// trend, each chart with its data table; the assumed inputs listed where they feed supply.
import type { OccupationAnalysis } from '../../../shared/analysis/analysis'
import { findingOf, unknownBecause, type Audience } from '../../../shared/analysis/findings'
import type { TrendPoint } from '../../../shared/analysis/trend'
import { BarChart } from './charts/BarChart'
import {
  capacityChart,
  demandPartsTable,
  funnelChart,
  pipelineAheadChart,
  supplyDemandChart,
  trendChart,
} from './charts/chart-data'
import { DataTable } from './charts/ChartFigure'
import { TrendChart } from './charts/TrendChart'

export function OccupationPanel({
  occupation: o,
  trend,
  audience,
  headingLevel = 2,
}: {
  occupation: OccupationAnalysis
  trend: readonly TrendPoint[]
  audience: Audience
  headingLevel?: 2 | 3
}) {
  const H = headingLevel === 2 ? 'h2' : 'h3'
  const Sub = headingLevel === 2 ? 'h3' : 'h4'
  const unknown = o.comparisons.flatMap((c) => unknownBecause(o, c))
  return (
    <section className="occupation-panel" aria-labelledby={`occupation-${o.occupation}`}>
      <H id={`occupation-${o.occupation}`}>{o.name}</H>
      <p className="finding">{findingOf(o, audience)}</p>
      {unknown.length > 0 && (
        <div className="unknown-figures">
          <p>Some figures are unknown:</p>
          <ul>
            {[...new Set(unknown)].map((why) => (
              <li key={why}>{why}</li>
            ))}
          </ul>
        </div>
      )}
      <Sub>Supply and demand</Sub>
      <BarChart data={supplyDemandChart(o, audience)} />
      <DataTable
        caption={`${o.name}: parts of demand and their sources`}
        table={demandPartsTable(o, audience)}
      />
      {o.assumed.length > 0 && (
        <div className="assumed">
          <p>Assumed inputs (board defaults stand in for missing data) feed supply:</p>
          <ul>
            {o.assumed.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </div>
      )}
      <Sub>Pipeline</Sub>
      <BarChart data={funnelChart(o)} />
      <BarChart data={capacityChart(o)} />
      <Sub>Pipeline ahead</Sub>
      <BarChart data={pipelineAheadChart(o)} />
      <Sub>Trend</Sub>
      <TrendChart data={trendChart(o.name, trend, audience)} />
    </section>
  )
}
