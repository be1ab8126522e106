import { describe, expect, it } from 'vitest'
import { analyse, type OccupationAnalysis } from '../../../../shared/analysis/analysis'
import { SUPPRESSED_TEXT } from '../../../../shared/analysis/suppression'
import { CYCLE } from '../../../../shared/analysis/test-data'
import { region, regionContext } from '../../../../shared/analysis/test-region'
import { coverageTrend } from '../../../../shared/analysis/trend'
import {
  capacityChart,
  contributionsTable,
  funnelChart,
  supplyDemandChart,
  trendChart,
} from './chart-data'

function occupation(audience: 'board' | 'shared', id: OccupationAnalysis['occupation']) {
  const o = analyse(region(), CYCLE, regionContext(), { audience }).occupations.find(
    (x) => x.occupation === id,
  )
  if (!o) throw new Error(`no ${id}`)
  return o
}

describe('chart data', () => {
  it('draws both demand bases beside supply, never one bar of both, with the same figures as the table', () => {
    const radiology = occupation('board', 'radiologic-technologists')
    const chart = supplyDemandChart(radiology, 'board')
    expect(chart.rows.map((r) => r.key)).toEqual([
      'employer-demand',
      'employer-supply',
      'published-openings',
      'published-supply',
    ])
    const employers = chart.rows[0]!
    // 25 = expected hires 17 + 8 estimated from vacancies and separations (analysis.test.ts).
    expect(employers.segments.reduce((s, x) => s + x.value, 0)).toBe(25)
    expect(employers.segments.map((s) => s.tone)).toEqual(['demand', 'estimated'])
    expect(chart.table.rows[0]).toEqual([
      'Employer-reported demand',
      '25',
      '9',
      '16',
      '0.36',
      'Severe shortage',
    ])
    expect(chart.table.rows[1]?.slice(0, 2)).toEqual(['Published annual openings', '48'])
  })

  it('draws no bar for a suppressed figure in the shared view, and says it is suppressed', () => {
    const surgical = occupation('shared', 'surgical-technologists')
    const chart = supplyDemandChart(surgical, 'shared')
    expect(chart.rows[0]?.segments).toEqual([])
    expect(chart.rows[0]?.valueText).toBe(SUPPRESSED_TEXT)
    expect(chart.table.rows[0]?.slice(3)).toEqual([
      SUPPRESSED_TEXT,
      SUPPRESSED_TEXT,
      SUPPRESSED_TEXT,
    ])
    expect(chart.description).not.toMatch(/board only/)
  })

  it('puts qualified applicants turned away after qualified, and marks the binding limit', () => {
    const radiology = occupation('board', 'radiologic-technologists')
    const funnel = funnelChart(radiology)
    expect(funnel.rows.map((r) => r.key).slice(0, 4)).toEqual([
      'applicants',
      'qualifiedApplicants',
      'admitted',
      'turned-away',
    ])
    const capacity = capacityChart(radiology)
    const binding = radiology.pipeline.capacity.binding
    expect(capacity.reference?.value).toBe(1)
    if (binding) {
      expect(capacity.rows.find((r) => r.key === binding.kind)?.segments[0]?.tone).toBe('binding')
    }
    expect(capacity.table.rows.length).toBe(radiology.pipeline.capacity.constraints.length)
  })

  it('lists each program’s contribution with assumed shares marked', () => {
    const radiology = occupation('board', 'radiologic-technologists')
    const table = contributionsTable(radiology)
    expect(table.rows).toHaveLength(radiology.supply.programs.length)
    expect(table.rows[0]?.at(-1)).toBe('9')
    const assumed = analyse(region(), CYCLE, {
      ...regionContext(),
      defaults: { passShare: 0.85, placementShare: 0.85, inRegionShare: 0.7 },
    }).occupations.find((o) => o.assumed.length > 0)
    if (assumed)
      expect(contributionsTable(assumed).rows.flat().join(' ')).toContain(
        '(assumed: board default)',
      )
  })

  it('gives the trend one series per basis with a point per cycle held', () => {
    const trend = coverageTrend(region(), [CYCLE], regionContext())
    const data = trendChart('Radiologic technologists', trend['radiologic-technologists'], 'board')
    expect(data.cycles).toEqual(['AY2025-26'])
    expect(data.series.map((s) => s.points[0]?.coverage)).toEqual([0.1875, 0.36])
    expect(data.table.rows).toEqual([
      ['AY2025-26', '0.19 (Severe shortage)', '0.36 (Severe shortage)'],
    ])
  })
})
