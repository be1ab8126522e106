// The regional workbook's sheets after the occupations: Contributions (each program's supply
// and each employer's part, the latter always suppressed), Assumptions, Scenarios (only when
// staff chose some, every row labelled as a scenario), Reporting status and Audit summary.
import { SHARE_LABELS } from '../analysis/shares'
import { occupation } from '../domain/occupations'
import { periodKey } from '../domain/periods'
import { ROLE_LABELS } from '../domain/roles'
import { REPORTING_STATE_LABELS } from '../intake/matrix'
import { IMPORT_STATUS_LABELS } from '../intake/statuses'
import type { RegionalPublication } from '../regional/payload'
import type { LayoutCell, SheetLayout } from './layout'
import { BASIS_HEADERS, SheetRows, basisCells, num, shared, text } from './regional-cells'

export const CONTRIBUTIONS_SHEET = 'Contributions'
export const ASSUMPTIONS_SHEET = 'Assumptions'
export const SCENARIOS_SHEET = 'Scenarios'
export const STATUS_SHEET = 'Reporting status'
export const AUDIT_SHEET = 'Audit summary'

type Share = RegionalPublication['contributions']['programs'][number]['shares'][number]

/** A share's value, and beside it how it was found: "assumed: board default" is always said. */
function shareCells(share: Share | undefined): (LayoutCell | null)[] {
  if (!share) return [null, null]
  return [
    num(share.value, 'hundredths', 'unknown'),
    text(share.assumed ? `assumed: ${share.basis}` : share.basis),
  ]
}

function contributionsSheet(p: RegionalPublication): SheetLayout {
  const rows = new SheetRows().title('Contributions by institution')
  rows.heading(
    'Programs: supply = expected completers × pass share × placement share × in-region share',
  )
  rows.table(
    [
      'Occupation',
      'Institution',
      'Program',
      'Expected completers',
      'Completers basis',
      ...(p.contributions.programs[0]?.shares.flatMap((s) => [SHARE_LABELS[s.name], 'Basis']) ??
        []),
      'Supply',
    ],
    p.contributions.programs.map((c) => [
      text(occupation(c.occupation).name),
      text(c.institutionName),
      text(c.program),
      num(c.expectedCompleters, 'tenths', 'unknown'),
      text(c.estimated ? `estimated: ${c.completersBasis}` : c.completersBasis),
      ...c.shares.flatMap(shareCells),
      num(c.supply, 'tenths', 'unknown'),
    ]),
  )
  rows.heading('Employers: each one’s own figures are never shared')
  rows.table(
    ['Occupation', 'Employer', 'Snapshot', 'Demand'],
    p.contributions.employers.map((e) => [
      text(occupation(e.occupation).name),
      text(e.institutionName),
      text(e.snapshot),
      shared(e.demand, 'tenths'),
    ]),
  )
  return rows.sheet(CONTRIBUTIONS_SHEET, [30, 34, 30, 12, 28, 12, 26, 12, 26, 12, 26, 12])
}

function assumptionsSheet(p: RegionalPublication): SheetLayout {
  const d = p.assumptions.defaults
  const rows = new SheetRows().title('Assumptions')
  rows.heading('Default shares, used where a program reported no data')
  rows.pair(SHARE_LABELS.passShare, num(d.passShare, 'hundredths', 'none set'))
  rows.pair(SHARE_LABELS.placementShare, num(d.placementShare, 'hundredths', 'none set'))
  rows.pair(SHARE_LABELS.inRegionShare, num(d.inRegionShare, 'hundredths', 'none set'))
  rows.pair('Source', text(d.source))
  rows.heading('Published openings and regional employment')
  rows.table(
    ['Occupation', 'Annual openings', 'From', 'Source', 'Regional employment', 'Source'],
    p.occupations.map((o) => [
      text(occupation(o.occupation).name),
      num(o.publishedOpenings.value, 'tenths', 'not given'),
      text(o.publishedOpenings.from),
      text(o.publishedOpenings.source),
      num(o.regionalEmployment?.value ?? null, 'count', 'not given'),
      text(o.regionalEmployment?.source ?? null),
    ]),
  )
  rows.heading('Every assumed input')
  const assumed = p.analysis.occupations.flatMap((o) => o.assumedInputs)
  if (assumed.length === 0) rows.line(text('None: every share comes from reported figures.'))
  for (const line of assumed) rows.line(text(line))
  return rows.sheet(ASSUMPTIONS_SHEET, [40, 16, 18, 44, 20, 44])
}

