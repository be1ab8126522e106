// How far the board trusts a file: the signing key looked up under the institution the file
// names. A key the board has never seen for that institution is shown like an SSH host-key
// change, with the keys it does hold.
import type { InstitutionId } from '../domain/ids'
import {
  day,
  findInstitution,
  ownerOf,
  spoken,
  type TrustRegistry,
  type TrustedKey,
} from './registry-file'

export type Trust =
  | { level: 'trusted'; institutionName: string; key: TrustedKey; message: string }
  | { level: 'pending'; institutionName: string; key: TrustedKey; message: string }
  | { level: 'revoked'; institutionName: string; key: TrustedKey; message: string }
  | {
      level: 'unknown-key'
      institutionName: string
      /** The keys the board does hold for the institution, so staff can see what changed. */
      knownKeys: TrustedKey[]
      /** Set when this key is registered to a different institution. */
      registeredTo?: InstitutionId
      message: string
    }
  | { level: 'unknown-institution'; registeredTo?: InstitutionId; message: string }

export type TrustLevel = Trust['level']

/** How far the board trusts a file that `keyId` signed for `institutionId`, in words for staff. */
export function trustOf(registry: TrustRegistry, institutionId: string, keyId: string): Trust {
  const institution = findInstitution(registry, institutionId)
  const owner = ownerOf(registry, keyId)
  const elsewhere =
    owner && owner.institutionId !== institutionId
      ? ` This key is registered to ${owner.name}, not to this institution.`
      : ''
  const registeredTo = elsewhere && owner ? { registeredTo: owner.institutionId } : {}
  if (!institution) {
    return {
      level: 'unknown-institution',
      ...registeredTo,
      message:
        `The board holds no key for institution "${institutionId}". Ask the partner for a key card, ` +
        `import it, and confirm its fingerprint with them by phone before accepting this file.${elsewhere}`,
    }
  }
  const name = institution.name
  const key = institution.keys.find((k) => k.keyId === keyId)
  if (!key) {
    const pinned = institution.keys.filter((k) => k.status === 'pinned')
    const known = pinned.length
      ? ` The board pins ${pinned.map((k) => spoken(k.keyId)).join(' and ')} for ${name}.`
      : ''
    return {
      level: 'unknown-key',
      institutionName: name,
      knownKeys: institution.keys,
      ...registeredTo,
      message:
        `WARNING: this file is signed with a key the board has never seen for ${name} ` +
        `(fingerprint ${spoken(keyId)}).${known} This happens when a partner sets up a new ` +
        `computer, but also when someone else made the file. Do not accept it until you have ` +
        `called your contact at ${name}, using a number you already have, and compared fingerprints.${elsewhere}`,
    }
  }
  switch (key.status) {
    case 'pinned':
      return {
        level: 'trusted',
        institutionName: name,
        key,
        message: `Signed with a key the board pins for ${name} (confirmed ${day(key.confirmedAt)}).`,
      }
    case 'pending':
      return {
        level: 'pending',
        institutionName: name,
        key,
        message:
          `Signed with a key of ${name} that is waiting for confirmation (added ${day(key.addedAt)}). ` +
          `Call your contact there and compare the fingerprint ${spoken(key.keyId)} before confirming it.`,
      }
    case 'revoked':
      return {
        level: 'revoked',
        institutionName: name,
        key,
        message: key.replacedBy
          ? `Signed with a key of ${name} that was replaced on ${day(key.revokedAt)}. Ask ${name} for a new file signed with their current key.`
          : `Signed with a key of ${name} that was revoked on ${day(key.revokedAt)}. Do not accept it; ask ${name} for a new file signed with their current key.`,
      }
  }
}
