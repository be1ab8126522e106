import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { createJobRunner, type JobReply, type JobRequest, type WorkerLike } from './worker-jobs'

/** A stand-in worker that answers when told to, or never. */
class FakeWorker implements WorkerLike {
  static made: FakeWorker[] = []
  onmessage: ((event: { data: JobReply }) => void) | null = null
  onerror: ((event: unknown) => void) | null = null
  received: JobRequest[] = []
  terminated = false
  constructor() {
    FakeWorker.made.push(this)
  }
  postMessage(message: JobRequest) {
    this.received.push(message)
  }
  terminate() {
    this.terminated = true
  }
  answer(result: unknown) {
    const request = this.received.at(-1)
    if (request) this.onmessage?.({ data: { id: request.id, result } })
  }
}

beforeEach(() => {
  vi.useFakeTimers()
  FakeWorker.made = []
})
afterEach(() => vi.useRealTimers())

const bytes = new Uint8Array([1, 2, 3])

describe('the job runner', () => {
  test('reuses one worker for file after file, one job at a time', async () => {
    const runner = createJobRunner(() => new FakeWorker(), 10_000)
    const first = runner.run('verify', bytes)
    const second = runner.run('backup', bytes)
    const [worker] = FakeWorker.made
    expect(worker?.received.map((r) => r.kind)).toEqual(['verify'])
    worker?.answer('one')
    expect(await first).toEqual({ ok: true, result: 'one' })
    expect(worker?.received.map((r) => r.kind)).toEqual(['verify', 'backup'])
    worker?.answer('two')
    expect(await second).toEqual({ ok: true, result: 'two' })
    expect(FakeWorker.made).toHaveLength(1)
  })

  test('past the time limit the worker is terminated, the job refused, and the next file gets a fresh one', async () => {
    const runner = createJobRunner(() => new FakeWorker(), 10_000)
    const stuck = runner.run('verify', bytes)
    const next = runner.run('verify', bytes)
    vi.advanceTimersByTime(9_999)
    expect(FakeWorker.made[0]?.terminated).toBe(false)
    vi.advanceTimersByTime(1)
    expect(await stuck).toEqual({ ok: false, reason: 'time' })
    expect(FakeWorker.made[0]?.terminated).toBe(true)
    expect(FakeWorker.made).toHaveLength(2)
    FakeWorker.made[1]?.answer('fine')
    expect(await next).toEqual({ ok: true, result: 'fine' })
  })

  test('a worker that dies is replaced; a late answer from the old one is ignored', async () => {
    const runner = createJobRunner(() => new FakeWorker(), 10_000)
    const job = runner.run('verify', bytes)
    const dead = FakeWorker.made[0]
    dead?.onerror?.(new Event('error'))
    expect(await job).toEqual({ ok: false, reason: 'crashed' })
    const next = runner.run('verify', bytes)
    dead?.answer('stale')
    FakeWorker.made[1]?.answer('fresh')
    expect(await next).toEqual({ ok: true, result: 'fresh' })
  })
})
