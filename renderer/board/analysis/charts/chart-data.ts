// What each chart of an occupation draws and what its data table beside it says, shaped once
// from the analysis so that the bars and the table can never disagree. Bars are horizontal:
// a row has one or more segments stacked from 0, and a label with the figure in words. A
// figure the audience may not read (suppressed when shared) has no bar, only its label.
import type { OccupationAnalysis } from '../../../../shared/analysis/analysis'
import { BAND_LABELS, DEMAND_BASIS_LABELS } from '../../../../shared/analysis/coverage'
import {
  coverageText,
  figureText,
  protectedText,
  type Audience,
} from '../../../../shared/analysis/findings'
import { DEMAND_PARTS, type DemandPart } from '../../../../shared/analysis/demand'
import { SHARE_LABELS, SHARE_NAMES } from '../../../../shared/analysis/shares'
import type { TrendPoint } from '../../../../shared/analysis/trend'
import type { Protected } from '../../../../shared/analysis/suppression'

export type Tone = 'demand' | 'estimated' | 'supply' | 'openings' | 'stage' | 'limit' | 'binding'

export interface Segment {
  readonly label: string
  readonly value: number
  readonly tone: Tone
}

export interface BarRow {
  readonly key: string
  readonly label: string
  /** Empty when the figure is unknown or suppressed for this audience. */
  readonly segments: readonly Segment[]
  readonly valueText: string
}

export interface Table {
  readonly columns: readonly string[]
  readonly rows: readonly (readonly string[])[]
}

export interface BarChartData {
  readonly title: string
  readonly description: string
  readonly rows: readonly BarRow[]
  /** A vertical line drawn across the rows, such as "needed" at a ratio of 1. */
  readonly reference?: { readonly value: number; readonly label: string }
  /** How the axis writes its ticks. */
  readonly axis: 'count' | 'ratio'
  readonly table: Table
}

const readable = (p: Protected<number>, audience: Audience) =>
  p.value !== null && (p.protection === 'none' || audience === 'board')

export const DEMAND_PART_LABELS: Record<DemandPart, string> = {
  openVacancies: 'Open vacancies',
  vacanciesOver90Days: 'Vacancies open over 90 days',
  separations12Months: 'Separations in the last 12 months',
  travelerFte: 'Traveler and agency FTE',
  expectedRetirements5Years: 'Retirements expected within 5 years',
  expectedHires12Months: 'Expected hires in the next 12 months',
  filledFte: 'Filled FTE',
}

/** Employer-reported demand and published openings, each beside supply, never added together. */
export function supplyDemandChart(o: OccupationAnalysis, audience: Audience): BarChartData {
  const [employers, published] = o.comparisons
  const { employerDemand: ed, publishedOpenings: po } = o
  const rows: BarRow[] = []
  const supplyRow = (key: string): BarRow => ({
    key,
    label: 'Supply',
    segments:
      o.supply.value === null ? [] : [{ label: 'Supply', value: o.supply.value, tone: 'supply' }],
    valueText: `${figureText(o.supply.value)}${o.supply.assumed ? ' (uses assumed shares)' : ''}${o.supply.estimated ? ' (estimated completers)' : ''}`,
  })
  if (employers) {
    const hires = ed.parts.expectedHires12Months
    const segments: Segment[] = []
    if (readable(ed.total, audience)) {
      if (hires.value)
        segments.push({ label: 'Expected hires', value: hires.value, tone: 'demand' })
      if (ed.estimated.value) {
        segments.push({
          label: 'Estimated from vacancies and separations',
          value: ed.estimated.value,
          tone: 'estimated',
        })
      }
    }
    rows.push({
      key: 'employer-demand',
      label: DEMAND_BASIS_LABELS['employer-reported'],
      segments,
      valueText: protectedText(ed.total, audience, figureText),
    })
    rows.push(supplyRow('employer-supply'))
  }
  if (published) {
    const p = po.projection
    const stackable =
      p !== null &&
      p.netChangePerYear >= 0 &&
      (po.from === 'projection' || po.check?.agrees === true)
    rows.push({
      key: 'published-openings',
      label: DEMAND_BASIS_LABELS['published-openings'],
      segments:
        po.value === null
          ? []
          : stackable
            ? [
                { label: 'Growth per year', value: p.netChangePerYear, tone: 'openings' },
                { label: 'Exits per year', value: p.exitsPerYear, tone: 'openings' },
                { label: 'Transfers per year', value: p.transfersPerYear, tone: 'openings' },
              ]
            : [{ label: 'Annual openings', value: po.value, tone: 'openings' }],
      valueText:
        po.value === null ? 'unknown (no board context)' : `${figureText(po.value)} a year`,
    })
    rows.push(supplyRow('published-supply'))
  }
  const table: Table = {
    columns: [
      'Demand basis',
      'Demand',
      'Supply',
      'Gap (demand − supply)',
      'Coverage (supply ÷ demand)',
      'Band',
    ],
    rows: o.comparisons.map((c) => [
      DEMAND_BASIS_LABELS[c.basis],
      protectedText(c.demand, audience, figureText),
      figureText(c.supply),
      protectedText(c.gap, audience, figureText),
      protectedText(c.coverage, audience, coverageText),
      protectedText(c.band, audience, (b) => (b === null ? 'unknown' : BAND_LABELS[b])),
    ]),
  }
  const said = o.comparisons
    .map(
      (c) =>
        `${DEMAND_BASIS_LABELS[c.basis]} ${protectedText(c.demand, audience, figureText)}, coverage ${protectedText(c.coverage, audience, coverageText)}`,
    )
    .join('; ')
  return {
    title: `${o.name}: supply against demand`,
    description: `Supply ${figureText(o.supply.value)} a year. ${said}. The two demand bases are shown side by side and never added.`,
    rows,
    axis: 'count',
    table,
  }
}

