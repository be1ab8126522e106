// Starts a reporting period: a July–June year for schools and colleges, a snapshot date for
// employers, optionally with last period's programs or occupations copied forward.
import { useState, type FormEvent } from 'react'
import {
  academicYear,
  julyYearOf,
  localIsoDate,
  periodKey,
  periodProblem,
  snapshot,
  type Period,
} from '../../shared/domain/periods'
import type { ReportingPeriod } from '../../shared/reports/draft'
import type { ReportKind } from '../../shared/reports/schemas'
import { Field } from '../components/Field'
import { reporting } from '../db/app-data'
import { track } from '../db/save-tracker'

interface Props {
  kind: ReportKind
  existing: readonly ReportingPeriod[]
  onCreated: (periodId: string) => void
}

const today = () => localIsoDate(new Date())

export function NewPeriodForm({ kind, existing, onCreated }: Props) {
  const thisYear = julyYearOf(today())
  const years = [thisYear + 1, thisYear, thisYear - 1, thisYear - 2, thisYear - 3]
  // The most recent year not yet started: last year's figures are usually what is reported.
  const taken = new Set(existing.map((p) => p.id))
  const [year, setYear] = useState(
    () =>
      [thisYear - 1, thisYear, thisYear + 1].find((y) => !taken.has(periodKey(academicYear(y)))) ??
      thisYear - 1,
  )
  const [date, setDate] = useState(today())
  const latest = existing[0]
  const [copy, setCopy] = useState(true)
  const [error, setError] = useState<string>()

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    let period: Period
    try {
      period = kind === 'employer' ? snapshot(date) : academicYear(year)
    } catch {
      setError('Enter the snapshot date as a full date, for example 2026-10-01.')
      return
    }
    const problem = periodProblem(period, today())
    if (problem) {
      setError(problem)
      return
    }
    if (existing.some((p) => p.id === periodKey(period))) {
      setError(`${period.label} already exists: open it from the list above.`)
      return
    }
    try {
      const created = await track(() =>
        reporting.createPeriod(kind, period, copy && latest ? { copyFrom: latest.id } : {}),
      )
      setError(undefined)
      onCreated(created.id)
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    }
  }

  return (
    <section aria-labelledby="new-period-heading" className="panel">
      <h2 id="new-period-heading">Start a new period</h2>
      <form className="inline-form" noValidate onSubmit={(e) => void submit(e)}>
        {kind === 'employer' ? (
          <Field
            label="Snapshot date"
            hint="The date your staffing figures describe."
            error={error}
          >
            {(props) => (
              <input
                {...props}
                type="date"
                value={date}
                max={today()}
                onChange={(e) => setDate(e.target.value)}
                required
              />
            )}
          </Field>
        ) : (
          <Field label="Academic year" hint="July 1 to June 30." error={error}>
            {(props) => (
              <select {...props} value={year} onChange={(e) => setYear(Number(e.target.value))}>
                {years.map((y) => (
                  <option key={y} value={y}>
                    {academicYear(y).label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        {latest && (
          <label className="checkbox">
            <input type="checkbox" checked={copy} onChange={(e) => setCopy(e.target.checked)} />
            Start with the {kind === 'education' ? 'programs' : 'occupations'} of{' '}
            {latest.period.label} (figures are not copied)
          </label>
        )}
        <button type="submit" className="primary">
          Start period
        </button>
      </form>
    </section>
  )
}
