// The vocabulary of the regional workbook's sheets: titled blocks of lines and small tables,
// figures rounded for display to the decimals their format shows (so the verifier's check that
// a cell shows what it holds passes, and a reader sees exactly the figure the cell holds), and
// a suppressed figure written as the one sentence BOARD.md fixes.
import { BAND_LABELS, DEMAND_BASIS_LABELS } from '../analysis/coverage'
import type { AnalysisSummary } from '../analysis/summary'
import { SUPPRESSED_TEXT } from '../analysis/suppression'
import type { SharedFigure } from '../regional/payload'
import { cellText } from './cells'
import type { CellKind, ColumnSpec, LayoutCell, LayoutRow, SheetLayout } from './layout'

export type FigureKind = 'count' | 'tenths' | 'hundredths'

const DECIMALS: Record<FigureKind, number> = { count: 0, tenths: 1, hundredths: 2 }

/** Half up on the decimal digits a person reads, as the coverage bands are decided. */
export function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals
  const rounded = Math.round(Number((value * scale).toPrecision(12))) / scale
  return Object.is(rounded, -0) ? 0 : rounded
}

export function text(value: string | null, kind: CellKind = 'text'): LayoutCell | null {
  if (value === null) return null
  const written = cellText(value)
  return written === '' ? null : { value: written, kind }
}

/** A figure to the decimals of its kind; null (unknown) as `unknown` when given, else empty. */
export function num(
  value: number | null,
  kind: FigureKind,
  unknown: string | null = null,
): LayoutCell | null {
  if (value === null) return text(unknown)
  return { value: roundTo(value, DECIMALS[kind]), kind }
}

/** A figure that may be suppressed: the sentence where it is, "unknown" where no one reported it. */
export function shared(figure: SharedFigure, kind: FigureKind): LayoutCell | null {
  if (figure.suppressed && figure.value === null) return text(SUPPRESSED_TEXT)
  return num(figure.value, kind, 'unknown')
}

type Cell = LayoutCell | null

/** Rows of a sheet, written top to bottom. */
export class SheetRows {
  readonly rows: LayoutRow[] = []

  line(...cells: Cell[]): this {
    this.rows.push(cells)
    return this
  }

  blank(): this {
    return this.line()
  }

  title(value: string): this {
    return this.line(text(value, 'title'))
  }

  /** A section heading after a blank row. */
  heading(value: string): this {
    if (this.rows.length > 0) this.blank()
    return this.line(text(value, 'label'))
  }

  /** A label and its value. */
  pair(label: string, value: Cell): this {
    return this.line(text(label, 'label'), value)
  }

  table(headers: readonly string[], body: readonly (readonly Cell[])[]): this {
    this.line(...headers.map((h) => text(h, 'header')))
    for (const row of body) this.line(...row)
    return this
  }

  sheet(name: string, widths: readonly number[]): SheetLayout {
    const count = Math.max(widths.length, ...this.rows.map((r) => r.length))
    const columns: ColumnSpec[] = Array.from({ length: count }, (_, i) => ({
      header: '',
      width: widths[i] ?? 14,
      kind: 'text',
    }))
    const rows = this.rows.map((r) => Array.from({ length: count }, (_, i) => r[i] ?? null))
    return { name, role: 'sections', columns, rows, freeze: null }
  }
}

type Basis = AnalysisSummary['occupations'][number]['bases'][number]

export const BASIS_HEADERS = [
  'Demand basis',
  'Demand',
  'Supply',
  'Gap (demand − supply)',
  'Coverage (supply ÷ demand)',
  'Band',
] as const

/** Demand basis, demand, supply, gap, coverage and band: the figures of one comparison. */
export function basisCells(b: Basis): (LayoutCell | null)[] {
  const band = b.band.suppressed
    ? text(SUPPRESSED_TEXT)
    : text(b.band.value === null ? 'unknown' : BAND_LABELS[b.band.value])
  return [
    text(DEMAND_BASIS_LABELS[b.basis]),
    shared(b.demand, 'tenths'),
    num(b.supply, 'tenths', 'unknown'),
    shared(b.gap, 'tenths'),
    shared(b.coverage, 'hundredths'),
    band,
  ]
}
