// The visible sheets of a report workbook as a grid of expected cells. The writer renders this
// grid; the verifier regenerates it from the signed payload and compares it cell by cell with
// what the file holds; the template and the importer use the same columns. One layout, so that
// what is written and what is checked can never drift apart.
import { CREDENTIAL_LABELS, occupation } from '../domain/occupations'
import { ROLE_LABELS } from '../domain/roles'
import { formatFingerprint } from '../crypto/keys'
import { sectionsOf, type MeasureDef, type Unit } from '../reports/measures'
import { measuresFor, type Program, type Report, type ReportKind } from '../reports/schemas'
import type { Submission } from '../submission/payload'
import { cellText } from './cells'
import {
  COVER_SHEET,
  EXPLANATIONS_SHEET,
  FIRST_DATA_ROW,
  MAX_EXPLANATION_ROWS,
  MAX_TABLE_ROWS,
  PROGRAMS_SHEET,
  SIGNATURE_SHEET,
  TEMPLATE_SHEET,
} from './sheet-names'

export {
  COVER_SHEET,
  EXPLANATIONS_SHEET,
  FIRST_DATA_ROW,
  MAX_EXPLANATION_ROWS,
  MAX_TABLE_ROWS,
  PROGRAMS_SHEET,
  SIGNATURE_SHEET,
  TEMPLATE_SHEET,
}

export type CellKind =
  | 'title'
  | 'label'
  | 'header'
  | 'text'
  | 'paragraph'
  | 'integer'
  /** A figure shown to one decimal (supply, gap): the regional workbook's. */
  | 'tenths'
  /** A share or coverage shown to two decimals. */
  | 'hundredths'
  | Unit

export interface LayoutCell {
  readonly value: string | number
  readonly kind: CellKind
}

export type LayoutRow = readonly (LayoutCell | null)[]

/** `sections`: titled blocks of label/value lines and small tables (the regional workbook). */
export type SheetRole = 'cover' | 'programs' | 'data' | 'explanations' | 'sections'

export interface ColumnSpec {
  readonly header: string
  readonly width: number
  /** How the column's cells are formatted (a unit for measure columns). */
  readonly kind: CellKind
  /** Column help shown as a note on the header cell. */
  readonly help?: string
  readonly measure?: MeasureDef
}

export interface SheetLayout {
  readonly name: string
  readonly role: SheetRole
  readonly columns: readonly ColumnSpec[]
  /** rows[0] is row 1. For tables, the header row. */
  readonly rows: readonly LayoutRow[]
  readonly freeze: { readonly rows: number; readonly columns: number } | null
}

/** The unit as a column header shows it, under the short label. */
export const UNIT_HEADER: Record<Unit, string> = {
  count: 'number',
  fte: 'FTE',
  days: 'days',
  'dollars-per-hour': '$ per hour',
}

const REPORT_NAMES: Record<ReportKind, string> = {
  education: 'College program report',
  employer: 'Employer staffing report',
  'high-school': 'High-school pathway report',
}

type Value = string | number | null

function cell(value: Value, kind: CellKind): LayoutCell | null {
  if (value === null) return null
  if (typeof value === 'number') return { value, kind }
  const text = cellText(value)
  return text === '' ? null : { value: text, kind }
}

/** A table: a header row from the columns, then one row per entry of `body`. */
function table(
  name: string,
  role: SheetRole,
  columns: readonly ColumnSpec[],
  body: readonly (readonly (Value | LayoutCell | null)[])[],
): SheetLayout {
  const header = columns.map((c) => cell(c.header, 'header'))
  const rows = body.map((values) =>
    columns.map((column, i) => {
      const v = values[i] ?? null
      return v !== null && typeof v === 'object' ? v : cell(v, column.kind)
    }),
  )
  return { name, role, columns, rows: [header, ...rows], freeze: { rows: 1, columns: 1 } }
}

// ── Programs ──────────────────────────────────────────────────────────────────────────────

