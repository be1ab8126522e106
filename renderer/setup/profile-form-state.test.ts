import { describe, expect, it } from 'vitest'
import { PARTNER_DIRECTORY } from '../../shared/domain/partners'
import {
  OTHER_INSTITUTION,
  initialFormState,
  roleForInstitution,
  submitForm,
} from './profile-form-state'

const now = new Date('2026-11-28T10:00:00Z')
const filled = {
  ...initialFormState(null),
  institutionId: 'springfield-technical-community-college',
  role: 'education' as const,
  contactName: 'Alex Moreau',
  contactEmail: ' amoreau@example.edu ',
}

describe('profile form', () => {
  it('builds a profile from a complete form, trimming the email', () => {
    const result = submitForm(filled, PARTNER_DIRECTORY, now)
    expect(result).toEqual({
      ok: true,
      profile: {
        institutionId: 'springfield-technical-community-college',
        role: 'education',
        contactName: 'Alex Moreau',
        contactEmail: 'amoreau@example.edu',
        updatedAt: '2026-11-28T10:00:00.000Z',
      },
    })
  })

  it('names every missing answer', () => {
    const result = submitForm(initialFormState(null), PARTNER_DIRECTORY, now)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual({
      institutionId: 'Choose your institution, or “My institution is not listed”',
      role: 'Choose what you will do in Allied Pipeline',
      contactName: 'Enter your name',
      contactEmail: 'Enter an email address like name@example.org',
    })
  })

  it('adds an unlisted institution with an id made from its name', () => {
    const result = submitForm(
      {
        ...filled,
        institutionId: OTHER_INSTITUTION,
        otherName: 'Westfield State University',
        otherKind: 'college',
        otherCounty: 'Hampden',
      },
      PARTNER_DIRECTORY,
      now,
    )
    expect(result.ok && result.newInstitution).toEqual({
      id: 'westfield-state-university',
      name: 'Westfield State University',
      kind: 'college',
      county: 'Hampden',
      custom: true,
    })
    expect(result.ok && result.profile.institutionId).toBe('westfield-state-university')
  })

  it('points to the list when an "unlisted" institution is already in it', () => {
    const result = submitForm(
      { ...filled, institutionId: OTHER_INSTITUTION, otherName: 'baystate health' },
      PARTNER_DIRECTORY,
      now,
    )
    expect(result.ok ? null : result.errors.otherName).toBe(
      'Baystate Health is already in the list: choose it above',
    )
  })

  it('suggests the role from the institution kind', () => {
    expect(roleForInstitution('cooley-dickinson-hospital', 'college', PARTNER_DIRECTORY)).toBe(
      'employer',
    )
    expect(roleForInstitution('putnam-academy', 'college', PARTNER_DIRECTORY)).toBe('high-school')
    expect(
      roleForInstitution('masshire-hampden-county-workforce-board', 'college', PARTNER_DIRECTORY),
    ).toBe('board')
    expect(roleForInstitution(OTHER_INSTITUTION, 'employer', PARTNER_DIRECTORY)).toBe('employer')
    expect(roleForInstitution('', 'college', PARTNER_DIRECTORY)).toBe('')
  })
})
