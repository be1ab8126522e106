// The local record of each signed workbook exported: it sets the next revision and shows the
// history. The workbook itself is not kept; the user saved it where they chose.
import { z } from 'zod'
import { KeyId, SubmissionId } from '../../shared/domain/ids'

export const ExportRecord = z.object({
  /** `${periodId}#${revision}`. */
  id: z.string().min(1).max(60),
  periodId: z.string().min(1).max(40),
  revision: z.int().min(1),
  submissionId: SubmissionId,
  supersedes: SubmissionId.nullable(),
  fileName: z.string().min(1).max(200),
  exportedAt: z.iso.datetime(),
  keyId: KeyId,
})
export type ExportRecord = z.infer<typeof ExportRecord>