export const PROGRAM_COLUMNS: readonly ColumnSpec[] = [
  { header: 'Program', width: 34, kind: 'text', help: 'The program’s name as students know it.' },
  { header: 'Occupation', width: 30, kind: 'text', help: 'The occupation the program trains for.' },
  { header: 'CIP code', width: 11, kind: 'text', help: 'CIP 2020 code, such as 51.0911.' },
  { header: 'Credential', width: 28, kind: 'text', help: 'The award a completer receives.' },
  {
    header: 'Campus',
    width: 22,
    kind: 'text',
    help: 'Campus or site, if the program has several.',
  },
  { header: 'Accreditor', width: 14, kind: 'text', help: 'Accrediting body, such as JRCERT.' },
]

export function programsSheet(programs: readonly Program[]): SheetLayout {
  return table(
    PROGRAMS_SHEET,
    'programs',
    PROGRAM_COLUMNS,
    programs.map((p) => [
      p.name,
      occupation(p.occupation).name,
      p.cip,
      CREDENTIAL_LABELS[p.credential],
      p.campus,
      p.accreditor,
    ]),
  )
}

// ── Data sheets, one per section of the measure catalogue ─────────────────────────────────

export function rowHeader(kind: ReportKind): string {
  return kind === 'education' ? 'Program' : 'Occupation'
}

export function measureHeader(measure: MeasureDef): string {
  return `${measure.short}\n(${UNIT_HEADER[measure.unit]})`
}

/** The data sheets of a kind of report: one per catalogue section, label column first. */
export function dataSheetColumns(kind: ReportKind): { name: string; columns: ColumnSpec[] }[] {
  return sectionsOf(measuresFor(kind)).map(({ section, measures }) => ({
    name: section,
    columns: [
      { header: rowHeader(kind), width: 34, kind: 'text' },
      ...measures.map((m) => ({
        header: measureHeader(m),
        width: Math.max(12, m.short.length + 3),
        kind: m.unit,
        help: `${m.label}: ${m.definition}`,
        measure: m,
      })),
    ],
  }))
}

/** A row of a data sheet: its label and its figures by measure key. */
export interface DisplayRow {
  readonly label: string
  readonly values: Readonly<Record<string, number | null>>
  readonly explanations: Readonly<Record<string, string | undefined>>
}

export function dataSheets(kind: ReportKind, rows: readonly DisplayRow[]): SheetLayout[] {
  return dataSheetColumns(kind).map(({ name, columns }) =>
    table(
      name,
      'data',
      columns,
      rows.map((row) => [
        row.label,
        ...columns.slice(1).map((c) => (c.measure ? (row.values[c.measure.key] ?? null) : null)),
      ]),
    ),
  )
}

/**
 * The rows of a report in the order every data sheet shows them. Education follows the
 * Programs sheet, so that row n of every sheet is the same program.
 */
export function displayRows(report: Report): DisplayRow[] {
  switch (report.kind) {
    case 'education': {
      const byId = new Map(report.rows.map((r) => [r.programId, r]))
      return report.programs.map((p) => {
        const row = byId.get(p.id)
        return { label: p.name, values: row?.values ?? {}, explanations: row?.explanations ?? {} }
      })
    }
    case 'employer':
    case 'high-school':
      return report.rows.map((r) => ({
        label: occupation(r.occupation).name,
        values: r.values,
        explanations: r.explanations,
      }))
  }
}

// ── Explanations ──────────────────────────────────────────────────────────────────────────

export function explanationColumns(kind: ReportKind): ColumnSpec[] {
  return [
    { header: rowHeader(kind), width: 34, kind: 'text' },
    { header: 'Measure', width: 34, kind: 'text' },
    { header: 'Value', width: 12, kind: 'text', help: 'The figure the explanation is about.' },
    {
      header: 'Explanation',
      width: 80,
      kind: 'paragraph',
      help: 'Why the figure is what it is, in a sentence or two.',
    },
  ]
}

