import { describe, expect, it } from 'vitest'
import { demoBoardContext } from '../../../shared/analysis/demo-context'
import { CYCLE, employer } from '../../../shared/analysis/test-data'
import { region } from '../../../shared/analysis/test-region'
import { defaultCycle } from '../../../shared/intake/cycle'
import type { AnalysisInputsOfCycle } from '../../db/analysis-repository'
import { createAnalysisClient, type AnalysisWorkerLike } from './analysis-client'
import { newJobState, runAnalysisJob, type AnalysisRequest } from './analysis-job'

/** The worker's own job function behind a stand-in that answers on the next task, as a worker does. */
function inProcessWorker(log: AnalysisRequest[]) {
  const state = newJobState()
  const worker: AnalysisWorkerLike & { crash(): void } = {
    onmessage: null,
    onerror: null,
    postMessage(request) {
      log.push(request)
      const reply = runAnalysisJob(state, structuredClone(request))
      setTimeout(() => worker.onmessage?.({ data: reply }), 0)
    },
    terminate() {},
    crash() {
      worker.onerror?.(new Error('out of memory'))
    },
  }
  return worker
}

const REGION = region()

function inputsFor(cycleId: 2024 | 2025, submissions = REGION): AnalysisInputsOfCycle {
  const cycles = [CYCLE, defaultCycle(2024)]
  return {
    cycle: cycleId === 2025 ? CYCLE : defaultCycle(2024),
    cycles,
    context: demoBoardContext(),
    contextEntered: true,
    submissions,
    scenarios: [],
  }
}

describe('the analysis client', () => {
  it('sends the submissions once, then only their key when the cycle changes', async () => {
    const log: AnalysisRequest[] = []
    const client = createAnalysisClient(() => inProcessWorker(log))
    const first = await client.analyse(inputsFor(2025), 'board')
    expect(first.result.cycle).toBe('AY2025-26')
    const earlier = await client.analyse(inputsFor(2024), 'board')
    expect(earlier.result.cycle).toBe('AY2024-25')
    expect(log.map((r) => r.submissions !== undefined)).toEqual([true, false])
    // The trend covers both cycles with data, oldest first.
    expect(first.trend['radiologic-technologists'].map((p) => p.cycle)).toContain('AY2024-25')
  })

  it('answers again from what it kept, and sends new submissions after a merge', async () => {
    const log: AnalysisRequest[] = []
    const client = createAnalysisClient(() => inProcessWorker(log))
    const a = await client.analyse(inputsFor(2025), 'board')
    expect(await client.analyse(inputsFor(2025), 'board')).toBe(a)
    expect(log).toHaveLength(1)
    const merged = [...REGION, employer('late-hospital', [])]
    const b = await client.analyse(inputsFor(2025, merged), 'board')
    expect(b.result.employersReporting).toBe(a.result.employersReporting + 1)
    expect(log.map((r) => r.submissions?.length)).toEqual([REGION.length, merged.length])
  })

  it('gives the shared view blanked, apart from the board’s', async () => {
    const client = createAnalysisClient(() => inProcessWorker([]))
    const shared = await client.analyse(inputsFor(2025), 'shared')
    const surgical = shared.result.occupations.find(
      (o) => o.occupation === 'surgical-technologists',
    )
    expect(shared.result.audience).toBe('shared')
    expect(surgical?.employerDemand.total).toMatchObject({
      value: null,
      protection: 'fewer-than-3-employers',
    })
  })

  it('fails the requests of a worker that dies, and starts a fresh one for the next', async () => {
    const workers: ReturnType<typeof inProcessWorker>[] = []
    const client = createAnalysisClient(() => {
      const w = inProcessWorker([])
      workers.push(w)
      return w
    })
    const running = client.analyse(inputsFor(2025), 'board')
    workers[0]?.crash()
    await expect(running).rejects.toThrow(/stopped before it finished/)
    const again = await client.analyse(inputsFor(2025), 'board')
    expect(again.result.cycle).toBe('AY2025-26')
    expect(workers).toHaveLength(2)
  })
})
