// After an export that made a signing key: the key card to send the board, and why.
import { useState } from 'react'
import { formatFingerprint } from '../../shared/crypto/keys'
import type { StoredKey } from '../db/key-database'
import { saveKeyCard } from '../keys/save-key-card'

export function NewKeyCard({
  storedKey,
  replacesKnown,
}: {
  storedKey: StoredKey
  replacesKnown: boolean
}) {
  const [saved, setSaved] = useState('')
  return (
    <div className="key-warning" role="note" aria-labelledby="key-card-heading">
      <p id="key-card-heading">
        <strong>
          {replacesKnown
            ? 'A new signing key was made: the board will see a changed key.'
            : 'Your signing key was made with this export.'}
        </strong>
      </p>
      <p>
        Save its key card and send it to the board with the workbook. When they call to confirm it,
        read them this fingerprint:
      </p>
      <code className="fingerprint">{formatFingerprint(storedKey.keyId)}</code>
      <div className="actions">
        <button
          type="button"
          onClick={() =>
            void saveKeyCard(storedKey).then((ok) =>
              setSaved(ok ? 'Key card saved. Send it to the board with the workbook.' : ''),
            )
          }
        >
          Save key card…
        </button>
      </div>
      <p role="status">{saved}</p>
    </div>
  )
}