function scenariosSheet(p: RegionalPublication): SheetLayout {
  const rows = new SheetRows().title('Scenarios: what-if figures, not reported ones')
  for (const s of p.analysis.scenarios) {
    rows.heading(s.label)
    rows.table(
      ['Occupation', ...BASIS_HEADERS, 'Binding constraint'],
      s.occupations.flatMap((o) =>
        o.scenario.map((b) => [
          text(occupation(o.occupation).name),
          ...basisCells(b),
          text(o.bindingScenario),
        ]),
      ),
    )
  }
  return rows.sheet(SCENARIOS_SHEET, [30, 28, 12, 12, 14, 16, 18, 44])
}

function statusSheet(p: RegionalPublication): SheetLayout {
  const m = p.reportingStatus
  const rows = new SheetRows().title(`Reporting status, ${p.header.cycle.id}`)
  rows.pair('Due date', text(p.header.cycle.dueDate))
  rows.heading('Who has reported')
  rows.table(
    ['Institution', 'Report', 'Expected', 'Status', 'Periods held', 'First received'],
    m.cells.map((c) => [
      text(c.institutionId),
      text(ROLE_LABELS[c.kind]),
      text(c.expected ? 'yes' : 'no (reported without being expected)'),
      text(REPORTING_STATE_LABELS[c.state]),
      text(c.periods.map((h) => `${h.periodLabel} revision ${h.revision}`).join('; ')),
      text(c.firstReceivedOn),
    ]),
  )
  rows.heading('Reporting rates (1.00 = every expected report)')
  const kinds = [
    ['All reports', m.totals],
    [ROLE_LABELS.education, m.byKind.education],
    [ROLE_LABELS['high-school'], m.byKind['high-school']],
    [ROLE_LABELS.employer, m.byKind.employer],
  ] as const
  rows.table(
    [
      '',
      'Expected reports',
      'Actual reports',
      'Reporting rate',
      'Actual reports on time',
      'Reporting rate on time',
    ],
    kinds.map(([label, t]) => [
      text(label, 'label'),
      num(t.expected, 'count'),
      num(t.actual, 'count'),
      num(t.reportingRate, 'hundredths', 'n/a'),
      num(t.onTime, 'count'),
      num(t.onTimeRate, 'hundredths', 'n/a'),
    ]),
  )
  return rows.sheet(STATUS_SHEET, [40, 36, 16, 16, 40, 16])
}

function auditSheet(p: RegionalPublication): SheetLayout {
  const rows = new SheetRows().title('Audit summary')
  rows.heading('Files the board’s import decided this cycle')
  rows.table(
    ['Status', 'Files'],
    p.audit.decisions.map((d) => [text(IMPORT_STATUS_LABELS[d.status]), num(d.count, 'count')]),
  )
  rows.heading('Submissions this analysis is built from')
  rows.table(
    ['Institution', 'Report', 'Period', 'Revision', 'Submission id', 'Signed data SHA-256'],
    p.audit.submissions.map((s) => [
      text(s.institutionName),
      text(ROLE_LABELS[s.kind]),
      text(periodKey(s.period)),
      num(s.revision, 'count'),
      text(s.submissionId),
      text(s.payloadHash),
    ]),
  )
  return rows.sheet(AUDIT_SHEET, [40, 36, 14, 10, 38, 66])
}

export function regionalTables(p: RegionalPublication): SheetLayout[] {
  return [
    contributionsSheet(p),
    assumptionsSheet(p),
    ...(p.analysis.scenarios.length > 0 ? [scenariosSheet(p)] : []),
    statusSheet(p),
    auditSheet(p),
  ]
}