/** The parts reported beside employer-reported demand, and the published openings' parts. */
export function demandPartsTable(o: OccupationAnalysis, audience: Audience): Table {
  const rows: string[][] = DEMAND_PARTS.map((part) => [
    DEMAND_PART_LABELS[part],
    protectedText(o.employerDemand.parts[part], audience, figureText),
  ])
  rows.push([
    'Part of employer demand estimated from vacancies + separations',
    protectedText(o.employerDemand.estimated, audience, figureText),
  ])
  const p = o.publishedOpenings.projection
  if (p) {
    rows.push(
      [
        `Published openings: employment ${p.baseYear} → ${p.projectedYear}`,
        `${figureText(p.baseEmployment)} → ${figureText(p.projectedEmployment)}`,
      ],
      ['Published openings: growth per year', figureText(p.netChangePerYear)],
      ['Published openings: exits per year', figureText(p.exitsPerYear)],
      ['Published openings: transfers per year', figureText(p.transfersPerYear)],
      ['Published openings: geography and vintage', `${p.geography}, ${p.vintage}`],
    )
  }
  if (o.publishedOpenings.source)
    rows.push(['Published openings: source', o.publishedOpenings.source])
  if (o.publishedOpenings.check)
    rows.push(['Published openings: check', o.publishedOpenings.check.words])
  if (o.regionalEmployment) {
    rows.push([
      'Regional employment',
      `${figureText(o.regionalEmployment.value)} (${o.regionalEmployment.source})`,
    ])
    rows.push([
      'Share of regional employment the reporting employers cover',
      protectedText(o.regionalEmployment.covered, audience, (v) =>
        v === null ? 'unknown' : `${Math.round(v * 100)}%`,
      ),
    ])
  }
  return { columns: ['Figure', 'Value'], rows }
}

/** The pipeline from applicants to placed in region, with qualified applicants turned away. */
export function funnelChart(o: OccupationAnalysis): BarChartData {
  const stages = o.pipeline.funnel
  const rows: BarRow[] = stages.map((s) => ({
    key: s.key,
    label: s.label,
    segments: s.value === null ? [] : [{ label: s.label, value: s.value, tone: 'stage' }],
    valueText: s.value === null ? 'not reported' : figureText(s.value),
  }))
  rows.splice(3, 0, {
    key: 'turned-away',
    label: 'Qualified applicants turned away',
    segments:
      o.pipeline.turnedAway === null
        ? []
        : [{ label: 'Turned away', value: o.pipeline.turnedAway, tone: 'binding' }],
    valueText: o.pipeline.turnedAway === null ? 'not reported' : figureText(o.pipeline.turnedAway),
  })
  return {
    title: `${o.name}: the pipeline funnel`,
    description: `${stages.map((s) => `${s.label} ${s.value === null ? 'not reported' : figureText(s.value)}`).join(', ')}. Qualified applicants turned away: ${o.pipeline.turnedAway === null ? 'not reported' : figureText(o.pipeline.turnedAway)}.`,
    rows,
    axis: 'count',
    table: { columns: ['Stage', 'Students'], rows: rows.map((r) => [r.label, r.valueText]) },
  }
}

const LIMIT_LABELS = {
  seats: 'Seats',
  clinical: 'Clinical placements',
  faculty: 'Faculty',
} as const

/** Each capacity limit as what programs have ÷ what they need; the binding one marked. */
export function capacityChart(o: OccupationAnalysis): BarChartData {
  const { constraints, binding, words } = o.pipeline.capacity
  const rows: BarRow[] = constraints.map((c) => ({
    key: c.kind,
    label: `${LIMIT_LABELS[c.kind]}${binding?.kind === c.kind ? ' (binding)' : ''}`,
    segments: [
      {
        label: LIMIT_LABELS[c.kind],
        value: c.ratio,
        tone: binding?.kind === c.kind ? 'binding' : 'limit',
      },
    ],
    valueText: `${figureText(c.available)} of ${figureText(c.needed)} (${coverageText(c.ratio)})`,
  }))
  return {
    title: `${o.name}: capacity limits`,
    description: `${words}. Each limit is what programs have divided by what they need; under 1 it holds the pipeline back.`,
    rows,
    reference: { value: 1, label: 'needed' },
    axis: 'ratio',
    table: {
      columns: ['Limit', 'Have', 'Need', 'Ratio', 'In words'],
      rows: constraints.map((c) => [
        `${LIMIT_LABELS[c.kind]}${binding?.kind === c.kind ? ' (binding)' : ''}`,
        figureText(c.available),
        figureText(c.needed),
        coverageText(c.ratio),
        c.words,
      ]),
    },
  }
}

