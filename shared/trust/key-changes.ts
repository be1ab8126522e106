// Changes to the trust registry: a key card imported, a key confirmed, a key revoked. Each takes
// a registry and returns a new one (or says why it cannot); storing it is the caller's job.
import { fromBase64 } from '../crypto/bytes'
import { verifyReplacement, type KeyCard } from '../crypto/key-card'
import { fingerprint } from '../crypto/keys'
import type { InstitutionId, KeyId } from '../domain/ids'
import {
  findInstitution,
  ownerOf,
  spoken,
  type KeyStatus,
  type TrustRegistry,
  type TrustedInstitution,
  type TrustedKey,
} from './registry-file'

export type KeyCardOutcome =
  /** A new key, waiting for staff to confirm its fingerprint. */
  | { kind: 'pending'; keyId: KeyId; message: string }
  /** A replacement signed by a pinned key: the new key is pinned, the old one revoked. */
  | { kind: 'replaced'; keyId: KeyId; replacedKeyId: KeyId; message: string }
  /** The registry already holds this key; nothing changed. */
  | { kind: 'unchanged'; keyId: KeyId; status: KeyStatus; message: string }
  /** Not added (the key belongs to another institution, or the card does not hold together). */
  | { kind: 'refused'; message: string }

export interface KeyCardImport {
  registry: TrustRegistry
  outcome: KeyCardOutcome
}

/** A new registry with `update` applied to the institution's keys (added with `name` if missing). */
function withKey(
  registry: TrustRegistry,
  institutionId: InstitutionId,
  name: string,
  update: (keys: TrustedKey[]) => TrustedKey[],
): TrustRegistry {
  const existing = findInstitution(registry, institutionId)
  const institutions = existing
    ? registry.institutions.map((i) =>
        i.institutionId === institutionId ? { ...i, keys: update(i.keys) } : i,
      )
    : [...registry.institutions, { institutionId, name, keys: update([]) }]
  return { ...registry, institutions }
}

/**
 * Adds the key of a key card (read with readKeyCard) to the registry. A new key is pending,
 * unless its card carries a replacement statement signed by a key the board pins for the same
 * institution: then it is pinned and the key it replaces is revoked, as replaced.
 */
export async function addKeyCard(
  registry: TrustRegistry,
  card: KeyCard,
  now: Date,
): Promise<KeyCardImport> {
  const at = now.toISOString()
  const keyId = card.fingerprint
  const unchanged = (message: string): KeyCardImport => ({
    registry,
    outcome: { kind: 'refused', message },
  })
  let actualId: string
  try {
    actualId = await fingerprint(fromBase64(card.publicKey))
  } catch {
    return unchanged('The key card does not hold a valid public key.')
  }
  if (actualId !== keyId) return unchanged("The key card's fingerprint does not match its key.")

  const owner = ownerOf(registry, keyId)
  if (owner && owner.institutionId !== card.institution.id) {
    return unchanged(
      `This key is already registered to ${owner.name}; one key cannot sign for two institutions.`,
    )
  }
  const institution = findInstitution(registry, card.institution.id)
  const name = institution?.name ?? card.institution.name
  const existing = institution?.keys.find((k) => k.keyId === keyId)
  if (existing) {
    const state = {
      pinned: 'is already pinned',
      pending: 'is already waiting for confirmation',
      revoked: 'was revoked and stays revoked',
    }[existing.status]
    return {
      registry,
      outcome: {
        kind: 'unchanged',
        keyId,
        status: existing.status,
        message: `This key of ${name} ${state}.`,
      },
    }
  }

  const base: TrustedKey = {
    keyId,
    publicKey: card.publicKey,
    status: 'pending',
    addedAt: at,
    contact: card.contact,
    ...(card.replaces ? { replaces: card.replaces.keyId } : {}),
  }
  const oldKey = institution?.keys.find((k) => k.keyId === card.replaces?.keyId)
  const vouched =
    oldKey?.status === 'pinned' &&
    oldKey.publicKey === card.replaces?.publicKey &&
    (await verifyReplacement(card))
  if (vouched && card.replaces) {
    const replacedKeyId = card.replaces.keyId
    const pinned: TrustedKey = {
      ...base,
      status: 'pinned',
      confirmedAt: at,
      confirmedBy: 'replacement',
    }
    const next = withKey(registry, card.institution.id, name, (keys) => [
      ...keys.map((k) =>
        k.keyId === replacedKeyId
          ? { ...k, status: 'revoked' as const, revokedAt: at, replacedBy: keyId }
          : k,
      ),
      pinned,
    ])
    return {
      registry: next,
      outcome: {
        kind: 'replaced',
        keyId,
        replacedKeyId,
        message: `${name} replaced its key ${spoken(replacedKeyId)} with ${spoken(keyId)}, signed by the old key. The new key is pinned and the old one revoked.`,
      },
    }
  }

  const why = !card.replaces
    ? ''
    : !oldKey
      ? ' Its card says it replaces a key the board does not hold for this institution.'
      : oldKey.status !== 'pinned'
        ? ` Its card says it replaces a key that is ${oldKey.status}, so the replacement is not automatic.`
        : ' Its card says it replaces a pinned key, but the replacement statement is not validly signed by that key.'
  return {
    registry: withKey(registry, card.institution.id, name, (keys) => [...keys, base]),
    outcome: {
      kind: 'pending',
      keyId,
      message: `New key for ${name} added, waiting for confirmation: call ${card.contact.name} and compare the fingerprint ${spoken(keyId)}.${why}`,
    },
  }
}

