// Scenarios of a cycle: named copies of the baseline in which staff change seats, clinical
// slots, shares or demand, saved and listed per cycle, each shown beside the baseline and
// labelled as a scenario. The analysis runs only when the stored inputs or the saved scenario
// change (memoised), never on a keystroke.
import { useMemo, useState } from 'react'
import { analyse } from '../../../shared/analysis/analysis'
import { inputsOf } from '../../../shared/analysis/inputs'
import { scenarioFromBaseline } from '../../../shared/analysis/scenario'
import type { Profile } from '../../../shared/domain/profile'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { Field } from '../../components/Field'
import type { ScenarioRecord } from '../../db/analysis-records'
import { useAnalysisInputs } from '../../db/analysis-hooks'
import { analysisData } from '../../db/app-data'
import { useCycles, useWorkingCycle } from '../../db/board-hooks'
import { staffOf } from '../../db/board-staff'
import { ScenarioEditor } from './ScenarioEditor'
import { ScenarioResults } from './ScenarioResults'
import { changesInWords } from './scenario-draft'
import './scenarios.css'

const when = (iso: string) =>
  new Date(iso).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' })

export function ScenariosScreen({ profile }: { profile: Profile }) {
  const cycles = useCycles()
  const working = useWorkingCycle()
  const [chosen, setChosen] = useState<string | undefined>()
  const cycleId = chosen ?? working?.id ?? cycles?.[0]?.id
  const inputs = useAnalysisInputs(cycleId)
  const [openId, setOpenId] = useState<string | null>(null)
  const [deleting, setDeleting] = useState<ScenarioRecord | null>(null)
  const [name, setName] = useState('')
  const [nameError, setNameError] = useState<string | undefined>()
  const [message, setMessage] = useState('')

  const baseline = useMemo(
    () => (inputs ? analyse(inputs.submissions, inputs.cycle, inputs.context) : null),
    [inputs],
  )
  const programs = useMemo(
    () =>
      inputs ? inputsOf(inputs.submissions, inputs.cycle).programs.filter((p) => p.current) : [],
    [inputs],
  )
  const opened = inputs?.scenarios.find((s) => s.id === openId)
  const result = useMemo(
    () =>
      inputs && opened
        ? analyse(inputs.submissions, inputs.cycle, inputs.context, {
            scenarios: [opened.scenario],
          }).scenarios[0]
        : undefined,
    [inputs, opened],
  )

  if (cycles === undefined || working === undefined || inputs === undefined) {
    return <main className="screen board-screen" aria-busy="true" />
  }
  if (!cycleId || !inputs || !baseline) {
    return (
      <main className="screen board-screen">
        <h1>Scenarios</h1>
        <p className="empty-state">No cycle yet. Define a cycle and merge its workbooks first.</p>
      </main>
    )
  }
  const cycle = cycleId

  async function create() {
    const trimmed = name.trim()
    if (!trimmed) {
      setNameError('A scenario needs a name')
      return
    }
    try {
      const record = await analysisData.saveScenario(
        { cycleId: cycle, scenario: scenarioFromBaseline(trimmed) },
        staffOf(profile),
      )
      setNameError(undefined)
      setName('')
      setOpenId(record.id)
      setMessage(`Scenario “${record.scenario.name}” made from the baseline of ${cycle}.`)
    } catch (error) {
      setNameError(error instanceof Error ? error.message : String(error))
    }
  }

  async function remove(record: ScenarioRecord) {
    setDeleting(null)
    await analysisData.deleteScenario(record.id)
    if (openId === record.id) setOpenId(null)
    setMessage(`Scenario “${record.scenario.name}” deleted.`)
  }

  return (
    <main className="screen board-screen scenarios-screen">
      <h1>Scenarios</h1>
      <p className="lead">
        What if a program had more seats or clinical slots, or demand were different? A scenario
        copies the baseline of a cycle; change it and see gap, coverage and band beside the reported
        figures. Scenarios never change what partners reported.
      </p>
      <div className="filters">
        <Field label="Cycle">
          {(props) => (
            <select
              {...props}
              value={cycle}
              onChange={(e) => {
                setChosen(e.target.value)
                setOpenId(null)
                setMessage('')
              }}
            >
              {cycles.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.id}
                  {working?.id === c.id ? ' (working on)' : ''}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {!inputs.contextEntered && (
        <p className="notice">
          No board context yet: published openings are unknown and no default share is assumed until
          one is entered under Board context.
        </p>
      )}
      <form
        className="inline-form"
        aria-label="New scenario"
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          void create()
        }}
      >
        <Field label="Name of the new scenario" error={nameError}>
          {(props) => <input {...props} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <button type="submit" className="primary">
          New scenario from the baseline
        </button>
      </form>
      <p role="status">{message}</p>
      {inputs.scenarios.length === 0 ? (
        <p className="empty-state">No scenario saved for {cycle} yet.</p>
      ) : (
        <table className="data-table" aria-label={`Scenarios of ${cycle}`}>
          <thead>
            <tr>
              <th scope="col">Scenario</th>
              <th scope="col">Changes</th>
              <th scope="col">Saved</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {inputs.scenarios.map((s) => (
              <tr key={s.id} aria-current={s.id === openId ? 'true' : undefined}>
                <th scope="row">Scenario: {s.scenario.name}</th>
                <td>{changesInWords(s.scenario)}</td>
                <td>
                  {when(s.updatedAt)} by {s.updatedBy.name}
                </td>
                <td className="row-actions">
                  <button
                    type="button"
                    aria-label={`Open scenario ${s.scenario.name}`}
                    onClick={() => setOpenId(s.id)}
                  >
                    Open
                  </button>
                  <button
                    type="button"
                    aria-label={`Delete scenario ${s.scenario.name}…`}
                    onClick={() => setDeleting(s)}
                  >
                    Delete…
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {opened && (
        <ScenarioEditor
          key={opened.id}
          record={opened}
          programs={programs}
          baseline={baseline}
          profile={profile}
          onDelete={() => setDeleting(opened)}
        />
      )}
      {result && <ScenarioResults result={result} />}
      {deleting && (
        <ConfirmDialog
          title={`Delete scenario “${deleting.scenario.name}”?`}
          question={`The scenario “${deleting.scenario.name}” of ${deleting.cycleId} and its changes are deleted. What partners reported is not touched.`}
          confirm="Delete the scenario"
          onConfirm={() => void remove(deleting)}
          onCancel={() => setDeleting(null)}
        />
      )}
    </main>
  )
}
