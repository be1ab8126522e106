// What the registry asks of staff, per institution: a first contact (only pending keys: the
// authenticity of the key cannot be established yet) or a changed key (a pinned key on record
// and another one pending). The two are never merged: a changed key blocks.
import type { TrustRegistry, TrustedInstitution, TrustedKey } from '../../../shared/trust/registry'

export type KeySituation =
  | { kind: 'first-contact'; institution: TrustedInstitution; pending: TrustedKey }
  | {
      kind: 'key-changed'
      institution: TrustedInstitution
      onRecord: TrustedKey
      pending: TrustedKey
    }

export function keySituations(registry: TrustRegistry): KeySituation[] {
  return registry.institutions.flatMap((institution) => {
    const pinned = institution.keys.filter((k) => k.status === 'pinned')
    const onRecord = pinned.at(-1)
    return institution.keys
      .filter((k) => k.status === 'pending')
      .map((pending): KeySituation =>
        onRecord
          ? { kind: 'key-changed', institution, onRecord, pending }
          : { kind: 'first-contact', institution, pending },
      )
  })
}

/** Institutions with more than one pinned key: after a key change, the old key may still need revoking. */
export function doublyPinned(registry: TrustRegistry): TrustedInstitution[] {
  return registry.institutions.filter((i) => i.keys.filter((k) => k.status === 'pinned').length > 1)
}
