// Reads and writes who is using this computer. Everything read is parsed, so a damaged record
// surfaces as a clear error instead of a half-valid object.
import { Institution, mergeDirectory } from '../../shared/domain/partners'
import { Profile } from '../../shared/domain/profile'
import { PROFILE_KEY, type AppDatabase } from './database'

export async function loadProfile(db: AppDatabase): Promise<Profile | null> {
  const record = await db.profile.get(PROFILE_KEY)
  if (!record) return null
  return Profile.parse(record)
}

/** Saves the profile and, when the institution is new, adds it to the local directory, in one transaction. */
export async function saveProfile(
  db: AppDatabase,
  profile: Profile,
  newInstitution?: Institution,
): Promise<void> {
  const parsed = Profile.parse(profile)
  const institution = newInstitution
    ? Institution.parse({ ...newInstitution, custom: true })
    : undefined
  await db.transaction('rw', db.profile, db.institutions, async () => {
    if (institution) await db.institutions.put(institution)
    await db.profile.put({ ...parsed, key: PROFILE_KEY })
  })
}

export async function loadDirectory(db: AppDatabase): Promise<Institution[]> {
  const local = await db.institutions.toArray()
  return mergeDirectory(local.map((i) => Institution.parse(i)))
}
