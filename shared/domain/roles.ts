// What a person does in the app. The role picks the workspace; it follows from the
// institution's kind by default but a user may choose (a hospital's education office, say).
import { z } from 'zod'
import type { PartnerKind } from './partners'

export const ROLES = ['education', 'high-school', 'employer', 'board'] as const
export const Role = z.enum(ROLES)
export type Role = z.infer<typeof Role>

export const ROLE_LABELS: Record<Role, string> = {
  education: 'Education provider (college program)',
  'high-school': 'High school / CTE coordinator',
  employer: 'Employer (hospital HR)',
  board: 'Workforce board staff',
}

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  education: 'Enter seats, applicants, enrollment, completers and outcomes for each program.',
  'high-school':
    'Enter health-pathway enrollment by grade, dual enrollment and career-awareness reach.',
  employer:
    'Enter budgeted and filled FTE, vacancies, separations, expected hires and wages per occupation.',
  board:
    'Import partners’ signed workbooks, track who has reported and read the regional gap analysis.',
}

export function defaultRoleFor(kind: PartnerKind): Role {
  switch (kind) {
    case 'college':
      return 'education'
    case 'high-school':
      return 'high-school'
    case 'employer':
      return 'employer'
    case 'workforce-board':
    case 'other':
      return 'board'
  }
}

/** The report kind each partner role sends; the board sends none. */
export type ReportingRole = Exclude<Role, 'board'>
