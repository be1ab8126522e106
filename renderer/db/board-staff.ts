// Who did it, in the board's records: the staff profile on this computer.
import type { Profile } from '../../shared/domain/profile'
import { StaffMember } from '../../shared/intake/audit'

export function staffOf(profile: Profile): StaffMember {
  return StaffMember.parse({
    name: profile.contactName,
    email: profile.contactEmail,
    institutionId: profile.institutionId,
  })
}
