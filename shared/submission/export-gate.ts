// Whether a report may be signed and sent to the board, and every reason it may not. One
// decision, used by the app's export and period list, the command line's `sign` and the demo,
// so that no path signs what another would refuse.
import { measuresFor, type Report } from '../reports/schemas'
import { missingRequired, validateReport, type Finding, type ValidationContext } from '../rules'
import { defaultRowLabel, rowViews } from '../rules/rows'

export interface ExportReadiness {
  readonly ok: boolean
  /** Every finding of the rules, errors and warnings, explained or not. */
  readonly findings: readonly Finding[]
  readonly errors: readonly Finding[]
  /** Warnings still waiting for an explanation. */
  readonly unexplained: readonly Finding[]
  /** Required figures still empty, as findings (rule `required-missing`). */
  readonly missing: readonly Finding[]
  /** Set when the report has no rows at all (rule `report-empty`). */
  readonly empty: Finding | null
  /** Whether the previous period's report was there, so the change-from-last-period rule ran. */
  readonly comparedWithPrevious: boolean
  /** Everything that blocks export, in the order a person fixes it: row by row. */
  readonly blocking: readonly Finding[]
}

export interface ReadinessContext extends ValidationContext {
  /** The same partner's report for the previous period; omit when there is none. */
  readonly previous?: Report | undefined
}

/** Runs the rules and decides. */
export function exportReadiness(report: Report, context: ReadinessContext = {}): ExportReadiness {
  return readinessOf(report, validateReport(report, context), context)
}

/**
 * Decides from findings already computed (a screen that re-validates only the edited row keeps
 * its findings up to date itself); the findings must be those of `validateReport(report, context)`.
 */
export function readinessOf(
  report: Report,
  findings: readonly Finding[],
  context: ReadinessContext = {},
): ExportReadiness {
  const label = context.rowLabel ?? defaultRowLabel(report)
  const labels = new Map(measuresFor(report.kind).map((d) => [d.key, d.label]))
  const errors = findings.filter((f) => f.level === 'error')
  const unexplained = findings.filter((f) => f.level === 'warning' && !f.explained)
  const missing: Finding[] = missingRequired(report).map((m) => ({
    level: 'error',
    rule: 'required-missing',
    rowId: m.rowId,
    measure: m.measure,
    related: [],
    message: `${label(m.rowId)}: ${labels.get(m.measure) ?? m.measure} is required and still empty (enter 0 if there were none).`,
    explained: false,
  }))
  const empty: Finding | null =
    report.rows.length === 0
      ? {
          level: 'error',
          rule: 'report-empty',
          rowId: '',
          measure: '',
          related: [],
          message:
            report.kind === 'education'
              ? 'The report has no programs yet: add at least one and enter its figures.'
              : 'The report has no occupations yet: add at least one and enter its figures.',
          explained: false,
        }
      : null
  const order = new Map<string, number>(rowViews(report, (id) => id).map((r, i) => [r.id, i]))
  const at = (f: Finding) => order.get(f.rowId) ?? -1
  const blocking = [...(empty ? [empty] : []), ...errors, ...unexplained, ...missing]
    .map((f, i) => ({ f, i }))
    .sort((a, b) => at(a.f) - at(b.f) || a.i - b.i)
    .map(({ f }) => f)
  return {
    ok: blocking.length === 0,
    findings,
    errors,
    unexplained,
    missing,
    empty,
    comparedWithPrevious: context.previous !== undefined && context.previous.kind === report.kind,
    blocking,
  }
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** "2 errors, 1 warning without an explanation and 3 required figures still empty". */
export function blockingSummary(readiness: ExportReadiness): string {
  const errors = readiness.errors.length + (readiness.empty ? 1 : 0)
  const parts = [
    errors > 0 ? count(errors, 'error', 'errors') : '',
    readiness.unexplained.length > 0
      ? count(
          readiness.unexplained.length,
          'warning without an explanation',
          'warnings without an explanation',
        )
      : '',
    readiness.missing.length > 0
      ? count(
          readiness.missing.length,
          'required figure still empty',
          'required figures still empty',
        )
      : '',
  ].filter((p) => p !== '')
  if (parts.length <= 1) return parts[0] ?? 'nothing'
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`
}
