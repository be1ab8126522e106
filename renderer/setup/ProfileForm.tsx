// Who you are: institution, role and contact. Used by first-run setup and by settings.
import { useId, useRef, useState, type FormEvent } from 'react'
import {
  COUNTIES,
  PARTNER_KINDS,
  PARTNER_KIND_LABELS,
  type Institution,
  type PartnerKind,
} from '../../shared/domain/partners'
import type { Profile } from '../../shared/domain/profile'
import { ROLES, ROLE_DESCRIPTIONS, ROLE_LABELS, type Role } from '../../shared/domain/roles'
import { Field } from '../components/Field'
import {
  OTHER_INSTITUTION,
  initialFormState,
  roleForInstitution,
  submitForm,
  type FieldErrors,
  type ProfileFormState,
} from './profile-form-state'

interface Props {
  directory: readonly Institution[]
  profile: Profile | null
  submitLabel: string
  onSave: (profile: Profile, newInstitution?: Institution) => Promise<void>
}

export function ProfileForm({ directory, profile, submitLabel, onSave }: Props) {
  const [state, setState] = useState<ProfileFormState>(() => initialFormState(profile))
  const [errors, setErrors] = useState<FieldErrors>({})
  const [roleTouched, setRoleTouched] = useState(profile !== null)
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle')
  const [failure, setFailure] = useState('')
  const summaryRef = useRef<HTMLDivElement>(null)
  const roleGroupId = useId()

  const update = (patch: Partial<ProfileFormState>) => {
    setStatus('idle')
    setState((s) => {
      const next = { ...s, ...patch }
      if (!roleTouched && ('institutionId' in patch || 'otherKind' in patch)) {
        next.role = roleForInstitution(next.institutionId, next.otherKind, directory)
      }
      return next
    })
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const result = submitForm(state, directory, new Date())
    if (!result.ok) {
      setErrors(result.errors)
      setStatus('idle')
      // Move focus to the summary so keyboard and screen-reader users hear what to fix.
      requestAnimationFrame(() => summaryRef.current?.focus())
      return
    }
    setErrors({})
    setStatus('saving')
    try {
      await onSave(result.profile, result.newInstitution)
      setStatus('saved')
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error))
      setStatus('failed')
    }
  }

  const kinds = PARTNER_KINDS
  const errorList = Object.values(errors)

  return (
    <form className="profile-form" noValidate onSubmit={(e) => void submit(e)}>
      {errorList.length > 0 && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summaryRef}>
          <h2>
            Please correct {errorList.length === 1 ? 'this' : `these ${errorList.length} things`}
          </h2>
          <ul>
            {errorList.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      )}

      <Field label="Your institution" error={errors.institutionId}>
        {(props) => (
          <select
            {...props}
            value={state.institutionId}
            onChange={(e) => update({ institutionId: e.target.value })}
          >
            <option value="">Choose…</option>
            {kinds.map((kind) => {
              const members = directory.filter((i) => i.kind === kind)
              return members.length === 0 ? null : (
                <optgroup key={kind} label={PARTNER_KIND_LABELS[kind]}>
                  {members.map((i) => (
                    <option key={i.id} value={i.id}>
                      {i.name}
                    </option>
                  ))}
                </optgroup>
              )
            })}
            <option value={OTHER_INSTITUTION}>My institution is not listed…</option>
          </select>
        )}
      </Field>

      {state.institutionId === OTHER_INSTITUTION && (
        <fieldset className="nested">
          <legend>Your institution</legend>
          <Field label="Name" error={errors.otherName}>
            {(props) => (
              <input
                {...props}
                type="text"
                autoComplete="organization"
                value={state.otherName}
                onChange={(e) => update({ otherName: e.target.value })}
              />
            )}
          </Field>
          <Field label="Kind of institution">
            {(props) => (
              <select
                {...props}
                value={state.otherKind}
                onChange={(e) => update({ otherKind: e.target.value as PartnerKind })}
              >
                {kinds.map((k) => (
                  <option key={k} value={k}>
                    {PARTNER_KIND_LABELS[k]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="County">
            {(props) => (
              <select
                {...props}
                value={state.otherCounty}
                onChange={(e) =>
                  update({ otherCounty: e.target.value as ProfileFormState['otherCounty'] })
                }
              >
                <option value="">Not stated</option>
                {COUNTIES.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </fieldset>
      )}

      <fieldset
        className="roles"
        aria-describedby={errors.role ? `${roleGroupId}-error` : undefined}
      >
        <legend>What will you do in Allied Pipeline?</legend>
        {errors.role && (
          <p className="field-error" id={`${roleGroupId}-error`}>
            {errors.role}
          </p>
        )}
        {ROLES.map((role: Role) => (
          <label key={role} className="role-option">
            <input
              type="radio"
              name="role"
              value={role}
              checked={state.role === role}
              aria-describedby={`${roleGroupId}-${role}`}
              onChange={() => {
                setRoleTouched(true)
                update({ role })
              }}
            />
            <span>
              <strong>{ROLE_LABELS[role]}</strong>
              <span className="hint" id={`${roleGroupId}-${role}`}>
                {ROLE_DESCRIPTIONS[role]}
              </span>
            </span>
          </label>
        ))}
      </fieldset>

      <Field label="Your name" error={errors.contactName}>
        {(props) => (
          <input
            {...props}
            type="text"
            autoComplete="name"
            value={state.contactName}
            onChange={(e) => update({ contactName: e.target.value })}
          />
        )}
      </Field>
      <Field
        label="Your work email"
        hint="The board uses it if a figure needs a question."
        error={errors.contactEmail}
      >
        {(props) => (
          <input
            {...props}
            type="email"
            autoComplete="email"
            value={state.contactEmail}
            onChange={(e) => update({ contactEmail: e.target.value })}
          />
        )}
      </Field>

      <div className="actions">
        <button type="submit" className="primary" disabled={status === 'saving'}>
          {submitLabel}
        </button>
        <span role="status" className="save-status">
          {status === 'saving' && 'Saving…'}
          {status === 'saved' && 'Saved.'}
          {status === 'failed' && `Could not save: ${failure}`}
        </span>
      </div>
    </form>
  )
}
