// Settings on a partner's computer: the board key cards it holds, against which the board's
// review receipts are checked. A card is a file the board sent (untrusted until read by the
// strict key card reader); its fingerprint is shown to compare with the board on the phone.
import { useState } from 'react'
import { formatFingerprint } from '../../shared/crypto/keys'
import type { Profile } from '../../shared/domain/profile'
import { receipts } from '../db/app-data'
import { useBoardKeyCards } from '../db/receipt-hooks'
import { platform } from '../platform'

const KEY_CARD_FILTER = [{ name: 'Allied Pipeline key card', extensions: ['json'] }]

export function BoardKeyCardsPanel({ profile }: { profile: Profile }) {
  const cards = useBoardKeyCards()
  const [status, setStatus] = useState('')

  async function importCard() {
    const [file] = await platform.openFiles(KEY_CARD_FILTER, { multiple: false })
    if (!file) return
    const outcome = await receipts.importBoardKeyCard(
      new TextDecoder().decode(file.bytes),
      profile.institutionId,
      new Date(),
    )
    if (!outcome.ok) return setStatus(`${file.name}: ${outcome.problem}`)
    const who = outcome.card.institution.name
    setStatus(
      outcome.already
        ? `You already hold this key card of ${who}.`
        : `The key card of ${who} was added. Compare its fingerprint with the board if you have not.`,
    )
  }

  return (
    <>
      <h2 id="settings-board-cards">Board key cards</h2>
      <p className="hint">
        The board signs the review receipts it sends you. Import the key card it sent you once, so
        this app can check that a receipt really comes from the board and was not changed. To be
        sure the card itself is the board’s, call the board on a number you already have and compare
        the fingerprint.
      </p>
      <div className="actions">
        <button type="button" onClick={() => void importCard()}>
          Import a board’s key card…
        </button>
      </div>
      <p role="status" className="save-status">
        {status}
      </p>
      {cards && cards.length === 0 && <p>You hold no board key card yet.</p>}
      {cards && cards.length > 0 && (
        <table className="data-table" aria-label="Board key cards held">
          <thead>
            <tr>
              <th scope="col">Board</th>
              <th scope="col">Fingerprint</th>
              <th scope="col">Added</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {cards.map(({ card, addedAt, fingerprint }) => (
              <tr key={fingerprint}>
                <th scope="row">{card.institution.name}</th>
                <td>
                  <code className="fingerprint" data-testid="board-fingerprint">
                    {formatFingerprint(fingerprint)}
                  </code>
                </td>
                <td>{new Date(addedAt).toLocaleDateString(undefined, { dateStyle: 'medium' })}</td>
                <td>
                  <button
                    type="button"
                    aria-label={`Remove the key card of ${card.institution.name}, ${formatFingerprint(fingerprint).slice(0, 9)}`}
                    onClick={() =>
                      void receipts
                        .removeBoardKeyCard(fingerprint)
                        .then(() =>
                          setStatus(
                            `The key card of ${card.institution.name} was removed. Receipts already imported stay.`,
                          ),
                        )
                    }
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  )
}
