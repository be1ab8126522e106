// Settings: the signing key's fingerprint (to read over the phone), its key card, and replacing
// it. A partner's key signs its workbooks and its card goes to the board; the board's key signs
// its review receipts (and its regional workbook) and its card goes to every partner. One key
// store and one panel; only the words differ.
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

interface KeyWording {
  readonly title: string
  readonly purpose: string
  readonly none: string
  readonly make: string
  readonly made: string
  readonly readAloud: string
  readonly saved: string
  readonly replaceTitle: string
  readonly replaceText: string
  readonly replaced: string
}

const PARTNER_WORDING: KeyWording = {
  title: 'Signing key',
  purpose:
    'Every workbook you export is signed with a key kept on this computer, so the board can tell it came from you and that nothing was changed. The key itself never leaves this computer and is not part of a backup.',
  none: 'No key yet: one is made the first time you export. You can make it now to send the board your key card early.',
  make: 'Make my key now',
  made: 'Your key was made.',
  readAloud: 'Read this to the board’s staff when they call to confirm your key.',
  saved: 'Key card saved. Send it to the board.',
  replaceTitle: 'Replace your signing key?',
  replaceText:
    'A new key is made and the current one is retired. The current key signs a statement that the new key replaces it, so the board can accept the change. Send the board your new key card; workbooks signed with the old key stay valid.',
  replaced: 'Your key was replaced. Save the new key card and send it to the board.',
}

const BOARD_WORDING: KeyWording = {
  title: 'The board’s signing key',
  purpose:
    'The board’s review receipts are signed with a key kept on this computer, and so will be its signed regional workbook. Partners check them against this key’s card, so they know the answer came from the board and nothing was changed. The key itself never leaves this computer and is not part of a backup.',
  none: 'No key yet: one is made the first time you issue a review receipt. Make it now to send partners the key card before the first receipt.',
  make: 'Make the board’s key now',
  made: 'The board’s key was made. Save its key card and send it to every partner.',
  readAloud:
    'A partner who imports the key card sees this fingerprint. When one calls to check it, they read theirs to you (or you read this one to them) on a number you already have; it must match in full.',
  saved:
    'Key card saved. Send it to every partner: they import it in their Settings, under Board key cards, to check the board’s receipts.',
  replaceTitle: 'Replace the board’s signing key?',
  replaceText:
    'A new key is made and the current one is retired. Partners can check receipts signed by the new key only once they hold its key card: send the new card to every partner. Receipts they already imported stay valid.',
  replaced: 'The board’s key was replaced. Save the new key card and send it to every partner.',
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
  const words = profile.role === 'board' ? BOARD_WORDING : PARTNER_WORDING

  const run = async (work: () => Promise<string>) => {
    try {
      setStatus(await work())
    } catch (error) {
      setStatus(`Could not complete: ${error instanceof Error ? error.message : String(error)}`)
    }
  }

  return (
    <>
      <h2 id="settings-key">{words.title}</h2>
      <p className="hint">{words.purpose}</p>
      {key === undefined ? (
        <p>Checking…</p>
      ) : key === null ? (
        <>
          <p>{words.none}</p>
          <button
            type="button"
            onClick={() => void run(async () => (await signingKeys.ensureKey(owner), words.made))}
          >
            {words.make}
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
              <span className="hint">{words.readAloud}</span>
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
              onClick={() => void run(async () => ((await saveKeyCard(key)) ? words.saved : ''))}
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
        <h2 id="replace-key-title">{words.replaceTitle}</h2>
        <p>{words.replaceText}</p>
        <div className="dialog-actions">
          <button
            type="button"
            className="danger"
            onClick={() => {
              dialog.current?.close()
              void run(async () => (await signingKeys.replaceKey(owner), words.replaced))
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
