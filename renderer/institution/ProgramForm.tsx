// Adds or edits a program: occupation first, then a CIP code and credential suggested from it.
import { useState, type FormEvent } from 'react'
import {
  CREDENTIAL_LABELS,
  OCCUPATIONS,
  occupation,
  suggestedCip,
  type CredentialLevel,
  type OccupationId,
} from '../../shared/domain/occupations'
import { ProgramId } from '../../shared/domain/ids'
import { Program } from '../../shared/reports/schemas'
import { Field } from '../components/Field'

interface Props {
  program?: Program
  onSave: (program: Program) => Promise<void>
  onCancel?: () => void
}

function defaultsFor(id: OccupationId) {
  const o = occupation(id)
  return {
    cip: suggestedCip(id),
    credential: o.credentials.includes('associate') ? 'associate' : o.credentials[0]!,
    accreditor: o.accreditors.join(' / '),
  }
}

export function ProgramForm({ program, onSave, onCancel }: Props) {
  const first = program?.occupation ?? 'respiratory-therapists'
  const [occ, setOcc] = useState<OccupationId>(first)
  const [name, setName] = useState(program?.name ?? '')
  const [cip, setCip] = useState(program?.cip ?? defaultsFor(first).cip)
  const [credential, setCredential] = useState<CredentialLevel>(
    program?.credential ?? defaultsFor(first).credential,
  )
  const [campus, setCampus] = useState(program?.campus ?? '')
  const [accreditor, setAccreditor] = useState(program?.accreditor ?? defaultsFor(first).accreditor)
  const [error, setError] = useState<string>()

  const chooseOccupation = (id: OccupationId) => {
    setOcc(id)
    const d = defaultsFor(id)
    setCip(d.cip)
    setCredential(d.credential)
    setAccreditor(d.accreditor)
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const parsed = Program.safeParse({
      id: program?.id ?? ProgramId.parse(crypto.randomUUID()),
      occupation: occ,
      name,
      cip,
      credential,
      campus,
      accreditor,
    })
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Check the program details')
      return
    }
    setError(undefined)
    // Clear the name as the program is sent, not when its save returns: by then the user may
    // already be typing the next program's name, which a late clear would wipe out.
    if (!program) setName('')
    try {
      await onSave(parsed.data)
    } catch (failure) {
      if (!program) setName((typed) => (typed === '' ? parsed.data.name : typed))
      setError(
        `The program was not saved: ${failure instanceof Error ? failure.message : String(failure)}`,
      )
    }
  }

  const o = occupation(occ)
  return (
    <form
      className="program-form"
      noValidate
      onSubmit={(e) => void submit(e)}
      aria-label={program ? `Edit ${program.name}` : 'Add a program'}
    >
      <Field label="Occupation" hint={o.regulation.summary}>
        {(props) => (
          <select
            {...props}
            value={occ}
            onChange={(e) => chooseOccupation(e.target.value as OccupationId)}
          >
            {OCCUPATIONS.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name} ({x.soc.code})
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label="Program name"
        hint="As it appears in your catalog, e.g. Radiologic Technology AS."
        error={error}
      >
        {(props) => (
          <input {...props} type="text" value={name} onChange={(e) => setName(e.target.value)} />
        )}
      </Field>
      <Field label="CIP code" hint="Suggested from the occupation.">
        {(props) => (
          <select {...props} value={cip} onChange={(e) => setCip(e.target.value)}>
            {o.cip.map((c) => (
              <option key={c.code} value={c.code}>
                {c.code} {c.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Credential">
        {(props) => (
          <select
            {...props}
            value={credential}
            onChange={(e) => setCredential(e.target.value as CredentialLevel)}
          >
            {o.credentials.map((c) => (
              <option key={c} value={c}>
                {CREDENTIAL_LABELS[c]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Campus or site" hint="Optional.">
        {(props) => (
          <input
            {...props}
            type="text"
            value={campus}
            onChange={(e) => setCampus(e.target.value)}
          />
        )}
      </Field>
      <Field label="Accreditor">
        {(props) => (
          <input
            {...props}
            type="text"
            value={accreditor}
            onChange={(e) => setAccreditor(e.target.value)}
          />
        )}
      </Field>
      <div className="actions">
        <button type="submit" className="primary">
          {program ? 'Save program' : 'Add program'}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  )
}
