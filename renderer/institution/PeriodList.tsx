// The periods a partner has reported or is reporting, newest first, and a way to start one.
import type { InstitutionId } from '../../shared/domain/ids'
import type { ReportKind } from '../../shared/reports/schemas'
import { usePeriodStatuses, type PeriodListRow } from '../db/period-statuses'
import { NewPeriodForm } from './NewPeriodForm'
import { periodStatus, statusText } from './period-status'

interface Props {
  institutionId: InstitutionId
  kind: ReportKind
  onOpen: (periodId: string) => void
}

export function PeriodList({ institutionId, kind, onOpen }: Props) {
  const rows = usePeriodStatuses(institutionId, kind)
  const rowsWord = kind === 'education' ? 'programs' : 'occupations'
  const statusOf = ({ rp, readiness, lastExport }: PeriodListRow) =>
    readiness
      ? statusText(periodStatus(rp, readiness, lastExport), rowsWord)
      : 'Draft: some stored figures cannot be read'

  if (rows === undefined) return <p>Loading periods…</p>

  return (
    <>
      <section aria-labelledby="periods-heading">
        <h2 id="periods-heading">Reporting periods</h2>
        {rows.length === 0 ? (
          <p>You have not started a reporting period yet. Start one below.</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Period</th>
                <th scope="col">Dates</th>
                <th scope="col">{kind === 'education' ? 'Programs' : 'Occupations'}</th>
                <th scope="col">Status</th>
                <th scope="col">Last edited</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const { rp } = row
                return (
                  <tr key={rp.id}>
                    <th scope="row">{rp.period.label}</th>
                    <td>
                      {rp.period.start === rp.period.end
                        ? rp.period.start
                        : `${rp.period.start} to ${rp.period.end}`}
                    </td>
                    <td>{rp.rowIds.length}</td>
                    <td>{statusOf(row)}</td>
                    <td>
                      {new Date(rp.updatedAt).toLocaleString('en-US', {
                        dateStyle: 'medium',
                        timeStyle: 'short',
                      })}
                    </td>
                    <td>
                      <button
                        type="button"
                        onClick={() => onOpen(rp.id)}
                        aria-label={`Open ${rp.period.label}`}
                      >
                        Open
                      </button>
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        )}
      </section>
      <NewPeriodForm kind={kind} existing={rows.map((r) => r.rp)} onCreated={onOpen} />
    </>
  )
}
