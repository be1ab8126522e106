// The window's side of the analysis worker: one worker, reused (a fresh one costs most of a
// second), answering one request at a time in order. Results are kept by the inputs they were
// computed from, so going back to a cycle already seen shows it at once; a request whose
// inputs match one in flight shares its answer. A worker that dies is replaced on the next
// request, and the requests it held fail with a message.
import type { AnalysisReply, AnalysisRequest, Audience, Computed } from './analysis-job'
import { submissionsKey } from './analysis-job'
import type { Submission } from '../../../shared/submission/payload'
import type { AnalysisInputsOfCycle } from '../../db/analysis-repository'

/** The parts of a Worker the client uses, so that tests can hand it a stand-in. */
export interface AnalysisWorkerLike {
  postMessage(message: AnalysisRequest): void
  terminate(): void
  onmessage: ((event: { data: AnalysisReply }) => void) | null
  onerror: ((event: unknown) => void) | null
}

export interface AnalysisClient {
  analyse(
    inputs: AnalysisInputsOfCycle,
    audience: Audience,
    scenarioIds?: readonly string[],
  ): Promise<Computed>
  /** The answer already held for these inputs, if any: shown without a round trip. */
  cached(key: string): Computed | undefined
}

/** How many answers are kept: a few cycles in both views. */
const KEPT = 8

/** Everything the answer depends on, as one string. */
export function inputsKey(
  inputs: AnalysisInputsOfCycle,
  audience: Audience,
  scenarioIds: readonly string[] = [],
): string {
  const scenarios = inputs.scenarios.filter((s) => scenarioIds.includes(s.id))
  return JSON.stringify([
    audience,
    inputs.cycle,
    inputs.cycles,
    inputs.context,
    scenarios.map((s) => s.scenario),
    submissionsKey(inputs.submissions),
  ])
}

export function createAnalysisClient(spawn: () => AnalysisWorkerLike): AnalysisClient {
  let worker: AnalysisWorkerLike | null = null
  let sentKey: string | null = null
  let nextId = 1
  const waiting = new Map<
    number,
    {
      request: AnalysisRequest
      submissions: readonly Submission[]
      resolve: (c: Computed) => void
      reject: (e: Error) => void
    }
  >()
  const answers = new Map<string, Computed>()
  const inFlight = new Map<string, Promise<Computed>>()

  function started(): AnalysisWorkerLike {
    if (worker) return worker
    const w = spawn()
    w.onmessage = ({ data }) => {
      const job = waiting.get(data.id)
      if (!job) return
      if (data.ok) {
        waiting.delete(data.id)
        job.resolve(data.computed)
      } else if (data.needSubmissions) {
        sentKey = job.request.submissionsKey
        w.postMessage({ ...job.request, submissions: job.submissions })
      } else {
        waiting.delete(data.id)
        job.reject(new Error(`The analysis could not be worked out: ${data.message}`))
      }
    }
    w.onerror = () => {
      w.terminate()
      worker = null
      sentKey = null
      const failed = [...waiting.values()]
      waiting.clear()
      for (const job of failed) {
        job.reject(
          new Error('The analysis stopped before it finished. Choose the cycle again to retry.'),
        )
      }
    }
    worker = w
    return w
  }

  function post(inputs: AnalysisInputsOfCycle, audience: Audience, scenarioIds: readonly string[]) {
    const w = started()
    const key = submissionsKey(inputs.submissions)
    const request: AnalysisRequest = {
      id: nextId++,
      submissionsKey: key,
      cycle: inputs.cycle,
      cycles: inputs.cycles,
      context: inputs.context,
      scenarios: inputs.scenarios.filter((s) => scenarioIds.includes(s.id)).map((s) => s.scenario),
      audience,
    }
    return new Promise<Computed>((resolve, reject) => {
      waiting.set(request.id, { request, submissions: inputs.submissions, resolve, reject })
      // The submissions go only when the worker does not hold this set already.
      if (sentKey === key) {
        w.postMessage(request)
      } else {
        sentKey = key
        w.postMessage({ ...request, submissions: inputs.submissions })
      }
    })
  }

  return {
    cached: (key) => answers.get(key),
    analyse(inputs, audience, scenarioIds = []) {
      const key = inputsKey(inputs, audience, scenarioIds)
      const held = answers.get(key)
      if (held) return Promise.resolve(held)
      const running = inFlight.get(key)
      if (running) return running
      const promise = post(inputs, audience, scenarioIds)
        .then((computed) => {
          answers.set(key, computed)
          while (answers.size > KEPT) answers.delete(answers.keys().next().value ?? key)
          return computed
        })
        .finally(() => inFlight.delete(key))
      inFlight.set(key, promise)
      return promise
    },
  }
}
