// The key card: the public half of a partner's signing key, with who it belongs to, as a small
// JSON file the partner sends the board (by e-mail or on a stick). The board imports it into its
// trust registry, where it waits until staff have compared its fingerprint with the partner's
// contact over the phone. A card for a key that replaces an older one may carry a replacement
// statement signed by the old key; the board then accepts the new key without the phone call.
import { z } from 'zod'
import { InstitutionId, KeyId } from '../domain/ids'
import { fromBase64, toBase64 } from './bytes'
import { canonicalBytes } from './canonical'
import { PUBLIC_KEY_BYTES, SIGNATURE_BYTES, fingerprint, type SigningKey } from './keys'
import { sign, verify } from './sign'
import { parseUntrustedJson } from './untrusted-json'

export const KEY_CARD_FORMAT = 'allied-pipeline-key-card'
export const KEY_CARD_VERSION = 1
export const KEY_REPLACEMENT_STATEMENT = 'allied-pipeline-key-replacement'
/** A card is well under 2 KB; anything much larger is not one. */
export const MAX_KEY_CARD_CHARS = 16 * 1024

function decodesToLength(length: number) {
  return (text: string) => {
    try {
      return fromBase64(text).length === length
    } catch {
      return false
    }
  }
}

const PublicKeyText = z
  .string()
  .max(100)
  .refine(decodesToLength(PUBLIC_KEY_BYTES), 'must be a 32-byte Ed25519 public key in base64')
const SignatureText = z
  .string()
  .max(200)
  .refine(decodesToLength(SIGNATURE_BYTES), 'must be a 64-byte Ed25519 signature in base64')
const Timestamp = z.iso.datetime({ offset: true })

export const KeyCardInstitution = z.strictObject({
  id: InstitutionId,
  name: z.string().trim().min(2).max(120),
})
export type KeyCardInstitution = z.infer<typeof KeyCardInstitution>

export const KeyCardContact = z.strictObject({
  name: z.string().trim().min(2).max(100),
  email: z.email().max(200),
})
export type KeyCardContact = z.infer<typeof KeyCardContact>

/**
 * The key this card's key replaces. `signature` is the old key's signature of the replacement
 * statement; it is absent when the old key is lost, and the new key then waits for a phone call
 * like any new key.
 */
export const KeyReplacement = z.strictObject({
  keyId: KeyId,
  publicKey: PublicKeyText,
  replacedAt: Timestamp,
  signature: SignatureText.optional(),
})
export type KeyReplacement = z.infer<typeof KeyReplacement>

export const KeyCard = z
  .strictObject({
    format: z.literal(KEY_CARD_FORMAT),
    version: z.literal(KEY_CARD_VERSION),
    institution: KeyCardInstitution,
    contact: KeyCardContact,
    publicKey: PublicKeyText,
    /** Hex SHA-256 of the raw public key: the key id, and what staff read aloud to compare. */
    fingerprint: KeyId,
    createdAt: Timestamp,
    replaces: KeyReplacement.optional(),
  })
  .refine((card) => card.replaces?.keyId !== card.fingerprint, {
    message: 'A key cannot replace itself',
    path: ['replaces', 'keyId'],
  })
export type KeyCard = z.infer<typeof KeyCard>

/** What the old key signs: everything that identifies the new key, and whose it is. */
export interface ReplacementStatement {
  statement: typeof KEY_REPLACEMENT_STATEMENT
  institutionId: InstitutionId
  oldKeyId: KeyId
  newKeyId: KeyId
  newPublicKey: string
  replacedAt: string
}

export function replacementStatement(
  card: Pick<KeyCard, 'institution' | 'fingerprint' | 'publicKey'>,
  replaces: Pick<KeyReplacement, 'keyId' | 'replacedAt'>,
): ReplacementStatement {
  return {
    statement: KEY_REPLACEMENT_STATEMENT,
    institutionId: card.institution.id,
    oldKeyId: replaces.keyId,
    newKeyId: card.fingerprint,
    newPublicKey: card.publicKey,
    replacedAt: replaces.replacedAt,
  }
}

export interface CreateKeyCardInput {
  institution: KeyCardInstitution
  contact: KeyCardContact
  publicKeyRaw: Uint8Array
  now?: Date
  /**
   * The key being replaced. With its private key the card carries a signed replacement
   * statement; without (the old key is lost) it only names the old key.
   */
  replaces?: { publicKeyRaw: Uint8Array; privateKey?: SigningKey }
}

