// Where the bulk import (files, folders, drops, .eml messages, the dry run and Merge) is shown.
import type { Profile } from '../../shared/domain/profile'
import { ImportScreen } from './import/ImportScreen'

export function ImportSlot({ profile }: { profile: Profile }) {
  return <ImportScreen profile={profile} />
}
