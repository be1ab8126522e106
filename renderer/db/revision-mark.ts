// The highest revision this computer has signed for an institution and period: the next export
// is one above it. It is a high-water mark: deleting a period keeps it, and restoring an older
// backup never lowers it, so the board never receives a revision it already holds.
import { z } from 'zod'
import { InstitutionId, SubmissionId } from '../../shared/domain/ids'

export const RevisionMark = z.object({
  institutionId: InstitutionId,
  periodId: z.string().min(1).max(40),
  revision: z.int().min(1),
  /** The submission that revision was, so the next one names what it supersedes. */
  submissionId: SubmissionId,
  at: z.iso.datetime(),
})
export type RevisionMark = z.infer<typeof RevisionMark>

/** The higher of two marks for the same institution and period (the first when they tie). */
export function higherMark(a: RevisionMark | undefined, b: RevisionMark | undefined) {
  if (!a) return b
  if (!b) return a
  return b.revision > a.revision ? b : a
}
