import { useLiveQuery } from 'dexie-react-hooks'
import type { InstitutionId } from '../../shared/domain/ids'
import { currentKey, keyDatabase, type StoredKey } from './key-store'

/** The institution's current signing key; null when none has been made yet. */
export function useSigningKey(institutionId: InstitutionId): StoredKey | null | undefined {
  return useLiveQuery(
    async () => (await currentKey(keyDatabase(), institutionId)) ?? null,
    [institutionId],
  )
}
