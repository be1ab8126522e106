// Editing one scenario: per program of the cycle, its seats, clinical slots, expected
// completers and shares; per occupation, the demand of either basis. Each field starts blank
// (as reported) with the reported or computed figure beside it; a typed value is shown as a
// change from it.
import { useState } from 'react'
import type { AnalysisResult } from '../../../shared/analysis/analysis'
import type { ProgramInput } from '../../../shared/analysis/inputs'
import type { ProgramSupply } from '../../../shared/analysis/supply'
import { OCCUPATIONS, occupation } from '../../../shared/domain/occupations'
import type { Profile } from '../../../shared/domain/profile'
import { Field } from '../../components/Field'
import type { ScenarioRecord } from '../../db/analysis-records'
import { analysisData } from '../../db/app-data'
import { staffOf } from '../../db/board-staff'
import { percentText, shownFigure } from '../figure-text'
import {
  OCCUPATION_FIELDS,
  PROGRAM_FIELDS,
  programDraftOf,
  scenarioDraftOf,
  scenarioOfDraft,
  type ProgramField,
  type ScenarioDraft,
  type ScenarioErrors,
} from './scenario-draft'

interface Props {
  record: ScenarioRecord
  programs: readonly ProgramInput[]
  baseline: AnalysisResult
  profile: Profile
  onDelete: () => void
}

/** The figure a program field starts from: reported, or what the baseline computed. */
function startingValue(
  program: ProgramInput,
  supply: ProgramSupply | undefined,
  field: ProgramField,
): string {
  switch (field) {
    case 'seats':
      return shownFigure(program.current?.seats)
    case 'clinicalSlotsSecured':
      return shownFigure(program.current?.clinicalSlotsSecured)
    case 'expectedCompleters':
      return shownFigure(supply?.expectedCompleters.value)
    default: {
      const share = supply?.shares[field]
      if (!share || share.value === null) return 'unknown'
      return `${percentText(share.value)}%${share.assumed ? ' (assumed)' : ''}`
    }
  }
}

