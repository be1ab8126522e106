// The visible sheets of the regional gap-analysis workbook, from its signed payload alone: the
// writer renders them, the verifier regenerates them and compares the file cell by cell, as for
// a submission. Sheets: Summary, one per occupation, Contributions, Assumptions, Scenarios (when
// chosen), Reporting status, Audit summary.
import { SUPPRESSED_TEXT } from '../analysis/suppression'
import { formatFingerprint } from '../crypto/keys'
import { occupation, type OccupationId } from '../domain/occupations'
import { describeCycleWindow } from '../intake/cycle'
import { RATES, spanLabel } from '../analysis/multi-year'
import { academicYear } from '../domain/periods'
import { EMPLOYER_MEASURES } from '../reports/measures'
import type { RegionalPublication } from '../regional/payload'
import type { AnalysisSummary } from '../analysis/summary'
import type { SheetLayout } from './layout'
import { BASIS_HEADERS, SheetRows, basisCells, num, shared, text } from './regional-cells'
import { regionalTables } from './regional-tables'

export const SUMMARY_SHEET = 'Summary'

type SummaryOccupation = AnalysisSummary['occupations'][number]

/** An occupation's sheet name: its name, or its short name where Excel's 31 characters are too few. */
export function occupationSheetName(id: OccupationId): string {
  const o = occupation(id)
  return o.name.length <= 31 ? o.name : o.shortName
}

/** "assumed, estimated" for the supply marks, or null when neither. */
function supplyMarks(o: SummaryOccupation): string | null {
  const marks = [
    ...(o.supply.assumed ? ['uses assumed shares (board defaults)'] : []),
    ...(o.supply.estimated ? ['uses this year’s completers as an estimate'] : []),
  ]
  return marks.length === 0 ? null : marks.join('; ')
}

/** "2025-11-01T14:03:22.120Z" → "2025-11-01 14:03:22 UTC". */
function utc(iso: string): string {
  return iso.replace('T', ' ').replace(/(?:\.\d+)?Z$/, ' UTC')
}

function summarySheet(p: RegionalPublication): SheetLayout {
  const { header, analysis } = p
  const [line1 = '', line2 = ''] = formatFingerprint(header.keyId).split('\n')
  const rows = new SheetRows()
    .title(`Regional gap analysis, ${header.cycle.id}`)
    .blank()
    .pair('Published by', text(header.board.name))
    .pair('Cycle', text(describeCycleWindow(header.cycle)))
    .pair('Created at', text(utc(header.createdAt)))
    .pair('Publication id', text(header.publicationId))
    .pair('Signing key fingerprint', text(line1))
    .pair('', text(line2))
    .pair(
      'Confidentiality',
      text(`Figures drawn from fewer than 3 employers read “${SUPPRESSED_TEXT}”.`),
    )
  rows.heading('Demand and supply by occupation')
  rows.table(
    ['Occupation', ...BASIS_HEADERS, 'Supply notes'],
    analysis.occupations.flatMap((o) =>
      o.bases.map((b) => [text(o.name), ...basisCells(b), text(supplyMarks(o))]),
    ),
  )
  rows.heading('About this file')
  rows.line(
    text(
      `This workbook is the regional gap analysis of ${header.board.name} for ${header.cycle.id}, ` +
        'made by Allied Pipeline from the partners’ signed reports and signed with the board’s key ' +
        'whose fingerprint is shown above. Allied Pipeline checks that signature against the ' +
        'board’s key card: any edit to this workbook, even to one figure, is detected. Coverage ' +
        'bands: 0.59 or less severe shortage, 0.60 to 0.90 shortage, 0.91 to 1.20 balanced, 1.21 ' +
        'to 1.49 surplus, 1.50 or more large surplus.',
      'paragraph',
    ),
  )
  return rows.sheet(SUMMARY_SHEET, [30, 28, 12, 12, 14, 16, 18, 44])
}

const MEASURE_LABEL = new Map<string, string>(EMPLOYER_MEASURES.map((m) => [m.key, m.label]))

function occupationSheet(p: RegionalPublication, o: SummaryOccupation): SheetLayout {
  const detail = p.occupations.find((d) => d.occupation === o.occupation)
  const rows = new SheetRows().title(o.name)
  rows.heading('Demand and supply')
  rows.table(
    BASIS_HEADERS,
    o.bases.map((b) => basisCells(b)),
  )
  rows.pair('Supply notes', text(supplyMarks(o) ?? 'reported figures only'))
  rows.pair('Binding constraint', text(o.bindingConstraint.words))
  if (detail) {
    rows.heading('Employer-reported demand and its parts')
    rows.pair('Estimated from vacancies + separations', shared(detail.estimatedDemand, 'tenths'))
    for (const { part, figure } of detail.demandParts) {
      rows.pair(MEASURE_LABEL.get(part) ?? part, shared(figure, 'tenths'))
    }
    const openings = detail.publishedOpenings
    rows.heading('Published annual openings')
    rows.pair('Annual openings', num(openings.value, 'tenths', 'not given'))
    rows.pair('From', text(openings.from))
    rows.pair('Source', text(openings.source))
    rows.pair('Geography', text(openings.geography))
    rows.pair('Vintage', text(openings.vintage))
    rows.pair('Check', text(openings.check))
    if (detail.regionalEmployment) {
      rows.heading('Regional employment')
      rows.pair('Employment', num(detail.regionalEmployment.value, 'count'))
      rows.pair('Source', text(detail.regionalEmployment.source))
      rows.pair(
        'Share the reporting employers cover',
        shared(detail.regionalEmployment.covered, 'hundredths'),
      )
    }
  }
  rows.heading('Multi-year outcome rates (Σ numerators ÷ Σ denominators)')
  rows.table(
    ['Rate', 'Years', 'Academic years', 'Numerator', 'Denominator', 'Rate', 'Years missing'],
    o.rates.map((r) => [
      text(RATES.find((d) => d.key === r.rate)?.label ?? r.rate),
      num(r.span, 'count'),
      text(spanLabel(r.fromYear, r.toYear)),
      num(r.numerator, 'count'),
      num(r.denominator, 'count'),
      num(r.value, 'hundredths', 'no data'),
      text(r.missingYears.map((y) => academicYear(y).label).join(', ')),
    ]),
  )
  if (o.assumedInputs.length > 0) {
    rows.heading('Assumed inputs')
    for (const line of o.assumedInputs) rows.line(text(line))
  }
  if (o.supply.unknownBecause.length > 0) {
    rows.heading('Supply is unknown because')
    for (const line of o.supply.unknownBecause) rows.line(text(line))
  }
  return rows.sheet(occupationSheetName(o.occupation), [40, 28, 12, 12, 14, 16, 18, 20])
}

/** Every visible sheet of the regional workbook, in order, from the payload alone. */
export function regionalLayout(p: RegionalPublication): SheetLayout[] {
  return [
    summarySheet(p),
    ...p.analysis.occupations.map((o) => occupationSheet(p, o)),
    ...regionalTables(p),
  ]
}
