// The signed payload of a submission workbook: a header that says who, what period and which
// revision, and the report itself. The signature covers the RFC 8785 canonical form of this
// object (see shared/crypto/canonical.ts), never the bytes of the zip around it.
import { z } from 'zod'
import { InstitutionId, KeyId, SubmissionId } from '../domain/ids'
import { Period, periodKey } from '../domain/periods'
import { Role } from '../domain/roles'
import { Report } from '../reports/schemas'
import type { PayloadFormat } from './format-upgrade'

import { SUBMISSION_FORMAT, SUBMISSION_FORMAT_VERSION } from './format-id'

export { SUBMISSION_FORMAT, SUBMISSION_FORMAT_VERSION }
/** Version of the report schemas (measure catalogue); bump when a measure is added or changed. */
export const REPORT_SCHEMA_VERSION = 1

export const SubmissionHeader = z.strictObject({
  format: z.literal(SUBMISSION_FORMAT),
  formatVersion: z.literal(SUBMISSION_FORMAT_VERSION),
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  submissionId: SubmissionId,
  institution: z.strictObject({ id: InstitutionId, name: z.string().trim().min(2).max(120) }),
  contact: z.strictObject({ name: z.string().trim().min(2).max(100), email: z.email().max(200) }),
  role: Role.exclude(['board']),
  period: Period,
  /** Counts up from 1 per institution and period; the board rejects a lower one than it has. */
  revision: z.int().min(1).max(10_000),
  /** The submission id this one replaces, null for revision 1. */
  supersedes: SubmissionId.nullable(),
  createdAt: z.iso.datetime(),
  /** Hex SHA-256 of the signer's raw Ed25519 public key. */
  keyId: KeyId,
})
export type SubmissionHeader = z.infer<typeof SubmissionHeader>

export const Submission = z
  .strictObject({ header: SubmissionHeader, report: Report })
  .refine((s) => s.header.role === s.report.kind, {
    message: 'The report kind does not match the role in the header',
    path: ['report', 'kind'],
  })
export type Submission = z.infer<typeof Submission>

/** `AHWG_<institution>_<period>_r<revision>.xlsx`, e.g. AHWG_holyoke-community-college_AY2025-26_r2.xlsx */
export function submissionFileName(
  header: Pick<SubmissionHeader, 'institution' | 'period' | 'revision'>,
): string {
  return `AHWG_${header.institution.id}_${periodKey(header.period)}_r${header.revision}.xlsx`
}

/**
 * Every format version of the signed payload this copy reads, oldest first. A new version
 * appends an entry here and gives the one before it an `upgrade` to the new shape; old entries
 * never change, so files signed under them keep verifying.
 */
export const SUBMISSION_PAYLOAD: PayloadFormat<Submission> = {
  id: SUBMISSION_FORMAT,
  versions: [{ version: 1, schema: Submission }],
  current: Submission,
  versionOf(value) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, 'header')) return null
    const header: unknown = (value as { header: unknown }).header
    if (typeof header !== 'object' || header === null || !Object.hasOwn(header, 'formatVersion')) {
      return null
    }
    return (header as { formatVersion: unknown }).formatVersion
  },
}
