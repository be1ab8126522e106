// The periods a partner has reported or is reporting, newest first, and a way to start one.
import { useLiveQuery } from 'dexie-react-hooks'
import type { InstitutionId } from '../../shared/domain/ids'
import type { ReportKind } from '../../shared/reports/schemas'
import { database } from '../db/database'
import { listExports, listPeriods, loadReport } from '../db/reporting-repository'
import { NewPeriodForm } from './NewPeriodForm'
import { periodStatus, statusText } from './period-status'

interface Props {
  institutionId: InstitutionId
  kind: ReportKind
  onOpen: (periodId: string) => void
}

export function PeriodList({ institutionId, kind, onOpen }: Props) {
  const rows = useLiveQuery(async () => {
    const db = database()
    const periods = await listPeriods(db, institutionId, kind)
    return Promise.all(
      periods.map(async (rp) => {
        const loaded = await loadReport(db, rp.id)
        const [last] = await listExports(db, rp.id)
        return {
          rp,
          status: loaded ? statusText(periodStatus(rp, loaded.report, last)) : 'Missing',
        }
      }),
    )
  }, [institutionId, kind])

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
              {rows.map(({ rp, status }) => (
                <tr key={rp.id}>
                  <th scope="row">{rp.period.label}</th>
                  <td>
                    {rp.period.start === rp.period.end
                      ? rp.period.start
                      : `${rp.period.start} to ${rp.period.end}`}
                  </td>
                  <td>{rp.rowIds.length}</td>
                  <td>{status}</td>
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
              ))}
            </tbody>
          </table>
        )}
      </section>
      <NewPeriodForm kind={kind} existing={rows.map((r) => r.rp)} onCreated={onOpen} />
    </>
  )
}
