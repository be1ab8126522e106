// Settings: the signing key's fingerprint (to read over the phone to the board), its key card,
// and replacing it.
import { useRef, useState } from 'react'
import { formatFingerprint } from '../../shared/crypto/keys'
import type { Institution } from '../../shared/domain/partners'
import type { Profile } from '../../shared/domain/profile'
import { signingKeys } from '../db/app-data'
import type { KeyOwner } from './key-store'
import { saveKeyCard } from './save-key-card'
import { useSigningKey } from './useSigningKey'

export function ownerOf(profile: Profile, institution: Institution | undefined): KeyOwner {
  return {
    institution: { id: profile.institutionId, name: institution?.name ?? profile.institutionId },
    contact: { name: profile.contactName, email: profile.contactEmail },
  }
}

export function SigningKeyPanel({
  profile,
  institution,
}: {
  profile: Profile
  institution: Institution | undefined
}) {
  const key = useSigningKey(profile.institutionId)
  const [status, setStatus] = useState('')
  const dialog = useRef<HTMLDialogElement>(null)
  const owner = ownerOf(profile, institution)

  const run = async (work: () => Promise<string>) => {
    try {
      setStatus(await work())
    } catch (error) {
      setStatus(`Could not complete: ${error instanceof Error ? error.message : String(error)}`)
    }
  }

  return (
    <>
      <h2 id="settings-key">Signing key</h2>
      <p className="hint">
        Every workbook you export is signed with a key kept on this computer, so the board can tell
        it came from you and that nothing was changed. The key itself never leaves this computer and
        is not part of a backup.
      </p>
      {key === undefined ? (
        <p>Checking…</p>
      ) : key === null ? (
        <>
          <p>
            No key yet: one is made the first time you export. You can make it now to send the board
            your key card early.
          </p>
          <button
            type="button"
            onClick={() =>
              void run(async () => (await signingKeys.ensureKey(owner), 'Your key was made.'))
            }
          >
            Make my key now
          </button>
        </>
      ) : (
        <>
          <dl className="facts">
            <dt>Fingerprint</dt>
            <dd>
              <code className="fingerprint" data-testid="fingerprint">
                {formatFingerprint(key.keyId)}
              </code>
              <span className="hint">
                Read this to the board’s staff when they call to confirm your key.
              </span>
            </dd>
            <dt>Made</dt>
            <dd>
              {new Date(key.createdAt).toLocaleString('en-US', {
                dateStyle: 'medium',
                timeStyle: 'short',
              })}
            </dd>
            {key.card.replaces && (
              <>
                <dt>Replaces</dt>
                <dd>
                  the key beginning {formatFingerprint(key.card.replaces.keyId).slice(0, 19)}
                  {key.card.replaces.signature ? ' (the old key signed the change)' : ''}
                </dd>
              </>
            )}
          </dl>
          <div className="actions">
            <button
              type="button"
              onClick={() =>
                void run(async () =>
                  (await saveKeyCard(key)) ? 'Key card saved. Send it to the board.' : '',
                )
              }
            >
              Save key card…
            </button>
            <button type="button" onClick={() => dialog.current?.showModal()}>
              Replace key…
            </button>
          </div>
        </>
      )}
      <p role="status" className="save-status">
        {status}
      </p>
      <dialog ref={dialog} aria-labelledby="replace-key-title" className="confirm-dialog">
        <h2 id="replace-key-title">Replace your signing key?</h2>
        <p>
          A new key is made and the current one is retired. The current key signs a statement that
          the new key replaces it, so the board can accept the change. Send the board your new key
          card; workbooks signed with the old key stay valid.
        </p>
        <div className="dialog-actions">
          <button
            type="button"
            className="danger"
            onClick={() => {
              dialog.current?.close()
              void run(
                async () => (
                  await signingKeys.replaceKey(owner),
                  'Your key was replaced. Save the new key card and send it to the board.'
                ),
              )
            }}
          >
            Replace key
          </button>
          <button type="button" autoFocus onClick={() => dialog.current?.close()}>
            Cancel
          </button>
        </div>
      </dialog>
    </>
  )
}
