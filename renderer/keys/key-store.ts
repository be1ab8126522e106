// The signing keys of this computer: the current one per institution, made on first use, and
// replacing it. The key database itself is declared in renderer/db/key-database.ts.
import type { InstitutionId } from '../../shared/domain/ids'
import { createKeyCard, type KeyCardContact } from '../../shared/crypto/key-card'
import { exportPublicKeyRaw, fingerprint, generateSigningKeyPair } from '../../shared/crypto/keys'
import type { KeyDatabase, StoredKey } from '../db/key-database'

export type { StoredKey } from '../db/key-database'

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
