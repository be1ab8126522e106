// DHIS2's reporting-rate summary, in DHIS2's column names: on time = received by the due date.
import { ROLE_LABELS } from '../../../shared/domain/roles'
import type { ReportKind } from '../../../shared/intake/cycle'
import type { ReportingMatrix, ReportingTotals } from '../../../shared/intake/matrix'

const rate = (r: number | null) =>
  r === null ? '—' : `${(r * 100).toLocaleString('en-US', { maximumFractionDigits: 1 })}%`

function Row({ label, t }: { label: string; t: ReportingTotals }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td className="number">{t.expected}</td>
      <td className="number">{t.actual}</td>
      <td className="number">{rate(t.reportingRate)}</td>
      <td className="number">{t.onTime}</td>
      <td className="number">{rate(t.onTimeRate)}</td>
    </tr>
  )
}

export function ReportingTotalsTable({ matrix }: { matrix: ReportingMatrix }) {
  const kinds = Object.keys(matrix.byKind) as ReportKind[]
  return (
    <table className="data-table totals" aria-label="Reporting rates">
      <thead>
        <tr>
          <th scope="col">Reports</th>
          <th scope="col" className="number">
            Expected reports
          </th>
          <th scope="col" className="number">
            Actual reports
          </th>
          <th scope="col" className="number">
            Reporting rate
          </th>
          <th scope="col" className="number">
            Actual reports on time
          </th>
          <th scope="col" className="number">
            Reporting rate on time
          </th>
        </tr>
      </thead>
      <tbody>
        <Row label="All partners" t={matrix.totals} />
        {kinds
          .filter((k) => matrix.byKind[k].expected > 0 || matrix.byKind[k].actual > 0)
          .map((k) => (
            <Row key={k} label={ROLE_LABELS[k]} t={matrix.byKind[k]} />
          ))}
      </tbody>
    </table>
  )
}
