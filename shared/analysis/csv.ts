// CSV of the merged dataset and of the analysis, for staff and partners to open in Excel.
// Both leave the board, so both apply suppression: the analysis through its shared view, the
// dataset by writing no employer's own figure (each is drawn from one employer) unless the
// board asks for its own copy. Text goes through the project's one formula-safety rule
// (`csvField` in shared/csv.ts); numbers are written as numbers, exact to 12
// significant digits (enough to drop floating-point noise, never a rounding a reader sees).
import { csvDocument, csvField } from '../csv'
import { periodKey } from '../domain/periods'
import { measuresFor } from '../reports/schemas'
import type { Submission } from '../submission/payload'
import type { AnalysisResult } from './analysis'
import { BAND_LABELS, DEMAND_BASIS_LABELS, type Comparison } from './coverage'
import { forSharing, SUPPRESSED_TEXT, type Protected } from './suppression'

type Cell = string | number | null

function number(n: number): string {
  return String(Number(n.toPrecision(12)))
}

function cell(value: Cell): string {
  if (value === null) return ''
  return typeof value === 'number' ? number(value) : csvField(value)
}

function csv(rows: readonly (readonly Cell[])[]): string {
  return csvDocument(rows.map((r) => r.map(cell)))
}

function shown<T extends Cell>(p: Protected<T>): Cell {
  return p.protection !== 'none' && p.value === null ? SUPPRESSED_TEXT : p.value
}

export const ANALYSIS_CSV_COLUMNS = [
  'Figures',
  'Occupation',
  'Demand basis',
  'Demand',
  'Supply',
  'Gap (demand − supply)',
  'Coverage (supply ÷ demand)',
  'Band',
  'Supply uses estimated completers',
  'Assumed inputs',
  'Binding constraint',
  '3-year pass rate',
  '5-year pass rate',
  '3-year placement rate',
] as const

function comparisonCells(c: Comparison): Cell[] {
  const band = c.band.value
  return [
    DEMAND_BASIS_LABELS[c.basis],
    shown(c.demand),
    c.supply,
    shown(c.gap),
    shown(c.coverage),
    band === null ? shown(c.band) : BAND_LABELS[band],
  ]
}

/** The analysis, one row per occupation and demand basis, then each scenario's rows. */
export function analysisCsv(result: AnalysisResult): string {
  const shared = forSharing(result)
  const rows: Cell[][] = [[...ANALYSIS_CSV_COLUMNS]]
  for (const o of shared.occupations) {
    const rate = (key: string, span: number) =>
      o.rates.find((r) => r.rate === key && r.span === span)?.value ?? null
    for (const c of o.comparisons) {
      rows.push([
        'Reported',
        o.name,
        ...comparisonCells(c),
        o.supply.estimated ? 'yes' : 'no',
        o.assumed.join('; '),
        o.pipeline.capacity.words,
        rate('passRate', 3),
        rate('passRate', 5),
        rate('placementRate', 3),
      ])
    }
  }
  for (const s of shared.scenarios) {
    for (const o of s.occupations) {
      const name =
        shared.occupations.find((x) => x.occupation === o.occupation)?.name ?? o.occupation
      for (const c of o.scenario) {
        rows.push([
          s.label,
          name,
          ...comparisonCells(c),
          '',
          '',
          o.bindingScenario,
          null,
          null,
          null,
        ])
      }
    }
  }
  return csv(rows)
}

export const DATASET_CSV_COLUMNS = [
  'Institution',
  'Institution id',
  'Report',
  'Period',
  'Revision',
  'Program',
  'Occupation',
  'Measure',
  'Value',
] as const

/**
 * The merged dataset in long form (one reported value a row), so that the three kinds of
 * report share one table. For sharing, employers' figures read "suppressed (fewer than 3
 * employers)": each is one employer's own.
 */
export function datasetCsv(
  submissions: readonly Submission[],
  audience: 'board' | 'shared' = 'shared',
): string {
  const rows: Cell[][] = [[...DATASET_CSV_COLUMNS]]
  for (const { header, report } of submissions) {
    const lead = [
      header.institution.name,
      header.institution.id,
      report.kind,
      periodKey(header.period),
      header.revision,
    ]
    const measures = measuresFor(report.kind)
    const programs =
      report.kind === 'education' ? new Map(report.programs.map((p) => [p.id, p])) : null
    const lines: readonly {
      program: string
      occupation: string
      values: Readonly<Record<string, number | null>>
    }[] =
      report.kind === 'education'
        ? report.rows.map((r) => ({
            program: programs?.get(r.programId)?.name ?? r.programId,
            occupation: programs?.get(r.programId)?.occupation ?? '',
            values: r.values,
          }))
        : report.rows.map((r) => ({
            program: '',
            occupation: r.occupation,
            values: r.values,
          }))
    for (const line of lines) {
      for (const m of measures) {
        const value = line.values[m.key] ?? null
        if (value === null) continue
        const hidden = report.kind === 'employer' && audience === 'shared'
        rows.push([
          ...lead,
          line.program,
          line.occupation,
          m.label,
          hidden ? SUPPRESSED_TEXT : value,
        ])
      }
    }
  }
  return csv(rows)
}
