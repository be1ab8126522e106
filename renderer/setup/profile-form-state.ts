// The setup form's state and its validation, kept apart from the markup so it can be tested.
import type { z } from 'zod'
import { slugify, type InstitutionId } from '../../shared/domain/ids'
import type { County, PartnerKind } from '../../shared/domain/partners'
import { Institution } from '../../shared/domain/partners'
import { Profile } from '../../shared/domain/profile'
import { Role, defaultRoleFor } from '../../shared/domain/roles'

/** The value of the institution picker that means "not in the list". */
export const OTHER_INSTITUTION = '__other__'

export interface ProfileFormState {
  institutionId: string
  otherName: string
  otherKind: PartnerKind
  otherCounty: County | ''
  role: Role | ''
  contactName: string
  contactEmail: string
}

export type FieldErrors = Partial<Record<keyof ProfileFormState, string>>

export function initialFormState(profile: Profile | null): ProfileFormState {
  return {
    institutionId: profile?.institutionId ?? '',
    otherName: '',
    otherKind: 'college',
    otherCounty: '',
    role: profile?.role ?? '',
    contactName: profile?.contactName ?? '',
    contactEmail: profile?.contactEmail ?? '',
  }
}

export type FormResult =
  { ok: true; profile: Profile; newInstitution?: Institution } | { ok: false; errors: FieldErrors }

function firstIssue(error: z.ZodError): string {
  return error.issues[0]?.message ?? 'This value is not valid'
}

/** Checks the whole form and says, per field, what is wrong. */
export function submitForm(
  state: ProfileFormState,
  directory: readonly Institution[],
  now: Date,
): FormResult {
  const errors: FieldErrors = {}
  let newInstitution: Institution | undefined
  let institutionId = state.institutionId

  if (state.institutionId === '') {
    errors.institutionId = 'Choose your institution, or “My institution is not listed”'
  } else if (state.institutionId === OTHER_INSTITUTION) {
    const name = state.otherName.trim()
    const id = slugify(name)
    const existing = directory.find(
      (i) => i.id === id || i.name.toLowerCase() === name.toLowerCase(),
    )
    if (name.length < 2) errors.otherName = 'Enter the name of your institution'
    else if (existing) errors.otherName = `${existing.name} is already in the list: choose it above`
    else {
      const parsed = Institution.safeParse({
        id,
        name,
        kind: state.otherKind,
        county: state.otherCounty === '' ? null : state.otherCounty,
        custom: true,
      })
      if (parsed.success) {
        newInstitution = parsed.data
        institutionId = parsed.data.id
      } else errors.otherName = firstIssue(parsed.error)
    }
  } else if (!directory.some((i) => i.id === state.institutionId)) {
    errors.institutionId = 'This institution is not in the directory'
  }

  if (!Role.safeParse(state.role).success)
    errors.role = 'Choose what you will do in Allied Pipeline'

  const name = Profile.shape.contactName.safeParse(state.contactName)
  if (!name.success) errors.contactName = firstIssue(name.error)
  const email = Profile.shape.contactEmail.safeParse(state.contactEmail.trim())
  if (!email.success) errors.contactEmail = firstIssue(email.error)

  if (Object.keys(errors).length > 0) return { ok: false, errors }

  const profile = Profile.parse({
    institutionId: institutionId as InstitutionId,
    role: state.role,
    contactName: state.contactName,
    contactEmail: state.contactEmail.trim(),
    updatedAt: now.toISOString(),
  })
  return newInstitution ? { ok: true, profile, newInstitution } : { ok: true, profile }
}

/** When the institution changes, the role follows its kind unless the user chose one. */
export function roleForInstitution(
  institutionId: string,
  otherKind: PartnerKind,
  directory: readonly Institution[],
): Role | '' {
  if (institutionId === OTHER_INSTITUTION) return defaultRoleFor(otherKind)
  const found = directory.find((i) => i.id === institutionId)
  return found ? defaultRoleFor(found.kind) : ''
}