export function ScenarioEditor({ record, programs, baseline, profile, onDelete }: Props) {
  const [draft, setDraft] = useState<ScenarioDraft>(() => scenarioDraftOf(record.scenario))
  const [saved, setSaved] = useState(() => JSON.stringify(record.scenario))
  const [errors, setErrors] = useState<ScenarioErrors>(new Map())
  const [message, setMessage] = useState('')
  const supplies = new Map(
    baseline.occupations.flatMap((o) => o.supply.programs.map((p) => [p.key, p] as const)),
  )
  const read = scenarioOfDraft(draft)
  const unsaved = !read.ok || JSON.stringify(read.scenario) !== saved

  function setProgram(program: ProgramInput, field: ProgramField, value: string) {
    const row =
      draft.programs.get(program.key) ??
      programDraftOf({ institutionId: program.institutionId, programId: program.programId })
    const next = new Map(draft.programs)
    next.set(program.key, { ...row, values: { ...row.values, [field]: value } })
    setDraft({ ...draft, programs: next })
  }

  async function save() {
    const checked = scenarioOfDraft(draft)
    if (!checked.ok) {
      setErrors(checked.errors)
      setMessage(
        `Not saved: ${checked.errors.size === 1 ? 'one change needs' : `${checked.errors.size} changes need`} attention (marked below).`,
      )
      return
    }
    setErrors(new Map())
    try {
      const stored = await analysisData.saveScenario(
        { id: record.id, cycleId: record.cycleId, scenario: checked.scenario },
        staffOf(profile),
      )
      setSaved(JSON.stringify(stored.scenario))
      setMessage(`Scenario “${stored.scenario.name}” saved.`)
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error))
    }
  }

  const tag = `Scenario: ${draft.name.trim() || record.scenario.name}`
  return (
    <form
      className="panel scenario-editor"
      aria-label={`Edit ${tag}`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        void save()
      }}
    >
      <h2>Edit {tag}</h2>
      <Field label="Name of the scenario" error={errors.get('name')}>
        {(props) => (
          <input
            {...props}
            value={draft.name}
            onChange={(e) => setDraft({ ...draft, name: e.target.value })}
          />
        )}
      </Field>
      <h3>Programs</h3>
      <p className="hint">
        Leave a field empty to keep the reported figure. Seats and clinical slots change what a
        program can train, and so its expected completers, where they are what limits it.
      </p>
      <div className="table-scroll">
        <table className="data-table scenario-programs" aria-label={`${tag}: programs`}>
          <thead>
            <tr>
              <th scope="col">Program</th>
              {PROGRAM_FIELDS.map((f) => (
                <th key={f.key} scope="col">
                  {f.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {programs.map((p) => {
              const row = draft.programs.get(p.key)
              return (
                <tr key={p.key}>
                  <th scope="row">
                    {p.name}
                    <span className="hint">
                      {' '}
                      {p.institutionName} · {occupation(p.occupation).name}
                    </span>
                  </th>
                  {PROGRAM_FIELDS.map((f) => {
                    const typed = row?.values[f.key] ?? ''
                    const error = errors.get(`${p.key}.${f.key}`)
                    const from = startingValue(p, supplies.get(p.key), f.key)
                    const errorId = `${p.key}-${f.key}-error`.replace(/[^\w-]/g, '_')
                    return (
                      <td key={f.key} className={typed.trim() ? 'changed' : undefined}>
                        <input
                          className="figure"
                          inputMode="decimal"
                          aria-label={`${f.label} of ${p.name}, ${p.institutionName}`}
                          aria-invalid={Boolean(error)}
                          aria-describedby={error ? errorId : undefined}
                          value={typed}
                          onChange={(e) => setProgram(p, f.key, e.target.value)}
                        />
                        <span className="reported">
                          {f.kind === 'share' ? 'baseline' : 'reported'} {from}
                        </span>
                        {error && (
                          <span className="field-error" id={errorId}>
                            {error}
                          </span>
                        )}
                      </td>
                    )
                  })}
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      <h3>Demand</h3>
      <table className="data-table" aria-label={`${tag}: demand`}>
        <thead>
          <tr>
            <th scope="col">Occupation</th>
            {OCCUPATION_FIELDS.map((f) => (
              <th key={f.key} scope="col">
                {f.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {OCCUPATIONS.map((o) => {
            const analysed = baseline.occupations.find((a) => a.occupation === o.id)
            const start = {
              employerDemand: shownFigure(analysed?.employerDemand.total.value),
              publishedOpenings: shownFigure(analysed?.publishedOpenings.value),
            }
            return (
              <tr key={o.id}>
                <th scope="row">{o.name}</th>
                {OCCUPATION_FIELDS.map((f) => {
                  const typed = draft.occupations[o.id][f.key]
                  const error = errors.get(`${o.id}.${f.key}`)
                  const errorId = `${o.id}-${f.key}-error`
                  return (
                    <td key={f.key} className={typed.trim() ? 'changed' : undefined}>
                      <input
                        className="figure"
                        inputMode="decimal"
                        aria-label={`${f.label} for ${o.name}`}
                        aria-invalid={Boolean(error)}
                        aria-describedby={error ? errorId : undefined}
                        value={typed}
                        onChange={(e) =>
                          setDraft({
                            ...draft,
                            occupations: {
                              ...draft.occupations,
                              [o.id]: { ...draft.occupations[o.id], [f.key]: e.target.value },
                            },
                          })
                        }
                      />
                      <span className="reported">baseline {start[f.key]}</span>
                      {error && (
                        <span className="field-error" id={errorId}>
                          {error}
                        </span>
                      )}
                    </td>
                  )
                })}
              </tr>
            )
          })}
        </tbody>
      </table>
      <p role="status">{message}</p>
      <div className="actions">
        <button type="submit" className="primary">
          Save the scenario
        </button>
        <button type="button" className="danger" onClick={onDelete}>
          Delete the scenario…
        </button>
        <span className="save-status">
          {unsaved
            ? 'Changes not saved yet: the results below are of the saved scenario'
            : 'All changes saved'}
        </span>
      </div>
    </form>
  )
}
