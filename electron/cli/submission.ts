// A new submission around a report: the header the signature covers, with a fresh id.
import { randomUUID } from 'node:crypto'
import type { KeyId, InstitutionId } from '../../shared/domain/ids'
import { SubmissionId } from '../../shared/domain/ids'
import type { Period } from '../../shared/domain/periods'
import type { Report } from '../../shared/reports/schemas'
import {
  REPORT_SCHEMA_VERSION,
  SUBMISSION_FORMAT,
  SUBMISSION_FORMAT_VERSION,
  type Submission,
} from '../../shared/submission/payload'

export interface NewSubmission {
  institution: { id: InstitutionId; name: string }
  contact: { name: string; email: string }
  period: Period
  report: Report
  keyId: KeyId
  revision?: number
  supersedes?: SubmissionId | null
  now?: Date
}

export function newSubmission(input: NewSubmission): Submission {
  return {
    header: {
      format: SUBMISSION_FORMAT,
      formatVersion: SUBMISSION_FORMAT_VERSION,
      schemaVersion: REPORT_SCHEMA_VERSION,
      submissionId: SubmissionId.parse(randomUUID()),
      institution: input.institution,
      contact: input.contact,
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
