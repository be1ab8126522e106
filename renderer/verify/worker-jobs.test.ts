import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import {
  createJobPool,
  createJobRunner,
  poolSize,
  type JobReply,
  type JobRequest,
  type WorkerLike,
} from './worker-jobs'

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

describe('the pool', () => {
  test('has one worker per spare core, at most two, and at least one', () => {
    expect([undefined, 1, 2, 3, 4, 16].map(poolSize)).toEqual([1, 1, 1, 2, 2, 2])
  })

  test('runs as many jobs side by side as it has workers, the rest wait their turn', async () => {
    const pool = createJobPool(() => new FakeWorker(), { size: 2 })
    const jobs = [1, 2, 3].map(() => pool.run('intake', bytes, { name: 'a.xlsx' }))
    expect(FakeWorker.made).toHaveLength(2)
    expect(FakeWorker.made.map((w) => w.received.length)).toEqual([1, 1])
    expect(FakeWorker.made[0]?.received[0]?.name).toBe('a.xlsx')
    FakeWorker.made[1]?.answer('second')
    expect(await jobs[1]).toEqual({ ok: true, result: 'second' })
    expect(FakeWorker.made[1]?.received).toHaveLength(2)
    FakeWorker.made[0]?.answer('first')
    FakeWorker.made[1]?.answer('third')
    expect(await Promise.all([jobs[0], jobs[2]])).toEqual([
      { ok: true, result: 'first' },
      { ok: true, result: 'third' },
    ])
    expect(FakeWorker.made).toHaveLength(2)
  })

  test('cancel drops the waiting jobs and kills the running ones; the next batch gets fresh workers', async () => {
    const pool = createJobPool(() => new FakeWorker(), { size: 2 })
    const batch = new AbortController()
    const jobs = [1, 2, 3, 4].map(() => pool.run('intake', bytes, { signal: batch.signal }))
    const other = pool.run('verify', bytes)
    batch.abort()
    expect(await Promise.all(jobs)).toEqual(
      Array.from({ length: 4 }, () => ({ ok: false, reason: 'cancelled' })),
    )
    expect(FakeWorker.made.slice(0, 2).map((w) => w.terminated)).toEqual([true, true])
    // The job of another caller waited behind the batch, and now runs.
    expect(FakeWorker.made).toHaveLength(3)
    FakeWorker.made[2]?.answer('other')
    expect(await other).toEqual({ ok: true, result: 'other' })
    expect(await pool.run('verify', bytes, { signal: batch.signal })).toEqual({
      ok: false,
      reason: 'cancelled',
    })
  })

  test('each job has its own time limit, whichever worker runs it', async () => {
    const pool = createJobPool(() => new FakeWorker(), { size: 2, timeLimitMs: 1_000 })
    const slow = pool.run('intake', bytes)
    vi.advanceTimersByTime(600)
    const later = pool.run('intake', bytes)
    vi.advanceTimersByTime(400)
    expect(await slow).toEqual({ ok: false, reason: 'time' })
    FakeWorker.made[1]?.answer('in time')
    expect(await later).toEqual({ ok: true, result: 'in time' })
  })

  test('a transferred buffer is handed to the worker, not copied', () => {
    const sent: Transferable[][] = []
    class Recording extends FakeWorker {
      override postMessage(message: JobRequest, transfer: Transferable[] = []) {
        sent.push(transfer)
        super.postMessage(message)
      }
    }
    const pool = createJobPool(() => new Recording(), { size: 1 })
    const mine = new Uint8Array([1, 2])
    void pool.run('intake', mine, { transfer: true })
    expect(sent[0]).toEqual([mine.buffer])
  })
})
