// The board's dataset as bound for the signed-in staff member is the store the import screen
// merges through: a compile-time check that the two stay in step.
import type { Profile } from '../../shared/domain/profile'
import { boardImportStore } from '../db/app-data'
import type { ImportStore } from './import/dry-run'

export function importStoreFor(profile: Profile): ImportStore {
  return boardImportStore(profile)
}
