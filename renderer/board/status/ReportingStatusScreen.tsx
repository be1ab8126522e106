// Who has reported: the reporting-status matrix of a cycle (partner × report kind), with the
// revision held and when it arrived, superseded revisions, and DHIS2's totals.
import { useState } from 'react'
import type { Institution } from '../../../shared/domain/partners'
import type { Profile } from '../../../shared/domain/profile'
import { localIsoDate } from '../../../shared/domain/periods'
import { ROLE_LABELS } from '../../../shared/domain/roles'
import { describeCycleWindow, type CollectionCycle } from '../../../shared/intake/cycle'
import {
  REPORTING_STATE_LABELS,
  reportingMatrix,
  type MatrixCell,
} from '../../../shared/intake/matrix'
import type { HeldSubmission } from '../../db/board-records'
import { useCycles, useHeldSubmissions, useWorkingCycle } from '../../db/board-hooks'
import { mergedRevisionsIn } from '../../db/board-repository'
import { ownerOf } from '../../keys/SigningKeyPanel'
import { SubmissionHistory } from './SubmissionHistory'
import { ReportingTotalsTable } from './ReportingTotalsTable'

export function ReportingStatusScreen({
  directory,
  profile,
  onDefineCycle,
}: {
  directory: readonly Institution[]
  profile: Profile
  onDefineCycle: () => void
}) {
  const list = useCycles()
  const working = useWorkingCycle()
  const held = useHeldSubmissions()
  const [chosen, setChosen] = useState<string | null>(null)
  const [open, setOpen] = useState<{ institutionId: string; kind: string } | null>(null)

  if (!list || working === undefined || !held) {
    return <main className="screen board-screen" aria-busy="true" />
  }
  const cycle = list.find((c) => c.id === chosen) ?? working
  if (!cycle) {
    return (
      <main className="screen board-screen">
        <h1>Reporting status</h1>
        <section className="empty-state">
          <h2>No cycle yet</h2>
          <p>Define the cycle you are collecting to see who has reported.</p>
          <button type="button" className="primary" onClick={onDefineCycle}>
            Define a cycle
          </button>
        </section>
      </main>
    )
  }
  const matrix = reportingMatrix(cycle, mergedRevisionsIn(cycle, held), localIsoDate(new Date()))
  const nameOf = (id: string) =>
    directory.find((i) => i.id === id)?.name ??
    held.find((h) => h.institutionId === id)?.institutionName ??
    id
  return (
    <main className="screen board-screen wide">
      <h1>Reporting status</h1>
      <div className="filters">
        <label>
          Cycle{' '}
          <select value={cycle.id} onChange={(e) => setChosen(e.target.value)}>
            {list.map((c) => (
              <option key={c.id} value={c.id}>
                {c.id}
              </option>
            ))}
          </select>
        </label>
        <p>
          {describeCycleWindow(cycle)}; due {cycle.dueDate}.
        </p>
      </div>
      <ReportingTotalsTable matrix={matrix} />
      <MatrixTable
        cycle={cycle}
        cells={matrix.cells}
        held={held}
        nameOf={nameOf}
        onOpen={(c) => setOpen({ institutionId: c.institutionId, kind: c.kind })}
      />
      {open && (
        <SubmissionHistory
          held={held.filter(
            (h) =>
              h.institutionId === open.institutionId &&
              h.kind === open.kind &&
              mergedRevisionsIn(cycle, [h]).length > 0,
          )}
          title={`${nameOf(open.institutionId)}: what the board holds`}
          profile={profile}
          owner={ownerOf(
            profile,
            directory.find((i) => i.id === profile.institutionId),
          )}
          onClose={() => setOpen(null)}
        />
      )}
    </main>
  )
}

function MatrixTable({
  cells,
  nameOf,
  onOpen,
}: {
  cycle: CollectionCycle
  cells: readonly MatrixCell[]
  held: readonly HeldSubmission[]
  nameOf: (id: string) => string
  onOpen: (cell: MatrixCell) => void
}) {
  if (cells.length === 0) {
    return (
      <p className="empty-state">
        No partner is expected in this cycle. Edit the cycle to add them.
      </p>
    )
  }
  const sorted = [...cells].sort(
    (a, b) =>
      nameOf(a.institutionId).localeCompare(nameOf(b.institutionId)) ||
      a.kind.localeCompare(b.kind),
  )
  return (
    <table className="data-table" aria-label="Reporting status by partner">
      <thead>
        <tr>
          <th scope="col">Partner</th>
          <th scope="col">Report</th>
          <th scope="col">Status</th>
          <th scope="col">Revision held</th>
          <th scope="col">Received</th>
          <th scope="col">Superseded</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((c) => (
          <tr key={`${c.institutionId}|${c.kind}`}>
            <th scope="row">
              {nameOf(c.institutionId)}
              {!c.expected && <span className="hint"> (not expected this cycle)</span>}
            </th>
            <td>{ROLE_LABELS[c.kind]}</td>
            <td>
              <span className={`status-pill ${c.state}`}>{REPORTING_STATE_LABELS[c.state]}</span>
            </td>
            <td>
              {c.periods.map((p) => (
                <div key={p.periodKey}>
                  {p.periodLabel}: revision {p.revision}
                </div>
              ))}
            </td>
            <td>
              {c.periods.map((p) => (
                <div key={p.periodKey}>{p.receivedOn}</div>
              ))}
            </td>
            <td>
              {c.periods.map((p) =>
                p.superseded.length > 0 ? (
                  <div key={p.periodKey}>{p.superseded.map((r) => `r${r}`).join(', ')}</div>
                ) : null,
              )}
            </td>
            <td>
              {c.periods.length > 0 && (
                <button
                  type="button"
                  aria-label={`Revisions of ${nameOf(c.institutionId)}`}
                  onClick={() => onOpen(c)}
                >
                  Revisions…
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
