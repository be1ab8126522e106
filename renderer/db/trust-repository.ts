// The board's trust registry as stored: one row holding the whole registry. Every change is a
// shared/trust function applied to the registry as stored, then written back only if nobody
// (another window) changed it meanwhile; otherwise the change is applied again to what is now
// stored. The shared functions verify signatures with WebCrypto, which cannot run inside an
// IndexedDB transaction, hence this compare-and-write rather than one long transaction.
import { readKeyCard } from '../../shared/crypto/key-card'
import type { StaffMember } from '../../shared/intake/audit'
import {
  TrustRegistry,
  addKeyCard,
  confirmKey,
  emptyTrustRegistry,
  readTrustRegistry,
  revokeKey,
  type KeyCardOutcome,
  type KeyChange,
} from '../../shared/trust/registry'
import { REGISTRY_KEY, TrustRegistryRecord } from './board-records'
import type { AppDatabase } from './database'

const ATTEMPTS = 5

async function storedRegistry(
  db: AppDatabase,
): Promise<{ registry: TrustRegistry; revision: number }> {
  const row = await db.trustRegistry.get(REGISTRY_KEY)
  if (!row) return { registry: emptyTrustRegistry(), revision: 0 }
  const parsed = TrustRegistryRecord.parse(row)
  return { registry: parsed.registry, revision: parsed.revision }
}

/** The registry as stored (empty before the first key card). */
export async function loadRegistry(db: AppDatabase): Promise<TrustRegistry> {
  return (await storedRegistry(db)).registry
}

/**
 * Applies `change` to the stored registry and stores what it gives (nothing when it gives no
 * registry), retrying on what another window stored meanwhile.
 */
async function updateRegistry<R>(
  db: AppDatabase,
  change: (registry: TrustRegistry) => Promise<{ registry: TrustRegistry | null; result: R }>,
  now: Date,
): Promise<R> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const { registry, revision } = await storedRegistry(db)
    const out = await change(registry)
    if (out.registry === null) return out.result
    const next = TrustRegistry.parse(out.registry)
    const saved = await db.transaction('rw', db.trustRegistry, async () => {
      const current = await db.trustRegistry.get(REGISTRY_KEY)
      if ((current?.revision ?? 0) !== revision) return false
      await db.trustRegistry.put({
        key: REGISTRY_KEY,
        registry: next,
        revision: revision + 1,
        updatedAt: now.toISOString(),
      })
      return true
    })
    if (saved) return out.result
  }
  throw new Error('The trust registry kept changing in another window. Try again.')
}

export interface KeyCardFile {
  readonly name: string
  readonly text: string
}

export interface KeyCardResult {
  readonly fileName: string
  readonly outcome: KeyCardOutcome
}

/** Imports key cards (each file on its own: a bad one never stops the others). */
export async function importKeyCards(
  db: AppDatabase,
  files: readonly KeyCardFile[],
  now: Date,
): Promise<KeyCardResult[]> {
  const read = await Promise.all(files.map(async (f) => ({ f, card: await readKeyCard(f.text) })))
  return updateRegistry(
    db,
    async (registry) => {
      let next = registry
      const results: KeyCardResult[] = []
      for (const { f, card } of read) {
        if (!card.ok) {
          results.push({ fileName: f.name, outcome: { kind: 'refused', message: card.problem } })
          continue
        }
        const added = await addKeyCard(next, card.card, now)
        next = added.registry
        results.push({ fileName: f.name, outcome: added.outcome })
      }
      return { registry: next === registry ? null : next, result: results }
    },
    now,
  )
}

/** Why a typed fingerprint is refused, or null when it is the key's (spaces and case ignored). */
export function fingerprintMismatch(keyId: string, typed: string): string | null {
  const cleaned = typed.replace(/\s+/g, '').toLowerCase()
  if (cleaned === '') return 'Type or paste the fingerprint your contact read to you.'
  if (!/^[0-9a-f]*$/.test(cleaned)) {
    return 'A fingerprint has only the digits 0–9 and the letters A–F. Check what you typed.'
  }
  if (cleaned.length !== 64) {
    return `That is ${cleaned.length} of the fingerprint’s 64 characters. Type all 16 groups.`
  }
  if (cleaned !== keyId) {
    return 'This does not match the key’s fingerprint. Do not confirm it: the key may not be your partner’s. Call again on a number you already have.'
  }
  return null
}

/**
 * Pins a pending key once staff typed back the fingerprint the partner read to them. Who and how
 * are kept in the key's note.
 */
export async function confirmRegistryKey(
  db: AppDatabase,
  input: {
    institutionId: string
    keyId: string
    typedFingerprint: string
    who: StaffMember
    contactName?: string | undefined
  },
  now: Date,
): Promise<KeyChange> {
  const mismatch = fingerprintMismatch(input.keyId, input.typedFingerprint)
  if (mismatch) return { ok: false, problem: mismatch }
  const reader = input.contactName ?? 'the partner'
  const note = `Confirmed by ${input.who.name} (${input.who.email}), who typed back the fingerprint ${reader} read out on the phone.`
  return updateRegistry(
    db,
    (registry) => {
      const change = confirmKey(registry, input.institutionId, input.keyId, now, note)
      return Promise.resolve({ registry: change.ok ? change.registry : null, result: change })
    },
    now,
  )
}

export async function revokeRegistryKey(
  db: AppDatabase,
  input: { institutionId: string; keyId: string; who: StaffMember; reason?: string | undefined },
  now: Date,
): Promise<KeyChange> {
  const note = `Revoked by ${input.who.name} (${input.who.email})${input.reason ? `: ${input.reason}` : '.'}`
  return updateRegistry(
    db,
    (registry) => {
      const change = revokeKey(registry, input.institutionId, input.keyId, now, note)
      return Promise.resolve({ registry: change.ok ? change.registry : null, result: change })
    },
    now,
  )
}

/** Replaces the whole registry with a registry file (from another staff PC or the command line). */
export async function replaceRegistry(
  db: AppDatabase,
  text: string,
  now: Date,
): Promise<{ ok: true; registry: TrustRegistry } | { ok: false; problem: string }> {
  const read = await readTrustRegistry(text)
  if (!read.ok) return read
  return updateRegistry(
    db,
    () =>
      Promise.resolve({
        registry: read.registry,
        result: { ok: true as const, registry: read.registry },
      }),
    now,
  )
}
