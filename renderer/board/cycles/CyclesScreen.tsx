// Collection cycles: what the board collects each season, and the one staff work on (what an
// import is checked against and what the reporting status shows first).
import { useState } from 'react'
import type { Institution } from '../../../shared/domain/partners'
import {
  defaultCycle,
  describeCycleWindow,
  type CollectionCycle,
} from '../../../shared/intake/cycle'
import { cycles } from '../../db/app-data'
import { useCycles, useWorkingCycle } from '../../db/board-hooks'
import { CycleForm, expectedFromDirectory } from './CycleForm'

type Editing = { cycle: CollectionCycle; existing: boolean } | null

/** The academic year that ended most recently: the one a board collects this autumn. */
function lastEndedYear(today: Date): number {
  const year = today.getFullYear()
  return today.getMonth() >= 6 ? year - 1 : year - 2
}

export function CyclesScreen({ directory }: { directory: readonly Institution[] }) {
  const list = useCycles()
  const working = useWorkingCycle()
  const [editing, setEditing] = useState<Editing>(null)
  const [message, setMessage] = useState('')

  function startNew() {
    const taken = new Set(list?.map((c) => c.startYear))
    let year = lastEndedYear(new Date())
    while (taken.has(year)) year += 1
    setMessage('')
    setEditing({ cycle: defaultCycle(year, expectedFromDirectory(directory)), existing: false })
  }

  if (!list || working === undefined)
    return <main className="screen board-screen" aria-busy="true" />
  return (
    <main className="screen board-screen">
      <h1>Collection cycles</h1>
      <p className="lead">
        A cycle is what the board collects in one season: one academic year’s outcomes, the employer
        snapshots taken after it, a due date, and the partners expected to report.
      </p>
      {editing ? (
        <CycleForm
          directory={directory}
          initial={editing.cycle}
          editing={editing.existing}
          onDone={(saved) => {
            setEditing(null)
            if (saved) setMessage(`Cycle ${saved.id} saved.`)
          }}
        />
      ) : (
        <div className="actions">
          <button type="button" className="primary" onClick={startNew}>
            New cycle…
          </button>
        </div>
      )}
      <p role="status">{message}</p>
      {list.length === 0 ? (
        <p className="empty-state">
          No cycle yet. Define the cycle you are collecting before you import workbooks.
        </p>
      ) : (
        <table className="data-table" aria-label="Cycles">
          <thead>
            <tr>
              <th scope="col">Cycle</th>
              <th scope="col">Collects</th>
              <th scope="col">Due</th>
              <th scope="col" className="number">
                Partners expected
              </th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  {c.id}
                  {working?.id === c.id && <span className="status-pill pinned"> Working on</span>}
                </th>
                <td>{describeCycleWindow(c)}</td>
                <td>{c.dueDate}</td>
                <td className="number">{c.expected.length}</td>
                <td className="row-actions">
                  <button
                    type="button"
                    aria-label={`Edit cycle ${c.id}`}
                    onClick={() => setEditing({ cycle: c, existing: true })}
                  >
                    Edit
                  </button>
                  {working?.id !== c.id && (
                    <button
                      type="button"
                      onClick={() =>
                        void cycles
                          .setWorkingCycle(c.id)
                          .then(() => setMessage(`You are now working on cycle ${c.id}.`))
                      }
                    >
                      Work on {c.id}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  )
}
