// The summary of one merge run, as `allied-pipeline merge --json` writes it and as the app can
// export it: every file with its status and reasons, the submissions accepted, and the
// reporting-status matrix. Its zod schema is the documented contract (README, "merge").
import { z } from 'zod'
import { AnalysisSummary } from '../analysis/summary'
import { InstitutionId, SubmissionId } from '../domain/ids'
import { Period } from '../domain/periods'
import { CollectionCycle, ReportKind } from './cycle'
import type { ReportingMatrix } from './matrix'
import { IMPORT_STATUSES, IMPORT_STATUS_LABELS, type ImportDecision } from './statuses'

export const MERGE_SUMMARY_FORMAT = 'allied-pipeline-merge-summary'
export const MERGE_SUMMARY_VERSION = 1

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/)

const Totals = z.strictObject({
  expected: z.int().min(0),
  actual: z.int().min(0),
  onTime: z.int().min(0),
  reportingRate: z.number().min(0).max(1).nullable(),
  onTimeRate: z.number().min(0).max(1).nullable(),
})

export const MergeSummary = z.strictObject({
  format: z.literal(MERGE_SUMMARY_FORMAT),
  version: z.literal(MERGE_SUMMARY_VERSION),
  generatedAt: z.iso.datetime(),
  cycle: CollectionCycle,
  files: z.array(
    z.strictObject({
      name: z.string(),
      sha256: Sha256,
      status: z.enum(IMPORT_STATUSES),
      /** The status in words: "Accepted as a newer revision". */
      label: z.string(),
      reasons: z.array(z.string()),
      institutionId: InstitutionId.optional(),
      kind: ReportKind.optional(),
      period: z.string().optional(),
      revision: z.int().min(1).optional(),
      /** Newer revision: the revision it replaced. */
      replacesRevision: z.int().min(1).optional(),
      merged: z.boolean(),
    }),
  ),
  accepted: z.array(
    z.strictObject({
      submissionId: SubmissionId,
      institutionId: InstitutionId,
      institutionName: z.string(),
      kind: ReportKind,
      period: Period,
      revision: z.int().min(1),
      payloadHash: Sha256,
      fileName: z.string(),
      fileSha256: Sha256,
    }),
  ),
  matrix: z.strictObject({
    cells: z.array(
      z.strictObject({
        institutionId: z.string(),
        kind: ReportKind,
        expected: z.boolean(),
        state: z.enum(['received', 'late', 'missing', 'awaited']),
        periods: z.array(
          z.strictObject({
            periodKey: z.string(),
            periodLabel: z.string(),
            revision: z.int().min(1),
            receivedOn: z.iso.date(),
            superseded: z.array(z.int().min(1)),
          }),
        ),
        firstReceivedOn: z.iso.date().nullable(),
      }),
    ),
    totals: Totals,
    byKind: z.strictObject({ education: Totals, 'high-school': Totals, employer: Totals }),
  }),
  /**
   * With --context, --out or --csv: the gap analysis of everything the board holds, as it may
   * be shared (figures from fewer than 3 employers null and marked suppressed).
   */
  analysis: AnalysisSummary.optional(),
})
export type MergeSummary = z.infer<typeof MergeSummary>

/** The summary of a run; `decisions` as decideBatch gave them. */
export function mergeSummary(
  cycle: CollectionCycle,
  decisions: readonly ImportDecision[],
  matrix: ReportingMatrix,
  now: Date,
): MergeSummary {
  const files = decisions.map((d) => {
    const header = d.submission?.header
    return {
      name: d.file.name,
      sha256: d.file.sha256,
      status: d.status,
      label: IMPORT_STATUS_LABELS[d.status],
      reasons: [...d.reasons],
      ...(header
        ? {
            institutionId: header.institution.id,
            kind: header.role,
            period: header.period.label,
            revision: header.revision,
          }
        : {}),
      ...(d.replaces ? { replacesRevision: d.replaces.revision } : {}),
      merged: d.merged,
    }
  })
  const accepted = decisions.flatMap((d) => {
    if (!d.merged || !d.submission || d.file.check.outcome !== 'intact') return []
    const { header } = d.submission
    return [
      {
        submissionId: header.submissionId,
        institutionId: header.institution.id,
        institutionName: header.institution.name,
        kind: header.role,
        period: header.period,
        revision: header.revision,
        payloadHash: d.file.check.payloadHash,
        fileName: d.file.name,
        fileSha256: d.file.sha256,
      },
    ]
  })
  return MergeSummary.parse({
    format: MERGE_SUMMARY_FORMAT,
    version: MERGE_SUMMARY_VERSION,
    generatedAt: now.toISOString(),
    cycle,
    files,
    accepted,
    matrix,
  })
}
