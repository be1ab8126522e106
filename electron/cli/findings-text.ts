// Rule findings as lines for the terminal: which row, which measure, what is wrong, and for a
// warning where its explanation goes.
import { measuresFor, type Report } from '../../shared/reports/schemas'
import type { Finding } from '../../shared/rules'
import { defaultRowLabel } from '../../shared/rules/rows'

const ROW_FIELDS: Record<string, string> = {
  programId: 'Program',
  occupation: 'Occupation',
  cip: 'CIP code',
}

export function findingLines(report: Report | undefined, findings: readonly Finding[]): string[] {
  const label = report ? defaultRowLabel(report) : (id: string) => id
  const measures = new Map(report ? measuresFor(report.kind).map((d) => [d.key, d.label]) : [])
  return findings.map((f) => {
    if (f.rowId === '') return `  error    ${f.message}`
    const rowName = label(f.rowId)
    const row = rowName === f.rowId ? `row ${f.rowId}` : `row "${rowName}" (${f.rowId})`
    const measure = measures.get(f.measure) ?? ROW_FIELDS[f.measure] ?? f.measure
    const prefix = `${rowName}: `
    const text = f.message.startsWith(prefix) ? f.message.slice(prefix.length) : f.message
    const where = `${row}, ${measure} [${f.measure}]`
    const level = f.level === 'error' ? 'error  ' : 'warning'
    const hint =
      f.level === 'warning' ? ` Needs an explanation (explanations.${f.measure} of that row).` : ''
    return `  ${level}  ${where}: ${text}${hint}`
  })
}
