// The shares the analysis assumes for a program that reported no data for one, typed as
// percentages (85 for 85%) and stored as fractions, with where they come from.
import { Field } from '../../components/Field'
import { SHARE_FIELDS, fieldPath, type ContextDraft, type FieldErrors } from './context-draft'

interface Props {
  draft: ContextDraft['defaults']
  errors: FieldErrors
  onChange: (draft: ContextDraft['defaults']) => void
}

const HINTS: Record<(typeof SHARE_FIELDS)[number]['key'], string> = {
  passShare: 'Of first-attempt exam takers, the percentage who pass.',
  placementShare: 'Of graduates seeking work, the percentage placed in the field.',
  inRegionShare: 'Of those placed in the field, the percentage placed in the region.',
}

export function DefaultSharesFields({ draft, errors, onChange }: Props) {
  return (
    <section className="panel context-defaults" aria-labelledby="context-defaults">
      <h2 id="context-defaults">Default shares</h2>
      <p className="hint">
        Used only where a program reported no data for a share; every figure using one is marked
        assumed. Leave a share empty to assume nothing: the figure is then shown as unknown.
      </p>
      <div className="context-grid">
        {SHARE_FIELDS.map((s) => (
          <Field
            key={s.key}
            label={`${s.label} (%)`}
            hint={HINTS[s.key]}
            error={errors[fieldPath('defaults', s.key)]}
          >
            {(props) => (
              <input
                {...props}
                className="figure"
                inputMode="decimal"
                value={draft[s.key]}
                onChange={(e) => onChange({ ...draft, [s.key]: e.target.value })}
              />
            )}
          </Field>
        ))}
        <Field
          label="Source of the default shares"
          hint="Who agreed them, or the table they come from."
          error={errors[fieldPath('defaults', 'source')]}
        >
          {(props) => (
            <input
              {...props}
              className="wide"
              value={draft.source}
              onChange={(e) => onChange({ ...draft, source: e.target.value })}
            />
          )}
        </Field>
      </div>
    </section>
  )
}