export function explanationsSheet(kind: ReportKind, rows: readonly DisplayRow[]): SheetLayout {
  const body: (Value | LayoutCell | null)[][] = []
  for (const row of rows) {
    for (const m of measuresFor(kind)) {
      const text = row.explanations[m.key]
      if (text === undefined) continue
      const value = row.values[m.key] ?? null
      body.push([row.label, m.label, cell(value, m.unit), text])
    }
  }
  return table(EXPLANATIONS_SHEET, 'explanations', explanationColumns(kind), body)
}

// ── Cover ─────────────────────────────────────────────────────────────────────────────────

export const COVER_COLUMNS: readonly ColumnSpec[] = [
  { header: '', width: 24, kind: 'label' },
  { header: '', width: 96, kind: 'text' },
]

export type CoverLine = readonly [label: string, value: Value, kind?: CellKind]

/** A title, label/value lines, a blank row, then "About this file" and its paragraph. */
export function coverSheet(title: string, lines: readonly CoverLine[], about: string): SheetLayout {
  const rows: LayoutRow[] = [
    [cell(title, 'title'), null],
    [null, null],
  ]
  for (const [label, value, kind] of lines) {
    rows.push([cell(label, 'label'), cell(value, kind ?? 'text')])
  }
  rows.push([null, null], [cell('About this file', 'label'), cell(about, 'paragraph')])
  return { name: COVER_SHEET, role: 'cover', columns: COVER_COLUMNS, rows, freeze: null }
}

export function reportName(kind: ReportKind): string {
  return REPORT_NAMES[kind]
}

export function periodText(period: Submission['header']['period']): string {
  return `${period.label} (${period.start} to ${period.end})`
}

/** "2025-10-01T14:03:22.120Z" → "2025-10-01 14:03:22 UTC". */
function createdText(iso: string): string {
  return iso.replace('T', ' ').replace(/(?:\.\d+)?Z$/, ' UTC')
}

function signedCover(submission: Submission): SheetLayout {
  const { header } = submission
  const [line1 = '', line2 = ''] = formatFingerprint(header.keyId).split('\n')
  const about =
    `This workbook is the ${reportName(submission.report.kind).toLowerCase()} of ` +
    `${header.institution.name} for ${header.period.label}, exported from Allied Pipeline and ` +
    'signed with the key whose fingerprint is shown above. The workforce board checks that ' +
    'signature when it imports the file: any edit to this workbook, even to one figure, will be ' +
    'detected and the file refused. To correct a figure, change it in Allied Pipeline and ' +
    'export a new revision.'
  return coverSheet(
    `Allied Pipeline: ${reportName(submission.report.kind)}`,
    [
      ['Institution', header.institution.name],
      ['Reporting as', ROLE_LABELS[header.role]],
      ['Period', periodText(header.period)],
      ['Revision', header.revision, 'integer'],
      ['Replaces', header.supersedes ?? 'Nothing: this is the first revision.'],
      ['Contact', `${header.contact.name} <${header.contact.email}>`],
      ['Submission id', header.submissionId],
      ['Created at', createdText(header.createdAt)],
      ['Signing key fingerprint', line1],
      ['', line2],
    ],
    about,
  )
}

/** Every visible sheet of a signed workbook, in order, from the payload alone. */
export function submissionLayout(submission: Submission): SheetLayout[] {
  const { report } = submission
  const rows = displayRows(report)
  return [
    signedCover(submission),
    ...(report.kind === 'education' ? [programsSheet(report.programs)] : []),
    ...dataSheets(report.kind, rows),
    explanationsSheet(report.kind, rows),
  ]
}

/** The names of the visible sheets of a kind of report, in order. */
export function visibleSheetNames(kind: ReportKind): string[] {
  return [
    COVER_SHEET,
    ...(kind === 'education' ? [PROGRAMS_SHEET] : []),
    ...dataSheetColumns(kind).map((s) => s.name),
    EXPLANATIONS_SHEET,
  ]
}
