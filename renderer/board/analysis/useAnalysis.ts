// The analysis of one cycle as the board's screens read it: worked out in the analysis worker,
// so that switching cycle never blocks the window, and kept by its inputs, so that switching
// occupation (or coming back to a cycle) only re-renders.
import { useEffect, useMemo, useState } from 'react'
import type { AnalysisInputsOfCycle } from '../../db/analysis-repository'
import {
  createAnalysisClient,
  inputsKey,
  type AnalysisClient,
  type AnalysisWorkerLike,
} from './analysis-client'
import type { Audience, Computed } from './analysis-job'

let client: AnalysisClient | null = null

function analysisClient(): AnalysisClient {
  client ??= createAnalysisClient(
    () =>
      new Worker(new URL('./analysis.worker.ts', import.meta.url), {
        type: 'module',
      }) as unknown as AnalysisWorkerLike,
  )
  return client
}

export type AnalysisState =
  | { readonly status: 'working' }
  | { readonly status: 'ready'; readonly computed: Computed }
  | { readonly status: 'failed'; readonly message: string }

export function useAnalysis(
  inputs: AnalysisInputsOfCycle | null | undefined,
  audience: Audience,
  scenarioIds: readonly string[] = [],
): AnalysisState {
  const chosen = scenarioIds.join('\n')
  const key = useMemo(
    () => (inputs ? inputsKey(inputs, audience, chosen ? chosen.split('\n') : []) : null),
    [inputs, audience, chosen],
  )
  const [answer, setAnswer] = useState<{ key: string; state: AnalysisState } | null>(null)

  useEffect(() => {
    if (!inputs || key === null || analysisClient().cached(key)) return
    let current = true
    analysisClient()
      .analyse(inputs, audience, chosen ? chosen.split('\n') : [])
      .then(
        (computed) => current && setAnswer({ key, state: { status: 'ready', computed } }),
        (error: unknown) =>
          current &&
          setAnswer({
            key,
            state: {
              status: 'failed',
              message: error instanceof Error ? error.message : String(error),
            },
          }),
      )
    return () => {
      current = false
    }
  }, [inputs, key, audience, chosen])

  if (key === null) return { status: 'working' }
  const held = analysisClient().cached(key)
  if (held) return { status: 'ready', computed: held }
  return answer?.key === key ? answer.state : { status: 'working' }
}
