// Who is using this computer: their institution, role and contact. Stored once, editable in settings.
import { z } from 'zod'
import { InstitutionId } from './ids'
import { Role } from './roles'

export const Profile = z.object({
  institutionId: InstitutionId,
  role: Role,
  contactName: z.string().trim().min(2, 'Enter your name').max(100, 'Name is too long'),
  contactEmail: z.email('Enter an email address like name@example.org').max(200),
  updatedAt: z.iso.datetime(),
})
export type Profile = z.infer<typeof Profile>