/** A card for `publicKeyRaw`; throws if the details do not fit the schema. */
export async function createKeyCard(input: CreateKeyCardInput): Promise<KeyCard> {
  const createdAt = (input.now ?? new Date()).toISOString()
  const card: KeyCard = KeyCard.parse({
    format: KEY_CARD_FORMAT,
    version: KEY_CARD_VERSION,
    institution: input.institution,
    contact: input.contact,
    publicKey: toBase64(input.publicKeyRaw),
    fingerprint: await fingerprint(input.publicKeyRaw),
    createdAt,
  })
  if (!input.replaces) return card
  const old = input.replaces
  const replaces: KeyReplacement = {
    keyId: await fingerprint(old.publicKeyRaw),
    publicKey: toBase64(old.publicKeyRaw),
    replacedAt: createdAt,
  }
  if (old.privateKey) {
    const statement = canonicalBytes(replacementStatement(card, replaces))
    replaces.signature = toBase64(await sign(old.privateKey, statement))
    if (!(await verify(old.publicKeyRaw, statement, fromBase64(replaces.signature)))) {
      throw new Error('The old private key does not belong to the old public key.')
    }
  }
  return KeyCard.parse({ ...card, replaces })
}

export function keyCardText(card: KeyCard): string {
  return `${JSON.stringify(KeyCard.parse(card), null, 2)}\n`
}

/** `AHWG_key_<institution>_<first 8 of the fingerprint>.json`: unique enough to keep several. */
export function keyCardFileName(card: Pick<KeyCard, 'institution' | 'fingerprint'>): string {
  return `AHWG_key_${card.institution.id}_${card.fingerprint.slice(0, 8)}.json`
}

export type KeyCardReadResult = { ok: true; card: KeyCard } | { ok: false; problem: string }

/**
 * Reads a key card someone sent in. Never throws: a file that is too large, not JSON, not a
 * key card, or whose fingerprint or old key id does not match its key, is refused with a
 * sentence saying why. A replacement signature is not checked here (see verifyReplacement): a
 * card whose statement does not verify is still a card, only not an automatic replacement.
 */
export async function readKeyCard(text: string): Promise<KeyCardReadResult> {
  try {
    return await readKeyCardUnsafe(text)
  } catch {
    return refuse('it could not be read as a key card')
  }
}

function refuse(reason: string): { ok: false; problem: string } {
  return { ok: false, problem: `This is not a usable key card: ${reason}.` }
}

async function readKeyCardUnsafe(text: string): Promise<KeyCardReadResult> {
  if (text.length > MAX_KEY_CARD_CHARS) {
    return refuse(
      `it is ${text.length} characters long, a key card is at most ${MAX_KEY_CARD_CHARS}`,
    )
  }
  // Notepad and some mail programs put a byte-order mark in front of saved text.
  const read = parseUntrustedJson(text.replace(/^\uFEFF/, ''))
  if (!read.ok) {
    return refuse(read.reason === 'not-json' ? 'it is not JSON text' : 'it has a "__proto__" key')
  }
  const json = read.value
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return refuse('it is not a JSON object')
  }
  if ((json as { format?: unknown }).format !== KEY_CARD_FORMAT) {
    return refuse(`its "format" is not "${KEY_CARD_FORMAT}"`)
  }
  const parsed = KeyCard.safeParse(json)
  if (!parsed.success) return refuse(describeIssues(parsed.error))
  const card = parsed.data
  if ((await fingerprint(fromBase64(card.publicKey))) !== card.fingerprint) {
    return refuse('its fingerprint is not the SHA-256 of its public key')
  }
  if (card.replaces) {
    const oldId = await fingerprint(fromBase64(card.replaces.publicKey))
    if (oldId !== card.replaces.keyId) {
      return refuse('the key id of the key it replaces is not the SHA-256 of that key')
    }
  }
  return { ok: true, card }
}

/** "contact.email: Invalid email address; version: …" — paths, never the values themselves. */
function describeIssues(error: z.ZodError): string {
  const issues = error.issues.slice(0, 5).map((issue) => {
    const path = issue.path.map(String).join('.')
    return path ? `${path}: ${issue.message}` : issue.message
  })
  const more = error.issues.length > 5 ? ` (and ${error.issues.length - 5} more)` : ''
  return `${issues.join('; ')}${more}`
}

/**
 * Whether the card's replacement statement is validly signed by the key it says it replaces.
 * False when the card replaces nothing, carries no signature, or anything does not match.
 */
export async function verifyReplacement(card: KeyCard): Promise<boolean> {
  const replaces = card.replaces
  if (!replaces?.signature) return false
  try {
    const oldKey = fromBase64(replaces.publicKey)
    const newKey = fromBase64(card.publicKey)
    if ((await fingerprint(oldKey)) !== replaces.keyId) return false
    if ((await fingerprint(newKey)) !== card.fingerprint) return false
    const statement = canonicalBytes(replacementStatement(card, replaces))
    return await verify(oldKey, statement, fromBase64(replaces.signature))
  } catch {
    return false
  }
}
