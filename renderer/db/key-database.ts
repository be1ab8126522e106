// The signing keys' own IndexedDB database, declared here beside the main schema. It is kept
// apart from the data: a private key is made non-extractable on this computer and never
// leaves it, so it is not part of a backup and a restore can never replace it. Versions are
// append-only, as in database.ts.
import { Dexie, type EntityTable } from 'dexie'
import type { KeyCard } from '../../shared/crypto/key-card'
import type { SigningKey } from '../../shared/crypto/keys'
import type { InstitutionId, KeyId } from '../../shared/domain/ids'

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

/** This computer's key database, opened on first use. */
export function keyDatabase(): KeyDatabase {
  shared ??= openKeyDatabase()
  return shared
}
