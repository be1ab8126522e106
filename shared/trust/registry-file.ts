// The board's trust registry as data and as a file: which keys it holds for each institution,
// with their status (pinned, pending, revoked) and dates. The functions that read and change it
// are in trust-of.ts and key-changes.ts; registry.ts is the one module callers import.
import { z } from 'zod'
import { fromBase64 } from '../crypto/bytes'
import { KeyCardContact } from '../crypto/key-card'
import { parseUntrustedJson } from '../crypto/untrusted-json'
import { PUBLIC_KEY_BYTES, fingerprint, formatFingerprint } from '../crypto/keys'
import { InstitutionId, KeyId } from '../domain/ids'

export const TRUST_REGISTRY_FORMAT = 'allied-pipeline-trust-registry'
export const TRUST_REGISTRY_VERSION = 1
/** Generous for a work group of a few dozen partners with a few keys each. */
export const MAX_TRUST_REGISTRY_CHARS = 4 * 1024 * 1024

export const KEY_STATUSES = ['pinned', 'pending', 'revoked'] as const
export const KeyStatus = z.enum(KEY_STATUSES)
export type KeyStatus = z.infer<typeof KeyStatus>

const Timestamp = z.iso.datetime({ offset: true })

export const TrustedKey = z
  .strictObject({
    keyId: KeyId,
    publicKey: z
      .string()
      .max(100)
      .refine((text) => {
        try {
          return fromBase64(text).length === PUBLIC_KEY_BYTES
        } catch {
          return false
        }
      }, 'must be a 32-byte Ed25519 public key in base64'),
    status: KeyStatus,
    addedAt: Timestamp,
    /** When staff confirmed the fingerprint, or the key was pinned by a signed replacement. */
    confirmedAt: Timestamp.optional(),
    /** How it came to be pinned: staff compared the fingerprint, or the old key vouched for it. */
    confirmedBy: z.enum(['fingerprint', 'replacement']).optional(),
    revokedAt: Timestamp.optional(),
    /** The key that replaced this one, when it was revoked by a replacement. */
    replacedBy: KeyId.optional(),
    /** The key this one replaced, as its key card said. */
    replaces: KeyId.optional(),
    /** Who to call about this key, from its key card. */
    contact: KeyCardContact.optional(),
    note: z.string().trim().max(500).optional(),
  })
  .refine((k) => k.status !== 'pinned' || k.confirmedAt !== undefined, {
    message: 'A pinned key needs confirmedAt',
    path: ['confirmedAt'],
  })
  .refine((k) => k.status !== 'revoked' || k.revokedAt !== undefined, {
    message: 'A revoked key needs revokedAt',
    path: ['revokedAt'],
  })
export type TrustedKey = z.infer<typeof TrustedKey>

export const TrustedInstitution = z.strictObject({
  institutionId: InstitutionId,
  name: z.string().trim().min(2).max(120),
  keys: z.array(TrustedKey).max(100),
})
export type TrustedInstitution = z.infer<typeof TrustedInstitution>

export const TrustRegistry = z
  .strictObject({
    format: z.literal(TRUST_REGISTRY_FORMAT),
    version: z.literal(TRUST_REGISTRY_VERSION),
    institutions: z.array(TrustedInstitution).max(1000),
  })
  .refine(
    (r) => new Set(r.institutions.map((i) => i.institutionId)).size === r.institutions.length,
    { message: 'An institution is listed twice', path: ['institutions'] },
  )
  .refine(
    (r) => {
      const ids = r.institutions.flatMap((i) => i.keys.map((k) => k.keyId))
      return new Set(ids).size === ids.length
    },
    { message: 'A key is listed twice', path: ['institutions'] },
  )
export type TrustRegistry = z.infer<typeof TrustRegistry>

export function emptyTrustRegistry(): TrustRegistry {
  return { format: TRUST_REGISTRY_FORMAT, version: TRUST_REGISTRY_VERSION, institutions: [] }
}

export function trustRegistryText(registry: TrustRegistry): string {
  return `${JSON.stringify(TrustRegistry.parse(registry), null, 2)}\n`
}

export type TrustRegistryReadResult =
  { ok: true; registry: TrustRegistry } | { ok: false; problem: string }

/**
 * Reads a registry file. Never throws. Besides the schema it checks that every key id is the
 * SHA-256 of its key, so that an edited file cannot make one key pass for another.
 */
export async function readTrustRegistry(text: string): Promise<TrustRegistryReadResult> {
  const refuse = (reason: string) => ({
    ok: false as const,
    problem: `This is not a usable trust registry: ${reason}.`,
  })
  try {
    if (text.length > MAX_TRUST_REGISTRY_CHARS) {
      return refuse(`it is larger than ${MAX_TRUST_REGISTRY_CHARS} characters`)
    }
    const read = parseUntrustedJson(text.replace(/^\uFEFF/, ''))
    if (!read.ok) {
      return refuse(read.reason === 'not-json' ? 'it is not JSON text' : 'it has a "__proto__" key')
    }
    const json = read.value
    const parsed = TrustRegistry.safeParse(json)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const path = issue?.path.map(String).join('.') ?? ''
      return refuse(`${path ? `${path}: ` : ''}${issue?.message ?? 'it does not match the format'}`)
    }
    for (const institution of parsed.data.institutions) {
      for (const key of institution.keys) {
        if ((await fingerprint(fromBase64(key.publicKey))) !== key.keyId) {
          return refuse(
            `key ${key.keyId} of ${institution.institutionId} is not its public key's SHA-256`,
          )
        }
      }
    }
    return { ok: true, registry: parsed.data }
  } catch {
    return refuse('it could not be read')
  }
}

// Lookups and wording shared by trust-of.ts and key-changes.ts.

/** A fingerprint on one line, for messages: "7F3A 09C2 … A9B8". */
export function spoken(keyId: string): string {
  return /^[0-9a-f]{64}$/.test(keyId) ? formatFingerprint(keyId).replace('\n', ' ') : keyId
}

export function day(timestamp: string | undefined): string {
  return timestamp?.slice(0, 10) ?? 'an unknown date'
}

export function findInstitution(
  registry: TrustRegistry,
  id: string,
): TrustedInstitution | undefined {
  return registry.institutions.find((i) => i.institutionId === id)
}

export function ownerOf(registry: TrustRegistry, keyId: string): TrustedInstitution | undefined {
  return registry.institutions.find((i) => i.keys.some((k) => k.keyId === keyId))
}
