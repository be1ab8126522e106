// SSH's "yes/no/[fingerprint]" answer, kept to its safest form: staff type or paste back the
// whole fingerprint the partner read out on a call. Spaces and case do not matter; anything else
// short of the full match is refused with what is wrong.
import { useState } from 'react'
import type { Profile } from '../../../shared/domain/profile'
import { trust } from '../../db/app-data'
import { staffOf } from '../../db/board-staff'
import { fingerprintMismatch } from '../../db/trust-repository'
import { Field } from '../../components/Field'

export function ConfirmFingerprint({
  profile,
  institutionId,
  institutionName,
  keyId,
  contactName,
}: {
  profile: Profile
  institutionId: string
  institutionName: string
  keyId: string
  contactName: string | undefined
}) {
  const [typed, setTyped] = useState('')
  const [problem, setProblem] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)

  async function confirm() {
    const mismatch = fingerprintMismatch(keyId, typed)
    if (mismatch) {
      setProblem(mismatch)
      return
    }
    setBusy(true)
    const change = await trust.confirmRegistryKey(
      { institutionId, keyId, typedFingerprint: typed, who: staffOf(profile), contactName },
      new Date(),
    )
    setBusy(false)
    setProblem(change.ok ? undefined : change.problem)
  }

  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault()
        void confirm()
      }}
    >
      <Field
        label={`Fingerprint ${contactName ?? 'your contact'} read to you`}
        hint="Type or paste all 16 groups. Spaces and capitals do not matter."
        error={problem}
      >
        {(props) => (
          <input
            {...props}
            type="text"
            autoComplete="off"
            spellCheck={false}
            size={50}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
          />
        )}
      </Field>
      <button type="submit" className="primary" disabled={busy}>
        Pin this key for {institutionName}
      </button>
    </form>
  )
}
