// A saved scenario's results beside the baseline: per occupation and demand basis, demand,
// supply, gap, coverage and band, each scenario figure that differs marked. The scenario's
// name is in the title, every column heading and every row, so that no figure can be read
// as a reported one.
import type { ScenarioResult } from '../../../shared/analysis/analysis'
import {
  BAND_LABELS,
  DEMAND_BASIS_LABELS,
  type Comparison,
} from '../../../shared/analysis/coverage'
import { occupation } from '../../../shared/domain/occupations'
import { shownFigure } from '../figure-text'

interface Measure {
  readonly label: string
  readonly value: (c: Comparison) => number | string | null
  readonly shown: (c: Comparison) => string
}

const MEASURES: readonly Measure[] = [
  { label: 'Demand', value: (c) => c.demand.value, shown: (c) => shownFigure(c.demand.value) },
  { label: 'Supply', value: (c) => c.supply, shown: (c) => shownFigure(c.supply) },
  { label: 'Gap', value: (c) => c.gap.value, shown: (c) => shownFigure(c.gap.value) },
  {
    label: 'Coverage',
    value: (c) => c.coverage.value,
    shown: (c) => shownFigure(c.coverage.value, 2),
  },
  {
    label: 'Band',
    value: (c) => c.band.value,
    shown: (c) => (c.band.value ? BAND_LABELS[c.band.value] : 'Unknown'),
  },
]

const fewEmployers = (c: Comparison) => c.demand.protection !== 'none'

export function ScenarioResults({ result }: { result: ScenarioResult }) {
  const tag = `Scenario: ${result.name}`
  const anyFew = result.occupations.some((o) => o.baseline.some(fewEmployers))
  return (
    <section className="scenario-results" aria-labelledby="scenario-results-title">
      <h2 id="scenario-results-title">{tag}: results beside the baseline</h2>
      <p className="scenario-label">{result.label}</p>
      <div className="table-scroll">
        <table className="data-table" aria-labelledby="scenario-results-title">
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                Occupation and demand basis
              </th>
              {MEASURES.map((m) => (
                <th key={m.label} scope="colgroup" colSpan={2}>
                  {m.label}
                </th>
              ))}
            </tr>
            <tr>
              {MEASURES.map((m) => [
                <th key={`${m.label}-b`} scope="col" className="number">
                  Baseline
                </th>,
                <th key={`${m.label}-s`} scope="col" className="number scenario-column">
                  {tag}
                </th>,
              ])}
            </tr>
          </thead>
          <tbody>
            {result.occupations.flatMap((o) =>
              o.baseline.map((base, i) => {
                const after = o.scenario[i] ?? base
                return (
                  <tr key={`${o.occupation}-${base.basis}`}>
                    <th scope="row">
                      <span className="scenario-tag">{tag}</span> {occupation(o.occupation).name},{' '}
                      {DEMAND_BASIS_LABELS[base.basis].toLocaleLowerCase()}
                      {fewEmployers(base) && ' *'}
                    </th>
                    {MEASURES.map((m) => {
                      const changed = m.value(after) !== m.value(base)
                      return [
                        <td key={`${m.label}-b`} className="number">
                          {m.shown(base)}
                        </td>,
                        <td
                          key={`${m.label}-s`}
                          className={
                            changed ? 'number scenario-column changed' : 'number scenario-column'
                          }
                        >
                          {m.shown(after)}
                          {changed && <span className="changed-mark"> changed</span>}
                        </td>,
                      ]
                    })}
                  </tr>
                )
              }),
            )}
          </tbody>
        </table>
      </div>
      {anyFew && (
        <p className="hint">
          * Employer-reported demand drawn from fewer than 3 employers: shown to board staff only,
          suppressed in everything that leaves the board.
        </p>
      )}
    </section>
  )
}