/** High-school pathway students by grade, and dual enrollment. */
export function pipelineAheadChart(o: OccupationAnalysis): BarChartData {
  const a = o.pipelineAhead
  const entries: [string, string, number | null][] = [
    ['grade9', 'Grade 9 pathway students', a.byGrade.grade9],
    ['grade10', 'Grade 10 pathway students', a.byGrade.grade10],
    ['grade11', 'Grade 11 pathway students', a.byGrade.grade11],
    ['grade12', 'Grade 12 pathway students', a.byGrade.grade12],
    ['hs-dual', 'High-school dual enrollment', a.highSchoolDualEnrollment],
    ['college-dual', 'College dual enrollment', a.collegeDualEnrollment],
  ]
  const rows: BarRow[] = entries.map(([key, label, value]) => ({
    key,
    label,
    segments: value === null ? [] : [{ label, value, tone: 'stage' }],
    valueText: value === null ? 'not reported' : figureText(value),
  }))
  return {
    title: `${o.name}: the pipeline ahead`,
    description: `${figureText(a.pathwayEnrollment)} high-school pathway students in ${a.schools} ${a.schools === 1 ? 'school' : 'schools'}; ${rows.map((r) => `${r.label} ${r.valueText}`).join(', ')}.`,
    rows,
    axis: 'count',
    table: {
      columns: ['Group', 'Students'],
      rows: [
        ...rows.map((r) => [r.label, r.valueText]),
        ['Career-awareness reach', figureText(a.careerAwarenessReach)],
      ],
    },
  }
}

export interface TrendSeries {
  readonly basis: TrendPoint['basis']
  readonly label: string
  readonly points: readonly { readonly cycle: string; readonly coverage: number | null }[]
}

export interface TrendData {
  readonly title: string
  readonly description: string
  readonly cycles: readonly string[]
  readonly series: readonly TrendSeries[]
  readonly table: Table
}

/** Coverage on each demand basis, cycle by cycle. */
export function trendChart(
  name: string,
  points: readonly TrendPoint[],
  audience: Audience,
): TrendData {
  const cycles = [...new Set(points.map((p) => p.cycle))]
  const series = (['published-openings', 'employer-reported'] as const).map((basis) => ({
    basis,
    label: DEMAND_BASIS_LABELS[basis],
    points: cycles.map((cycle) => {
      const p = points.find((x) => x.cycle === cycle && x.basis === basis)
      return { cycle, coverage: p && readable(p.coverage, audience) ? p.coverage.value : null }
    }),
  }))
  const cell = (cycle: string, basis: TrendPoint['basis']) => {
    const p = points.find((x) => x.cycle === cycle && x.basis === basis)
    if (!p) return 'no data'
    const band = protectedText(p.band, audience, (b) => (b === null ? '' : BAND_LABELS[b]))
    const coverage = protectedText(p.coverage, audience, coverageText)
    return p.band.value === null || p.coverage.protection !== 'none'
      ? coverage
      : `${coverage} (${band})`
  }
  return {
    title: `${name}: coverage across cycles`,
    description:
      cycles.length === 0
        ? 'No cycle holds merged data yet.'
        : `${cycles.length} ${cycles.length === 1 ? 'cycle' : 'cycles'}: ${cycles.map((c) => `${c}: published openings ${cell(c, 'published-openings')}, employer-reported ${cell(c, 'employer-reported')}`).join('; ')}.`,
    cycles,
    series,
    table: {
      columns: ['Cycle', ...series.map((s) => `Coverage against ${s.label.toLowerCase()}`)],
      rows: cycles.map((c) => [c, cell(c, 'published-openings'), cell(c, 'employer-reported')]),
    },
  }
}

/** Each program's contribution to supply: the drill-down from an occupation. */
export function contributionsTable(o: OccupationAnalysis): Table {
  return {
    columns: [
      'Institution',
      'Program',
      'Expected completers',
      ...SHARE_NAMES.map((n) => SHARE_LABELS[n]),
      'Supply contributed',
    ],
    rows: o.supply.programs.map((p) => [
      p.institutionName,
      p.name,
      `${figureText(p.expectedCompleters.value)}${p.expectedCompleters.estimated ? ' (estimated: completers this year)' : ''}`,
      ...SHARE_NAMES.map((n) => {
        const s = p.shares[n]
        return `${s.value === null ? 'unknown' : coverageText(s.value)}${s.assumed ? ' (assumed: board default)' : ''}`
      }),
      figureText(p.value),
    ]),
  }
}
