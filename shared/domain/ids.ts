// Branded identifiers: a ProgramId cannot be passed where an InstitutionId is expected.
import { z } from 'zod'

export const InstitutionId = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]{1,62}$/,
    'Institution id must be lower-case letters, digits and dashes',
  )
  .brand<'InstitutionId'>()
export type InstitutionId = z.infer<typeof InstitutionId>

export const ProgramId = z.string().min(1).max(64).brand<'ProgramId'>()
export type ProgramId = z.infer<typeof ProgramId>

export const KeyId = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'Key id is the hex SHA-256 of the public key')
  .brand<'KeyId'>()
export type KeyId = z.infer<typeof KeyId>

export const SubmissionId = z.uuid().brand<'SubmissionId'>()
export type SubmissionId = z.infer<typeof SubmissionId>

/** Turns a display name into a stable id ("Holyoke Medical Center" → "holyoke-medical-center"). */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
}
