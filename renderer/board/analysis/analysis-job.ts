// What the analysis worker does with one request, kept free of the worker itself so that it is
// tested in-process: the analysis of the chosen cycle and the coverage trend across every cycle
// the board holds. The submissions are the bulk of a request (1,000 of them for a large region),
// so the worker keeps the last set it was sent and the window sends them again only when their
// key changes; switching cycle then costs the window a few kilobytes of structured clone.
import { analyse, type AnalysisResult } from '../../../shared/analysis/analysis'
import type { BoardContext } from '../../../shared/analysis/context'
import type { Scenario } from '../../../shared/analysis/scenario'
import { coverageTrend, type CoverageTrend } from '../../../shared/analysis/trend'
import type { CollectionCycle } from '../../../shared/intake/cycle'
import type { Submission } from '../../../shared/submission/payload'

export type Audience = 'board' | 'shared'

export interface AnalysisRequest {
  readonly id: number
  /** Names the submissions (see submissionsKey); they travel only when the worker lacks them. */
  readonly submissionsKey: string
  readonly submissions?: readonly Submission[]
  readonly cycle: CollectionCycle
  readonly cycles: readonly CollectionCycle[]
  readonly context: BoardContext
  readonly scenarios: readonly Scenario[]
  readonly audience: Audience
}

export interface Computed {
  readonly result: AnalysisResult
  readonly trend: CoverageTrend
}

export type AnalysisReply =
  | { readonly id: number; readonly ok: true; readonly computed: Computed }
  | { readonly id: number; readonly ok: false; readonly needSubmissions: true }
  | {
      readonly id: number
      readonly ok: false
      readonly needSubmissions: false
      readonly message: string
    }

/**
 * The held submissions' identity: each one's institution, period, revision and id. A merge, a
 * newer revision or a restored backup changes it; re-reading the same rows does not.
 */
export function submissionsKey(submissions: readonly Submission[]): string {
  return submissions
    .map(
      ({ header: h }) =>
        `${h.institution.id}|${h.period.kind}|${h.period.start}|${h.revision}|${h.submissionId}`,
    )
    .join('\n')
}

export interface JobState {
  key: string | null
  submissions: readonly Submission[]
}

export function newJobState(): JobState {
  return { key: null, submissions: [] }
}

export function runAnalysisJob(state: JobState, request: AnalysisRequest): AnalysisReply {
  if (request.submissions) {
    state.key = request.submissionsKey
    state.submissions = request.submissions
  } else if (state.key !== request.submissionsKey) {
    return { id: request.id, ok: false, needSubmissions: true }
  }
  try {
    const options = { audience: request.audience, scenarios: request.scenarios }
    return {
      id: request.id,
      ok: true,
      computed: {
        result: analyse(state.submissions, request.cycle, request.context, options),
        trend: coverageTrend(state.submissions, request.cycles, request.context, {
          audience: request.audience,
        }),
      },
    }
  } catch (error) {
    return {
      id: request.id,
      ok: false,
      needSubmissions: false,
      message: error instanceof Error ? error.message : String(error),
    }
  }
}
