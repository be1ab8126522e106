// The two verdicts on a key the board has not confirmed, in OpenSSH's words: a first contact
// ("The authenticity of … can't be established") and a changed key, a blocking warning showing
// the key on record beside the new one.
import { formatFingerprint } from '../../../shared/crypto/keys'
import type { Profile } from '../../../shared/domain/profile'
import { trust } from '../../db/app-data'
import { staffOf } from '../../db/board-staff'
import { ConfirmFingerprint } from './ConfirmFingerprint'
import type { KeySituation } from './key-situations'

function contactLine(key: { contact?: { name: string; email: string } | undefined }) {
  return key.contact ? `${key.contact.name} (${key.contact.email})` : 'your contact there'
}

export function KeyBanner({ situation, profile }: { situation: KeySituation; profile: Profile }) {
  const { institution, pending } = situation
  const headingId = `key-${pending.keyId}`
  const reject = () =>
    trust.revokeRegistryKey(
      {
        institutionId: institution.institutionId,
        keyId: pending.keyId,
        who: staffOf(profile),
        reason: 'the partner did not recognise this key',
      },
      new Date(),
    )
  const confirm = (
    <ConfirmFingerprint
      profile={profile}
      institutionId={institution.institutionId}
      institutionName={institution.name}
      keyId={pending.keyId}
      contactName={pending.contact?.name}
    />
  )
  if (situation.kind === 'first-contact') {
    return (
      <section className="first-contact" aria-labelledby={headingId}>
        <h2 id={headingId}>New key: {institution.name}</h2>
        <p>The authenticity of this key can’t be established yet. ED25519 key fingerprint is:</p>
        <code className="fingerprint" data-testid="pending-fingerprint">
          {formatFingerprint(pending.keyId)}
        </code>
        <p>
          Call {contactLine(pending)} on a number you already have, ask them to read their
          fingerprint from their Settings, and type it below. Files signed with this key are shown
          as “Unknown signer” until you do.
        </p>
        {confirm}
      </section>
    )
  }
  return (
    <section className="key-changed" role="alert" aria-labelledby={headingId}>
      <h2 id={headingId}>Warning: the signing key of {institution.name} has changed</h2>
      <p>
        <strong>
          Someone could be sending files in {institution.name}’s name, or they may have replaced
          their key.
        </strong>{' '}
        The new key’s card was not signed by the key on record, so it cannot be trusted without a
        call. Nothing signed with the new key is accepted until you resolve this.
      </p>
      <div className="fingerprint-pair">
        <div>
          <h3>Key on record (pinned {situation.onRecord.confirmedAt?.slice(0, 10)})</h3>
          <code className="fingerprint" data-testid="fingerprint-on-record">
            {formatFingerprint(situation.onRecord.keyId)}
          </code>
        </div>
        <div>
          <h3>New key (received {pending.addedAt.slice(0, 10)})</h3>
          <code className="fingerprint" data-testid="fingerprint-new">
            {formatFingerprint(pending.keyId)}
          </code>
        </div>
      </div>
      <p>
        Call {contactLine(situation.onRecord)} on a number you already have — not one from the new
        key card — and ask whether they made a new key. If they read you the new fingerprint, type
        it to pin the new key; then revoke the old one unless they still use it.
      </p>
      {confirm}
      <p>
        <button type="button" onClick={() => void reject()}>
          They did not make a new key: refuse it
        </button>
      </p>
    </section>
  )
}
