import { describe, expect, it } from 'vitest'
import { analyse } from './analysis'
import { Scenario, scenarioFromBaseline } from './scenario'
import { CYCLE } from './test-data'
import { region, regionContext } from './test-region'

const radiography = { institutionId: 'holyoke-community-college', programId: 'radiography' }

function run(...changes: Scenario[]) {
  const result = analyse(region(), CYCLE, regionContext(), { scenarios: changes })
  return result.scenarios.map((s) => {
    const r = s.occupations.find((o) => o.occupation === 'radiologic-technologists')
    if (!r) throw new Error('no radiologic technologists')
    return { ...r, name: s.name, label: s.label }
  })
}

describe('scenarios', () => {
  it('starts as the baseline and is labelled a scenario', () => {
    const [same] = run(scenarioFromBaseline('Copy of baseline'))
    expect(same?.scenario).toEqual(same?.baseline)
    expect(same?.label).toBe('Scenario: Copy of baseline (what-if figures, not reported ones)')
  })

  it('secures the clinical slots that bind: completers grow until faculty binds', () => {
    const [more] = run(
      Scenario.parse({
        name: 'Six more clinical slots',
        programs: [{ ...radiography, clinicalSlotsSecured: 24 }],
      }),
    )
    // Before: min(24 seats, 18 × 22 ÷ 24 = 16.5 placed, 24 × 4 ÷ 5 = 19.2 taught) = 16.5.
    // After: min(24, 22, 19.2) = 19.2. Expected completers 20 × 19.2 ÷ 16.5; supply × 0.8 × 0.5625.
    const supply = ((20 * 19.2) / 16.5) * 0.8 * 0.75 * 0.75
    expect(more?.scenario[0]?.supply).toBeCloseTo(supply, 10)
    expect(more?.scenario[0]?.gap.value).toBeCloseTo(25 - supply, 10)
    expect(more?.baseline[0]?.supply).toBeCloseTo(9, 10)
    expect(more?.bindingBaseline).toBe('Clinical placements: 18 secured for 24 needed')
    expect(more?.bindingScenario).toBe('Faculty: 1 position vacant (4 FTE filled of 5)')
  })

  it('adds no completers with seats where clinical placements bind', () => {
    const [seats] = run(
      Scenario.parse({ name: 'More seats', programs: [{ ...radiography, seats: 40 }] }),
    )
    expect(seats?.scenario[0]?.supply).toBeCloseTo(9, 10)
  })

  it('changes shares and demand and shows the band beside the baseline', () => {
    const [what] = run(
      Scenario.parse({
        name: 'Better placement, lower demand',
        programs: [{ ...radiography, placementShare: 1, inRegionShare: 1 }],
        occupations: [
          { occupation: 'radiologic-technologists', employerDemand: 18, publishedOpenings: 20 },
        ],
      }),
    )
    // 20 × 0.8 × 1 × 1 = 16; 16 ÷ 18 = 0.89 (shortage); 16 ÷ 20 = 0.80 (shortage).
    expect(what?.scenario[0]?.supply).toBeCloseTo(16, 12)
    expect(what?.scenario.map((c) => [c.demand.value, c.band.value])).toEqual([
      [18, 'shortage'],
      [20, 'shortage'],
    ])
    expect(what?.baseline.map((c) => c.band.value)).toEqual(['severe-shortage', 'severe-shortage'])
  })

  it('never changes the reported figures', () => {
    const submissions = region()
    const before = JSON.stringify(submissions)
    const result = analyse(submissions, CYCLE, regionContext(), {
      scenarios: [
        Scenario.parse({
          name: 'x',
          programs: [{ ...radiography, seats: 1, expectedCompleters: 1 }],
        }),
      ],
    })
    expect(JSON.stringify(submissions)).toBe(before)
    expect(result.occupations[1]?.supply.value).toBeCloseTo(9, 10)
  })

  it('refuses a scenario without a name or with a share above 1, in words', () => {
    expect(Scenario.safeParse({ name: ' ' }).error?.issues[0]?.message).toBe(
      'A scenario needs a name',
    )
    expect(
      Scenario.safeParse({ name: 'x', programs: [{ ...radiography, passShare: 85 }] }).error
        ?.issues[0]?.message,
    ).toBe('must be between 0 and 1')
  })
})
