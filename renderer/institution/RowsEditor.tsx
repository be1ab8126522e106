// Which rows a period has: programs for a college, occupations for a hospital or high school.
import { useState } from 'react'
import { OCCUPATIONS, occupation, type OccupationId } from '../../shared/domain/occupations'
import type { ReportingPeriod } from '../../shared/reports/draft'
import type { Program } from '../../shared/reports/schemas'
import { CREDENTIAL_LABELS } from '../../shared/domain/occupations'
import { reporting } from '../db/app-data'
import { track } from '../db/save-tracker'
import { ProgramForm } from './ProgramForm'

export function RowsEditor({
  rp,
  programs,
}: {
  rp: ReportingPeriod
  programs: readonly Program[]
}) {
  return rp.kind === 'education' ? (
    <ProgramsEditor rp={rp} programs={programs} />
  ) : (
    <OccupationsEditor rp={rp} />
  )
}

function setRows(rp: ReportingPeriod, rowIds: string[]) {
  return track(() => reporting.setPeriodRows(rp.id, rowIds))
}

function ProgramsEditor({ rp, programs }: { rp: ReportingPeriod; programs: readonly Program[] }) {
  const [editing, setEditing] = useState<string | null>(null)
  const inPeriod = rp.rowIds
    .map((id) => programs.find((p) => p.id === id))
    .filter((p): p is Program => p !== undefined)
  const others = programs.filter((p) => !rp.rowIds.includes(p.id))

  return (
    <div className="rows-editor">
      <h2>Programs in {rp.period.label}</h2>
      {inPeriod.length === 0 && <p>No programs yet. Add your first program below.</p>}
      <ul className="card-list">
        {inPeriod.map((p) => (
          <li key={p.id} className="card">
            {editing === p.id ? (
              <ProgramForm
                program={p}
                onCancel={() => setEditing(null)}
                onSave={async (next) => {
                  await track(() => reporting.saveProgram(next))
                  setEditing(null)
                }}
              />
            ) : (
              <>
                <div>
                  <strong>{p.name}</strong>
                  <div className="hint">
                    {occupation(p.occupation).name} · CIP {p.cip} ·{' '}
                    {CREDENTIAL_LABELS[p.credential]}
                    {p.campus && ` · ${p.campus}`}
                    {p.accreditor && ` · ${p.accreditor}`}
                  </div>
                </div>
                <div className="actions">
                  <button
                    type="button"
                    onClick={() => setEditing(p.id)}
                    aria-label={`Edit ${p.name}`}
                  >
                    Edit
                  </button>
                  <button
                    type="button"
                    onClick={() => void track(() => reporting.removePeriodRow(rp.id, p.id))}
                    aria-label={`Remove ${p.name} from ${rp.period.label}`}
                  >
                    Remove from period
                  </button>
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
      {others.length > 0 && (
        <section aria-labelledby="other-programs">
          <h3 id="other-programs">Your other programs</h3>
          <ul className="card-list">
            {others.map((p) => (
              <li key={p.id} className="card">
                <span>{p.name}</span>
                <button
                  type="button"
                  onClick={() => void track(() => reporting.addPeriodRow(rp.id, p.id))}
                  aria-label={`Add ${p.name} to ${rp.period.label}`}
                >
                  Add to period
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="add-program" className="panel">
        <h3 id="add-program">Add a program</h3>
        <ProgramForm
          onSave={async (program) => {
            await track(async () => {
              await reporting.saveProgram(program)
              await reporting.addPeriodRow(rp.id, program.id)
            })
          }}
        />
      </section>
    </div>
  )
}

function OccupationsEditor({ rp }: { rp: ReportingPeriod }) {
  // Local first, then stored: a quick series of clicks must not be undone by the echo of an
  // earlier write.
  const [chosen, setChosen] = useState<readonly string[]>(rp.rowIds)
  const toggle = (id: OccupationId, on: boolean) => {
    const next = OCCUPATIONS.map((o) => o.id).filter((o) => (o === id ? on : chosen.includes(o)))
    setChosen(next)
    void setRows(rp, next)
  }
  return (
    <div className="rows-editor">
      <fieldset>
        <legend>
          {rp.kind === 'employer'
            ? 'Occupations you employ'
            : 'Occupations your health pathways lead to'}{' '}
          ({rp.period.label})
        </legend>
        {OCCUPATIONS.map((o) => (
          <label key={o.id} className="checkbox">
            <input
              type="checkbox"
              checked={chosen.includes(o.id)}
              onChange={(e) => toggle(o.id, e.target.checked)}
            />
            {o.name} <span className="hint">SOC {o.soc.code}</span>
          </label>
        ))}
      </fieldset>
    </div>
  )
}
