// Defining or editing a cycle: the academic year collected, the employer snapshot window, the
// due date, and which partners are expected to report in which role. A new cycle starts from
// BOARD.md's defaults and every partner of the directory that reports, in its default role.
import { useState } from 'react'
import { academicYear } from '../../../shared/domain/periods'
import type { Institution } from '../../../shared/domain/partners'
import { ROLE_LABELS, defaultRoleFor } from '../../../shared/domain/roles'
import {
  CollectionCycle,
  ReportKind,
  defaultCycle,
  type ExpectedReport,
} from '../../../shared/intake/cycle'
import { cycles } from '../../db/app-data'
import { Field } from '../../components/Field'

const KINDS = ReportKind.options

/** The directory's reporting partners, each expected in its default role. */
export function expectedFromDirectory(directory: readonly Institution[]): ExpectedReport[] {
  return directory.flatMap((i) => {
    const role = defaultRoleFor(i.kind)
    return role === 'board' ? [] : [{ institutionId: i.id, kind: role }]
  })
}

export function CycleForm({
  directory,
  initial,
  editing,
  onDone,
}: {
  directory: readonly Institution[]
  initial: CollectionCycle
  /** An existing cycle keeps its year: its id is the year. */
  editing: boolean
  onDone: (saved: CollectionCycle | null) => void
}) {
  const [draft, setDraft] = useState<CollectionCycle>(initial)
  const [problem, setProblem] = useState<string | undefined>()
  const partners = directory.filter((i) => defaultRoleFor(i.kind) !== 'board')
  const expectedKind = (id: string) => draft.expected.find((e) => e.institutionId === id)?.kind

  function setYear(startYear: number) {
    // A new year moves every window to that year's defaults; the expected partners stay.
    setDraft(defaultCycle(startYear, draft.expected))
  }

  function setExpected(institution: Institution, kind: ReportKind | null) {
    const others = draft.expected.filter((e) => e.institutionId !== institution.id)
    setDraft({
      ...draft,
      expected: kind ? [...others, { institutionId: institution.id, kind }] : others,
    })
  }

  async function save() {
    const checked = CollectionCycle.safeParse(draft)
    if (!checked.success) {
      setProblem(checked.error.issues[0]?.message ?? 'This cycle does not hold together.')
      return
    }
    onDone(await cycles.saveCycle(checked.data))
  }

  const thisYear = new Date().getFullYear()
  const years = [thisYear - 3, thisYear - 2, thisYear - 1, thisYear]
  return (
    <form
      className="panel cycle-form"
      aria-label={`Cycle ${draft.id}`}
      onSubmit={(e) => {
        e.preventDefault()
        void save()
      }}
    >
      <Field
        label="Academic year collected"
        hint="Colleges and high schools report this year’s outcomes."
      >
        {(props) => (
          <select
            {...props}
            value={draft.startYear}
            disabled={editing}
            onChange={(e) => setYear(Number(e.target.value))}
          >
            {[...new Set([...years, draft.startYear])].sort().map((y) => (
              <option key={y} value={y}>
                {academicYear(y).label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset>
        <legend>Employer snapshot dates counted in this cycle</legend>
        <div className="filters">
          <Field label="From">
            {(props) => (
              <input
                {...props}
                type="date"
                value={draft.snapshots.from}
                onChange={(e) =>
                  setDraft({ ...draft, snapshots: { ...draft.snapshots, from: e.target.value } })
                }
              />
            )}
          </Field>
          <Field label="To">
            {(props) => (
              <input
                {...props}
                type="date"
                value={draft.snapshots.to}
                onChange={(e) =>
                  setDraft({ ...draft, snapshots: { ...draft.snapshots, to: e.target.value } })
                }
              />
            )}
          </Field>
        </div>
      </fieldset>
      <Field label="Due date" hint="Reports received after this day are counted late.">
        {(props) => (
          <input
            {...props}
            type="date"
            value={draft.dueDate}
            onChange={(e) => setDraft({ ...draft, dueDate: e.target.value })}
          />
        )}
      </Field>
      <fieldset>
        <legend>Partners expected to report ({draft.expected.length})</legend>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Partner</th>
              <th scope="col">Expected to send</th>
            </tr>
          </thead>
          <tbody>
            {partners.map((i) => (
              <tr key={i.id}>
                <th scope="row">{i.name}</th>
                <td>
                  <select
                    aria-label={`What ${i.name} is expected to send`}
                    value={expectedKind(i.id) ?? ''}
                    onChange={(e) =>
                      setExpected(i, e.target.value ? ReportKind.parse(e.target.value) : null)
                    }
                  >
                    <option value="">Not expected this cycle</option>
                    {KINDS.map((k) => (
                      <option key={k} value={k}>
                        {ROLE_LABELS[k]}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </fieldset>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary">
          Save cycle {draft.id}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  )
}
