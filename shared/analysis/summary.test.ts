import { describe, expect, it } from 'vitest'
import { analyse } from './analysis'
import { Scenario } from './scenario'
import { AnalysisSummary, summaryOf } from './summary'
import { CYCLE } from './test-data'
import { region, regionContext } from './test-region'

describe('the summary JSON', () => {
  const result = analyse(region(), CYCLE, regionContext(), {
    scenarios: [
      Scenario.parse({
        name: 'Demand drops',
        occupations: [{ occupation: 'radiologic-technologists', employerDemand: 9 }],
      }),
    ],
  })
  const summary = summaryOf(result)

  it('gives per occupation and basis the exact figures, band, rates and binding constraint', () => {
    const radiology = summary.occupations.find((o) => o.occupation === 'radiologic-technologists')
    expect(radiology?.bases[1]).toEqual({
      basis: 'published-openings',
      demand: { value: 48, suppressed: false },
      supply: radiology?.supply.value,
      gap: { value: 48 - (radiology?.supply.value ?? 0), suppressed: false },
      coverage: { value: (radiology?.supply.value ?? 0) / 48, suppressed: false },
      band: { value: 'severe-shortage', suppressed: false },
    })
    expect(radiology?.bindingConstraint).toEqual({
      kind: 'clinical',
      words: 'Clinical placements: 18 secured for 24 needed',
    })
    expect(radiology?.rates.find((r) => r.rate === 'passRate' && r.span === 3)).toMatchObject({
      numerator: 24,
      denominator: 30,
      value: 0.8,
    })
    const scenario = summary.scenarios[0]?.occupations.find(
      (o) => o.occupation === 'radiologic-technologists',
    )
    expect(scenario?.scenario[0]?.band.value).toBe('balanced')
  })

  it('is always the shared view, even from the board’s result', () => {
    const surgical = summary.occupations.find((o) => o.occupation === 'surgical-technologists')
    expect(surgical?.bases[0]?.demand).toEqual({ value: null, suppressed: true })
    expect(JSON.stringify(summary)).not.toContain('"value":8,')
  })

  it('matches its schema after a JSON round trip', () => {
    expect(AnalysisSummary.parse(JSON.parse(JSON.stringify(summary)))).toEqual(summary)
  })
})
