import { useLiveQuery } from 'dexie-react-hooks'
import type { InstitutionId } from '../../shared/domain/ids'
import { signingKeys } from '../db/app-data'
import type { StoredKey } from '../db/key-database'

/** The institution's current signing key; null when none has been made yet. */
export function useSigningKey(institutionId: InstitutionId): StoredKey | null | undefined {
  return useLiveQuery(
    async () => (await signingKeys.currentKey(institutionId)) ?? null,
    [institutionId],
  )
}
