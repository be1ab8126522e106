// The periods a partner has reported or is reporting, newest first, a way to start one, and a
// way to delete one. Only the profile's institution's periods are listed; periods of another
// institution on this computer are counted, with how to get back to them.
import { useRef, useState } from 'react'
import type { Profile } from '../../shared/domain/profile'
import type { ReportKind } from '../../shared/reports/schemas'
import { reporting } from '../db/app-data'
import { track } from '../db/save-tracker'
import { useDirectory } from '../db/useProfile'
import { DeletePeriodDialog } from './DeletePeriodDialog'
import { NewPeriodForm } from './NewPeriodForm'
import { periodStatus, statusText } from './period-status'
import { usePeriodList, type PeriodRow } from './usePeriodList'

interface Props {
  profile: Profile
  kind: ReportKind
  onOpen: (periodId: string) => void
}

export function PeriodList({ profile, kind, onOpen }: Props) {
  const data = usePeriodList(profile.institutionId, kind)
  const directory = useDirectory()
  const [deleting, setDeleting] = useState<PeriodRow | null>(null)
  const [message, setMessage] = useState('')
  const heading = useRef<HTMLHeadingElement>(null)

  const rowsWord = kind === 'education' ? 'programs' : 'occupations'
  const statusOf = ({ rp, readiness, lastExport }: PeriodRow) =>
    readiness
      ? statusText(periodStatus(rp, readiness, lastExport), rowsWord)
      : 'Draft: some stored figures cannot be read'

  if (data === undefined) return <p>Loading periods…</p>
  const { rows, others } = data
  const nameOf = (id: string) => directory?.find((i) => i.id === id)?.name ?? id
  const current = nameOf(profile.institutionId)

  const remove = async (row: PeriodRow) => {
    setDeleting(null)
    try {
      await track(() => reporting.deletePeriod(row.rp.id))
      setMessage(`${row.rp.period.label} was deleted.`)
    } catch (error) {
      setMessage(
        `${row.rp.period.label} was not deleted: ${error instanceof Error ? error.message : String(error)}`,
      )
    }
    heading.current?.focus()
  }

  return (
    <>
      {others.length > 0 && (
        <div className="notice" role="note">
          <p>
            <strong>
              This computer also holds{' '}
              {others
                .map(
                  (o) =>
                    `${o.periods} period${o.periods === 1 ? '' : 's'} of ${nameOf(o.institutionId)}`,
                )
                .join(' and ')}
              .
            </strong>{' '}
            They are not listed because your profile now names {current}, and figures are only ever
            exported under the institution they were entered for. To work on them again, choose{' '}
            {others.map((o) => nameOf(o.institutionId)).join(' or ')} in Settings → Who you are.
          </p>
        </div>
      )}
      <section aria-labelledby="periods-heading">
        <h2 id="periods-heading" ref={heading} tabIndex={-1}>
          Reporting periods
        </h2>
        <p role="status" className="save-status">
          {message}
        </p>
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
                    <td className="row-actions">
                      <button
                        type="button"
                        onClick={() => onOpen(rp.id)}
                        aria-label={`Open ${rp.period.label}`}
                      >
                        Open
                      </button>
                      <button
                        type="button"
                        className="quiet"
                        onClick={() => {
                          setMessage('')
                          setDeleting(row)
                        }}
                        aria-label={`Delete ${rp.period.label}…`}
                      >
                        Delete…
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
      {deleting && (
        <DeletePeriodDialog
          rp={deleting.rp}
          sentRevision={deleting.sentRevision}
          onDelete={() => void remove(deleting)}
          onCancel={() => setDeleting(null)}
        />
      )}
    </>
  )
}
