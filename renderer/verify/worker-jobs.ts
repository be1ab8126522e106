// Running untrusted-file work (verifying a workbook, taking a message's attachments, reading a
// backup) in module Web Workers, off the main thread. A small pool of workers, each reused from
// file to file because starting one costs most of a second, each running one job at a time. A job
// that runs past its time limit has its worker killed with terminate(); a cancelled job too, so
// Cancel frees the processor at once. A killed worker is replaced by a fresh one for the next
// job. The worker's own bounds come first (a worker that blows up its memory can take the tab
// with it); this is the hard stop behind them.

export type JobKind = 'verify' | 'backup' | 'intake'

export interface JobRequest {
  readonly id: number
  readonly kind: JobKind
  readonly bytes: Uint8Array
  /** The file's name, for jobs that read it (an .eml message is read as one). */
  readonly name?: string | undefined
}

export interface JobReply {
  readonly id: number
  readonly result: unknown
}

/** The parts of a Worker this module uses, so that tests can give it a stand-in. */
export interface WorkerLike {
  postMessage(message: JobRequest, transfer?: Transferable[]): void
  terminate(): void
  onmessage: ((event: { data: JobReply }) => void) | null
  onerror: ((event: unknown) => void) | null
}

export type JobOutcome =
  | { ok: true; result: unknown }
  /**
   * `time`: killed past the limit; `crashed`: the worker died (out of memory, or a bug);
   * `cancelled`: the caller gave up on it.
   */
  | { ok: false; reason: 'time' | 'crashed' | 'cancelled' }

export const TIME_LIMIT_MS = 10_000

export interface JobOptions {
  readonly name?: string | undefined
  /** Aborting it drops the job if it waits, and kills its worker if it runs. */
  readonly signal?: AbortSignal | undefined
  /** Hand the bytes' buffer to the worker instead of copying it; the caller loses them. */
  readonly transfer?: boolean | undefined
}

export interface JobRunner {
  run(kind: JobKind, bytes: Uint8Array, options?: JobOptions): Promise<JobOutcome>
  /** How many workers run side by side. */
  readonly size: number
}

/** Workers for a machine with `cores` logical processors: one core stays with the window. */
export function poolSize(cores: number | undefined): number {
  return Math.max(1, Math.min(2, (cores ?? 1) - 1))
}

interface Pending {
  readonly request: JobRequest
  readonly transfer: boolean
  readonly signal: AbortSignal | undefined
  readonly resolve: (outcome: JobOutcome) => void
}

interface Slot {
  worker: WorkerLike | null
  current: (Pending & { timer: ReturnType<typeof setTimeout> }) | null
}

export function createJobPool(
  spawn: () => WorkerLike,
  { size = 1, timeLimitMs = TIME_LIMIT_MS }: { size?: number; timeLimitMs?: number } = {},
): JobRunner {
  const slots: Slot[] = Array.from({ length: Math.max(1, size) }, () => ({
    worker: null,
    current: null,
  }))
  const queue: Pending[] = []
  let nextId = 1

  const finish = (slot: Slot, outcome: JobOutcome, kill: boolean) => {
    const job = slot.current
    if (!job) return
    clearTimeout(job.timer)
    slot.current = null
    if (kill && slot.worker) {
      slot.worker.terminate()
      slot.worker = null
    }
    job.resolve(outcome)
    startNext()
  }

  function onAbort(this: AbortSignal) {
    for (let i = queue.length - 1; i >= 0; i--) {
      const job = queue[i]!
      if (job.signal === this) {
        queue.splice(i, 1)
        job.resolve({ ok: false, reason: 'cancelled' })
      }
    }
    for (const slot of slots) {
      if (slot.current?.signal === this) finish(slot, { ok: false, reason: 'cancelled' }, true)
    }
  }

  const workerOf = (slot: Slot): WorkerLike => {
    if (slot.worker) return slot.worker
    const fresh = spawn()
    fresh.onmessage = (event) => {
      if (slot.worker === fresh && slot.current && event.data.id === slot.current.request.id) {
        finish(slot, { ok: true, result: event.data.result }, false)
      }
    }
    fresh.onerror = () => {
      if (slot.worker === fresh) finish(slot, { ok: false, reason: 'crashed' }, true)
    }
    slot.worker = fresh
    return fresh
  }

  const startNext = () => {
    for (const slot of slots) {
      if (slot.current) continue
      const job = queue.shift()
      if (!job) return
      const timer = setTimeout(() => finish(slot, { ok: false, reason: 'time' }, true), timeLimitMs)
      slot.current = { ...job, timer }
      try {
        const { bytes } = job.request
        workerOf(slot).postMessage(
          job.request,
          job.transfer && bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : [],
        )
      } catch {
        finish(slot, { ok: false, reason: 'crashed' }, true)
      }
    }
  }

  return {
    size: slots.length,
    run(kind, bytes, options = {}) {
      const { signal } = options
      if (signal?.aborted) return Promise.resolve({ ok: false, reason: 'cancelled' })
      return new Promise((resolve) => {
        // One listener per signal (the same function is added once), shared by its jobs.
        signal?.addEventListener('abort', onAbort, { once: true })
        queue.push({
          request: { id: nextId++, kind, bytes, name: options.name },
          transfer: options.transfer === true,
          signal,
          resolve,
        })
        startNext()
      })
    },
  }
}

/** One worker, one job at a time. */
export function createJobRunner(
  spawn: () => WorkerLike,
  timeLimitMs: number = TIME_LIMIT_MS,
): JobRunner {
  return createJobPool(spawn, { size: 1, timeLimitMs })
}