export type KeyChange = { ok: true; registry: TrustRegistry } | { ok: false; problem: string }

function changeKey(
  registry: TrustRegistry,
  institutionId: string,
  keyId: string,
  change: (key: TrustedKey, institution: TrustedInstitution) => TrustedKey | string,
): KeyChange {
  const institution = findInstitution(registry, institutionId)
  const key = institution?.keys.find((k) => k.keyId === keyId)
  if (!institution || !key) {
    return { ok: false, problem: `The registry holds no key ${keyId} for "${institutionId}".` }
  }
  const changed = change(key, institution)
  if (typeof changed === 'string') return { ok: false, problem: changed }
  return {
    ok: true,
    registry: withKey(registry, institution.institutionId, institution.name, (keys) =>
      keys.map((k) => (k.keyId === keyId ? changed : k)),
    ),
  }
}

/**
 * Staff compared the fingerprint with the partner: the pending key becomes pinned. `note` says
 * how ("read aloud by Pat Registrar on the phone").
 */
export function confirmKey(
  registry: TrustRegistry,
  institutionId: string,
  keyId: string,
  now: Date,
  note?: string,
): KeyChange {
  return changeKey(registry, institutionId, keyId, (key, institution) => {
    if (key.status === 'pinned') return `This key of ${institution.name} is already pinned.`
    if (key.status === 'revoked') {
      return `This key of ${institution.name} was revoked; a revoked key cannot be trusted again. Ask for a new key card.`
    }
    const pinned: TrustedKey = {
      ...key,
      status: 'pinned',
      confirmedAt: now.toISOString(),
      confirmedBy: 'fingerprint',
    }
    if (note !== undefined) pinned.note = note
    return pinned
  })
}

/** The key is lost, stolen or no longer used: files it signs are no longer accepted. */
export function revokeKey(
  registry: TrustRegistry,
  institutionId: string,
  keyId: string,
  now: Date,
  note?: string,
): KeyChange {
  return changeKey(registry, institutionId, keyId, (key, institution) => {
    if (key.status === 'revoked') return `This key of ${institution.name} is already revoked.`
    const revoked: TrustedKey = { ...key, status: 'revoked', revokedAt: now.toISOString() }
    if (note !== undefined) revoked.note = note
    return revoked
  })
}
