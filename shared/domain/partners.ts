// The work group's partner directory. The board can add institutions; so can a user who is
// not listed ("other institution"). Each partner's kind decides which workspace it reports in.
import { z } from 'zod'
import { InstitutionId } from './ids'

export const PARTNER_KINDS = [
  'college',
  'high-school',
  'employer',
  'workforce-board',
  'other',
] as const
export const PartnerKind = z.enum(PARTNER_KINDS)
export type PartnerKind = z.infer<typeof PartnerKind>

export const PARTNER_KIND_LABELS: Record<PartnerKind, string> = {
  college: 'College or university',
  'high-school': 'High school or CTE program',
  employer: 'Hospital or employer',
  'workforce-board': 'Workforce board',
  other: 'Other organisation',
}

export const COUNTIES = [
  'Hampden',
  'Hampshire',
  'Franklin',
  'Berkshire',
  'Worcester',
  'Other',
] as const
export const County = z.enum(COUNTIES)
export type County = z.infer<typeof County>

export const Institution = z.object({
  id: InstitutionId,
  name: z.string().trim().min(2, 'Name is too short').max(120, 'Name is too long'),
  kind: PartnerKind,
  county: County.nullable(),
  /** True for institutions added on this computer rather than shipped in the directory. */
  custom: z.boolean().default(false),
})
export type Institution = z.infer<typeof Institution>

function partner(id: string, name: string, kind: PartnerKind, county: County | null): Institution {
  return Institution.parse({ id, name, kind, county, custom: false })
}

export const PARTNER_DIRECTORY: readonly Institution[] = [
  partner('american-international-college', 'American International College', 'college', 'Hampden'),
  partner('baystate-health', 'Baystate Health', 'employer', 'Hampden'),
  partner(
    'chicopee-comprehensive-high-school',
    'Chicopee Comprehensive High School',
    'high-school',
    'Hampden',
  ),
  partner('chicopee-public-schools', 'Chicopee Public Schools', 'high-school', 'Hampden'),
  partner('cooley-dickinson-hospital', 'Cooley Dickinson Hospital', 'employer', 'Hampshire'),
  partner(
    'franklin-hampshire-workforce-board',
    'Franklin Hampshire Workforce Board',
    'workforce-board',
    'Franklin',
  ),
  partner('greenfield-community-college', 'Greenfield Community College', 'college', 'Franklin'),
  partner('holyoke-community-college', 'Holyoke Community College', 'college', 'Hampden'),
  partner('holyoke-medical-center', 'Holyoke Medical Center', 'employer', 'Hampden'),
  partner(
    'lower-pioneer-valley-career-tech',
    'Lower Pioneer Valley Career Tech',
    'high-school',
    'Hampden',
  ),
  partner('mass2miami-consulting-group', 'Mass2Miami Consulting Group', 'other', null),
  partner(
    'masshire-hampden-county-workforce-board',
    'MassHire Hampden County Workforce Board',
    'workforce-board',
    'Hampden',
  ),
  partner('putnam-academy', 'Putnam Academy', 'high-school', 'Hampden'),
  partner(
    'springfield-renaissance-school',
    'Springfield Renaissance School',
    'high-school',
    'Hampden',
  ),
  partner(
    'springfield-technical-community-college',
    'Springfield Technical Community College',
    'college',
    'Hampden',
  ),
]

/** Merges the shipped directory with institutions added locally; local entries never shadow shipped ones. */
export function mergeDirectory(extra: readonly Institution[]): Institution[] {
  const ids = new Set(PARTNER_DIRECTORY.map((p) => p.id))
  const merged = [...PARTNER_DIRECTORY, ...extra.filter((p) => !ids.has(p.id))]
  return merged.sort((a, b) => a.name.localeCompare(b.name))
}
