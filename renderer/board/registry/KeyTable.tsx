// Every key the board holds, per institution: its status, when it came, who confirmed it and
// how, and when it was revoked.
import { useState } from 'react'
import { formatFingerprint } from '../../../shared/crypto/keys'
import type { Profile } from '../../../shared/domain/profile'
import type { TrustRegistry, TrustedKey } from '../../../shared/trust/registry'
import { trust } from '../../db/app-data'
import { staffOf } from '../../db/board-staff'

const STATUS_LABELS: Record<TrustedKey['status'], string> = {
  pinned: 'Pinned',
  pending: 'Pending',
  revoked: 'Revoked',
}

function how(key: TrustedKey): string {
  if (key.confirmedBy === 'replacement') {
    return `Confirmed ${key.confirmedAt?.slice(0, 10)}: its card was signed by the key it replaces.`
  }
  if (key.confirmedAt) return `Confirmed ${key.confirmedAt.slice(0, 10)}. ${key.note ?? ''}`.trim()
  return 'Not confirmed yet.'
}

function revoked(key: TrustedKey): string {
  if (!key.revokedAt) return ''
  const by = key.replacedBy ? ` Replaced by ${formatFingerprint(key.replacedBy).slice(0, 9)}…` : ''
  return `Revoked ${key.revokedAt.slice(0, 10)}.${by}${key.note && !key.confirmedAt ? ` ${key.note}` : ''}`
}

export function KeyTable({ registry, profile }: { registry: TrustRegistry; profile: Profile }) {
  // A revoked key stays revoked: the first press asks, the second revokes.
  const [asking, setAsking] = useState<string | null>(null)
  const rows = registry.institutions.flatMap((i) => i.keys.map((k) => ({ i, k })))
  if (rows.length === 0) {
    return (
      <p className="empty-state">
        No keys yet. Import the key cards your partners sent you, or a registry file from another
        staff computer.
      </p>
    )
  }
  return (
    <table className="data-table" aria-label="Keys">
      <thead>
        <tr>
          <th scope="col">Institution</th>
          <th scope="col">Fingerprint</th>
          <th scope="col">Status</th>
          <th scope="col">Added</th>
          <th scope="col">Confirmed</th>
          <th scope="col">Revoked</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ i, k }) => (
          <tr key={k.keyId}>
            <th scope="row">{i.name}</th>
            <td>
              <code className="fingerprint inline">{formatFingerprint(k.keyId)}</code>
            </td>
            <td>
              <span className={`status-pill ${k.status}`}>{STATUS_LABELS[k.status]}</span>
            </td>
            <td>{k.addedAt.slice(0, 10)}</td>
            <td>{how(k)}</td>
            <td>{revoked(k)}</td>
            <td>
              {k.status !== 'revoked' && asking !== k.keyId && (
                <button
                  type="button"
                  aria-label={`Revoke key ${formatFingerprint(k.keyId).slice(0, 9)} of ${i.name}`}
                  onClick={() => setAsking(k.keyId)}
                >
                  Revoke
                </button>
              )}
              {k.status !== 'revoked' && asking === k.keyId && (
                <span className="row-actions">
                  <button
                    type="button"
                    className="danger"
                    onClick={() => {
                      setAsking(null)
                      void trust.revokeRegistryKey(
                        { institutionId: i.institutionId, keyId: k.keyId, who: staffOf(profile) },
                        new Date(),
                      )
                    }}
                  >
                    Revoke for good
                  </button>
                  <button type="button" onClick={() => setAsking(null)}>
                    Keep
                  </button>
                </span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
