// Signing keys live in their own IndexedDB database, apart from the data: a private key is
// made non-extractable on this computer and never leaves it, so it is not part of a backup and
// a restore can never replace it.
import { Dexie, type EntityTable } from 'dexie'
import type { InstitutionId, KeyId } from '../../shared/domain/ids'
import { createKeyCard, type KeyCard, type KeyCardContact } from '../../shared/crypto/key-card'
import {
  exportPublicKeyRaw,
  fingerprint,
  generateSigningKeyPair,
  type SigningKey,
} from '../../shared/crypto/keys'

export const KEY_DATABASE_NAME = 'allied-pipeline-keys'

export interface StoredKey {
  keyId: KeyId
  institutionId: InstitutionId
  publicKeyRaw: Uint8Array<ArrayBuffer>
  /** Non-extractable: it can sign, but no code can read it out. */
  privateKey: SigningKey
  createdAt: string
  status: 'current' | 'retired'
  retiredAt?: string
  /** The key card made with the key, carrying the signed replacement statement if it replaced one. */
  card: KeyCard
}

export type KeyDatabase = Dexie & { keys: EntityTable<StoredKey, 'keyId'> }

export function openKeyDatabase(name = KEY_DATABASE_NAME): KeyDatabase {
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as KeyDatabase
  db.version(1).stores({ keys: 'keyId, institutionId, status' })
  return db
}

let shared: KeyDatabase | undefined
export function keyDatabase(): KeyDatabase {
  shared ??= openKeyDatabase()
  return shared
}

export interface KeyOwner {
  institution: { id: InstitutionId; name: string }
  contact: KeyCardContact
}

export async function currentKey(
  db: KeyDatabase,
  institutionId: InstitutionId,
): Promise<StoredKey | undefined> {
  const keys = await db.keys.where('institutionId').equals(institutionId).toArray()
  return keys.find((k) => k.status === 'current')
}

async function makeKey(owner: KeyOwner, now: Date, replacing?: StoredKey): Promise<StoredKey> {
  const pair = await generateSigningKeyPair({ extractable: false })
  const publicKeyRaw = await exportPublicKeyRaw(pair.publicKey)
  const card = await createKeyCard({
    institution: owner.institution,
    contact: owner.contact,
    publicKeyRaw,
    now,
    ...(replacing
      ? { replaces: { publicKeyRaw: replacing.publicKeyRaw, privateKey: replacing.privateKey } }
      : {}),
  })
  return {
    keyId: await fingerprint(publicKeyRaw),
    institutionId: owner.institution.id,
    publicKeyRaw,
    privateKey: pair.privateKey,
    createdAt: now.toISOString(),
    status: 'current',
    card,
  }
}

/** The institution's current key, made on first use. */
export async function ensureKey(
  db: KeyDatabase,
  owner: KeyOwner,
  now = new Date(),
): Promise<StoredKey> {
  const existing = await currentKey(db, owner.institution.id)
  if (existing) return existing
  // Key generation is asynchronous WebCrypto work, which cannot run inside a Dexie transaction.
  const made = await makeKey(owner, now)
  return db.transaction('rw', db.keys, async () => {
    const raced = await currentKey(db, owner.institution.id)
    if (raced) return raced
    await db.keys.add(made)
    return made
  })
}

/** Makes a new key; the old one signs the statement that the new one replaces it, then retires. */
export async function replaceKey(
  db: KeyDatabase,
  owner: KeyOwner,
  now = new Date(),
): Promise<StoredKey> {
  const old = await currentKey(db, owner.institution.id)
  const made = await makeKey(owner, now, old)
  await db.transaction('rw', db.keys, async () => {
    if (old) await db.keys.update(old.keyId, { status: 'retired', retiredAt: now.toISOString() })
    await db.keys.add(made)
  })
  return made
}
