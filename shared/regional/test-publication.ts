// A regional publication for the tests and the bench: the hand-worked region of the analysis
// tests (three hospitals for radiologic technologists, two for surgical technologists, so those
// are suppressed), its context, and the board's own key.
import { regionContext, region } from '../analysis/test-region'
import { CYCLE } from '../analysis/test-data'
import type { Scenario } from '../analysis/scenario'
import { canonicalJson } from '../crypto/canonical'
import { payloadHash } from '../intake/file-check'
import { InstitutionId, type KeyId } from '../domain/ids'
import { periodKey } from '../domain/periods'
import { periodInCycle } from '../intake/cycle'
import { reportingMatrix } from '../intake/matrix'
import type { Submission } from '../submission/payload'
import type { RegionalPublication } from './payload'
import { regionalPublication, type HeldSubmission } from './publication'

export const TEST_BOARD = {
  id: InstitutionId.parse('masshire-hampden-county-workforce-board'),
  name: 'MassHire Hampden County Workforce Board',
}

export async function held(submissions: readonly Submission[]): Promise<HeldSubmission[]> {
  return Promise.all(
    submissions.map(async (submission) => ({
      submission,
      payloadHash: await payloadHash(canonicalJson(submission)),
    })),
  )
}

export async function testPublication(
  keyId: KeyId,
  options: {
    submissions?: readonly Submission[]
    scenarios?: readonly Scenario[]
    board?: { id: InstitutionId; name: string }
  } = {},
): Promise<RegionalPublication> {
  const submissions = options.submissions ?? region()
  const matrix = reportingMatrix(
    CYCLE,
    submissions
      .filter((s) => periodInCycle(CYCLE, s.header.role, s.header.period))
      .map((s) => ({
        institutionId: s.header.institution.id,
        kind: s.header.role,
        periodKey: periodKey(s.header.period),
        periodLabel: s.header.period.label,
        revision: s.header.revision,
        receivedOn: '2026-10-15',
      })),
    '2026-11-02',
  )
  return regionalPublication({
    publicationId: '00000000-0000-4000-8000-00000000b0a7',
    board: options.board ?? TEST_BOARD,
    createdAt: '2026-11-02T09:00:00.000Z',
    keyId,
    cycle: CYCLE,
    submissions: await held(submissions),
    context: regionContext(),
    scenarios: options.scenarios ?? [],
    matrix,
    decisions: submissions.map(() => 'accepted' as const),
  })
}
