// Running untrusted-file work (verifying a workbook, reading a backup) in a module Web Worker,
// off the main thread: one worker, reused between files because starting one costs most of a
// second; one job at a time; a job that runs past its time limit has its worker killed with
// terminate() and replaced by a fresh one for the next job. The worker's own bounds come first
// (a worker that blows up its memory can take the tab with it); this is the hard stop behind them.

export type JobKind = 'verify' | 'backup'

export interface JobRequest {
  readonly id: number
  readonly kind: JobKind
  readonly bytes: Uint8Array
}

export interface JobReply {
  readonly id: number
  readonly result: unknown
}

/** The parts of a Worker this module uses, so that tests can give it a stand-in. */
export interface WorkerLike {
  postMessage(message: JobRequest): void
  terminate(): void
  onmessage: ((event: { data: JobReply }) => void) | null
  onerror: ((event: unknown) => void) | null
}

export type JobOutcome =
  | { ok: true; result: unknown }
  /** `time`: killed past the limit; `crashed`: the worker died (out of memory, or a bug). */
  | { ok: false; reason: 'time' | 'crashed' }

export const TIME_LIMIT_MS = 10_000

export interface JobRunner {
  run(kind: JobKind, bytes: Uint8Array): Promise<JobOutcome>
}

interface Pending {
  readonly request: JobRequest
  readonly resolve: (outcome: JobOutcome) => void
}

export function createJobRunner(
  spawn: () => WorkerLike,
  timeLimitMs: number = TIME_LIMIT_MS,
): JobRunner {
  let worker: WorkerLike | null = null
  let current: (Pending & { timer: ReturnType<typeof setTimeout> }) | null = null
  const queue: Pending[] = []
  let nextId = 1

  const finish = (outcome: JobOutcome, kill: boolean) => {
    const job = current
    if (!job) return
    clearTimeout(job.timer)
    current = null
    if (kill && worker) {
      worker.terminate()
      worker = null
    }
    job.resolve(outcome)
    startNext()
  }

  const ensureWorker = (): WorkerLike => {
    if (worker) return worker
    const fresh = spawn()
    fresh.onmessage = (event) => {
      if (current && event.data.id === current.request.id) {
        finish({ ok: true, result: event.data.result }, false)
      }
    }
    fresh.onerror = () => finish({ ok: false, reason: 'crashed' }, true)
    worker = fresh
    return fresh
  }

  const startNext = () => {
    if (current) return
    const job = queue.shift()
    if (!job) return
    const timer = setTimeout(() => finish({ ok: false, reason: 'time' }, true), timeLimitMs)
    current = { ...job, timer }
    try {
      ensureWorker().postMessage(job.request)
    } catch {
      finish({ ok: false, reason: 'crashed' }, true)
    }
  }

  return {
    run(kind, bytes) {
      return new Promise((resolve) => {
        queue.push({ request: { id: nextId++, kind, bytes }, resolve })
        startNext()
      })
    },
  }
}
