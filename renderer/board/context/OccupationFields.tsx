// One occupation's part of the board context: the published projection with the openings it
// implies worked out as staff type, or the publisher's own annual openings figure, and the
// regional employment; every figure beside its source.
import type { OccupationId } from '../../../shared/domain/occupations'
import { Field } from '../../components/Field'
import { shownFigure } from '../figure-text'
import {
  PROJECTION_FIELDS,
  fieldPath,
  impliedOpenings,
  type FieldErrors,
  type OccupationDraft,
  type SourcedDraft,
} from './context-draft'
import { numberFromText } from '../figure-text'
import { OPENINGS_TOLERANCE } from '../../../shared/analysis/demand'

interface Props {
  id: OccupationId
  name: string
  draft: OccupationDraft
  errors: FieldErrors
  onChange: (draft: OccupationDraft) => void
}

const HINTS: Partial<Record<string, string>> = {
  geography: 'The area the table covers, as the publisher names it.',
  vintage: 'The projection period, as published: 2022-2032.',
  source: 'The publisher and table, so that anyone can look the figures up.',
}

export function OccupationFields({ id, name, draft, errors, onChange }: Props) {
  const at = (...parts: string[]) => errors[fieldPath('occupations', id, ...parts)]
  const implied = impliedOpenings(draft.projection)
  const published = numberFromText(draft.annualOpenings.value)
  const headingId = `context-${id}`

  function sourcedFields(key: 'annualOpenings' | 'regionalEmployment', label: string) {
    const set = (change: Partial<SourcedDraft>) =>
      onChange({ ...draft, [key]: { ...draft[key], ...change } })
    return (
      <div className="context-grid">
        <Field label={label} error={at(key, 'value')}>
          {(props) => (
            <input
              {...props}
              inputMode="decimal"
              value={draft[key].value}
              onChange={(e) => set({ value: e.target.value })}
            />
          )}
        </Field>
        <Field label={`Source of the ${label.toLocaleLowerCase()}`} error={at(key, 'source')}>
          {(props) => (
            <input
              {...props}
              className="wide"
              value={draft[key].source}
              onChange={(e) => set({ source: e.target.value })}
            />
          )}
        </Field>
      </div>
    )
  }

  return (
    <section className="panel context-occupation" aria-labelledby={headingId}>
      <h2 id={headingId}>{name}</h2>
      <fieldset>
        <legend>Published projection</legend>
        <div className="context-grid">
          {PROJECTION_FIELDS.map((f) => (
            <Field key={f.key} label={f.label} hint={HINTS[f.key]} error={at('projection', f.key)}>
              {(props) => (
                <input
                  {...props}
                  className={f.kind === 'text' ? 'wide' : 'figure'}
                  inputMode={f.kind === 'number' ? 'decimal' : undefined}
                  value={draft.projection[f.key]}
                  onChange={(e) =>
                    onChange({
                      ...draft,
                      projection: { ...draft.projection, [f.key]: e.target.value },
                    })
                  }
                />
              )}
            </Field>
          ))}
        </div>
        <p className="implied-openings" aria-live="polite">
          {implied ? (
            <>
              Annual openings implied: {shownFigure(implied.netChangePerYear)} net change per year
              (projected − base employment ÷ years) + {shownFigure(implied.exitsPerYear)} exits +{' '}
              {shownFigure(implied.transfersPerYear)} transfers ={' '}
              <strong>{shownFigure(implied.annualOpenings)}</strong>
            </>
          ) : (
            'Type the years, the employment and the exits and transfers to see the annual openings they imply.'
          )}
        </p>
      </fieldset>
      <fieldset>
        <legend>Annual openings as published</legend>
        <p className="hint">
          The publisher’s own figure, where the table gives one. It counts instead of the one the
          projection implies.
        </p>
        {sourcedFields('annualOpenings', 'Annual openings')}
        {implied && typeof published === 'number' && (
          <p className="hint" aria-live="polite">
            {Math.abs(published - implied.annualOpenings) <= OPENINGS_TOLERANCE
              ? `Agrees with the ${shownFigure(implied.annualOpenings)} the projection implies, within rounding.`
              : `Differs from the ${shownFigure(implied.annualOpenings)} the projection implies: check both against the source.`}
          </p>
        )}
      </fieldset>
      <fieldset>
        <legend>Regional employment</legend>
        {sourcedFields('regionalEmployment', 'Regional employment')}
      </fieldset>
    </section>
  )
}
