import { useLiveQuery } from 'dexie-react-hooks'
import type { Institution } from '../../shared/domain/partners'
import type { Profile } from '../../shared/domain/profile'
import { database } from './database'
import { loadDirectory, loadProfile } from './profile-repository'

export type Loaded<T> = { state: 'loading' } | { state: 'ready'; value: T }

/** The stored profile (null before first-run setup), kept current across edits. */
export function useProfile(): Loaded<Profile | null> {
  const value = useLiveQuery(() => loadProfile(database()).then((p) => ({ p })), [])
  return value === undefined ? { state: 'loading' } : { state: 'ready', value: value.p }
}

/** The partner directory with any institutions added on this computer. */
export function useDirectory(): Institution[] | undefined {
  return useLiveQuery(() => loadDirectory(database()), [])
}
