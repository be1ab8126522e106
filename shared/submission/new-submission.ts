// A new submission around a report: the header the signature covers, with a fresh id. The one
// place a header is built, for the app's export, the command line's `sign` and the demo.
import { SubmissionId, type InstitutionId, type KeyId } from '../domain/ids'
import type { Period } from '../domain/periods'
import type { Report } from '../reports/schemas'
import {
  REPORT_SCHEMA_VERSION,
  SUBMISSION_FORMAT,
  SUBMISSION_FORMAT_VERSION,
  type Submission,
} from './payload'

export interface NewSubmission {
  readonly institution: { readonly id: InstitutionId; readonly name: string }
  readonly contact: { readonly name: string; readonly email: string }
  readonly period: Period
  readonly report: Report
  readonly keyId: KeyId
  /** 1 for the first submission of this institution and period (the default). */
  readonly revision?: number | undefined
  /** The submission id this revision replaces. */
  readonly supersedes?: SubmissionId | null | undefined
  readonly now?: Date | undefined
  /** A fresh UUID unless given (tests). */
  readonly submissionId?: SubmissionId | undefined
}

export function newSubmission(input: NewSubmission): Submission {
  return {
    header: {
      format: SUBMISSION_FORMAT,
      formatVersion: SUBMISSION_FORMAT_VERSION,
      schemaVersion: REPORT_SCHEMA_VERSION,
      submissionId: input.submissionId ?? SubmissionId.parse(globalThis.crypto.randomUUID()),
      institution: { id: input.institution.id, name: input.institution.name },
      contact: { name: input.contact.name, email: input.contact.email },
      role: input.report.kind,
      period: input.period,
      revision: input.revision ?? 1,
      supersedes: input.supersedes ?? null,
      createdAt: (input.now ?? new Date()).toISOString(),
      keyId: input.keyId,
    },
    report: input.report,
  }
}
