// Verification of untrusted workbooks in worker threads, so that no file can hang or crash the
// command line: each worker has V8 heap limits (resourceLimits) and each file a wall-clock limit,
// past which its worker is terminated and replaced. A file stopped that way is refused like any
// other bad file, and the next file is checked normally. Workers are reused (starting one costs
// about a second); the pool has max(1, min(2, cores − 1)) of them. ArrayBuffers are outside the
// V8 heap limits: the reader's own bounds on inflated sizes cover those.
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { VerificationResult } from '../../shared/workbook/verify'

export interface PoolOptions {
  readonly size?: number
  readonly timeLimitMs?: number
  readonly memoryMb?: number
  /** The worker script (tests give one that misbehaves on purpose). */
  readonly entry?: URL
  /**
   * Workers to start at once rather than on the first file (at most `size`): starting one
   * costs about half a second, which then runs beside the caller's own start-up and reading.
   */
  readonly warm?: number
}

export interface VerifyPool {
  verify(bytes: Uint8Array): Promise<VerificationResult>
  close(): Promise<void>
}

export const TIME_LIMIT_MS = 10_000
export const MEMORY_MB = 256

export function poolSize(cores: number = availableParallelism()): number {
  return Math.max(1, Math.min(2, cores - 1))
}

/** The prebuilt worker beside this module when there is one, else the sources through tsx. */
export function workerEntry(): URL {
  const built = new URL('./verify-worker.js', import.meta.url)
  return existsSync(fileURLToPath(built))
    ? built
    : new URL('./verify-worker-sources.mjs', import.meta.url)
}

interface Job {
  readonly id: number
  readonly bytes: Uint8Array
  readonly resolve: (result: VerificationResult) => void
}

interface Slot {
  worker: Worker
  ready: Promise<void>
  job: Job | null
  timer: ReturnType<typeof setTimeout> | null
}

function refused(message: string): VerificationResult {
  return { valid: false, findings: [{ code: 'refused', message }] }
}

export function createVerifyPool(options: PoolOptions = {}): VerifyPool {
  const size = options.size ?? poolSize()
  const timeLimitMs = options.timeLimitMs ?? TIME_LIMIT_MS
  const memoryMb = options.memoryMb ?? MEMORY_MB
  const entry = options.entry ?? workerEntry()
  const queue: Job[] = []
  const slots: Slot[] = []
  let nextId = 1
  let closed = false

  const spawn = (): Slot => {
    const worker = new Worker(entry, {
      resourceLimits: {
        maxOldGenerationSizeMb: memoryMb,
        maxYoungGenerationSizeMb: 32,
        stackSizeMb: 4,
      },
      stdout: false,
      stderr: false,
    })
    let markReady: () => void = () => {}
    const slot: Slot = {
      worker,
      ready: new Promise((r) => (markReady = r)),
      job: null,
      timer: null,
    }
    worker.on('message', (message: { ready?: true; id?: number; result?: VerificationResult }) => {
      if (message.ready) {
        markReady()
        return
      }
      if (slot.job && message.id === slot.job.id && message.result)
        finish(slot, message.result, false)
    })
    worker.on('error', (error: Error & { code?: string }) => {
      const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY'
      finish(
        slot,
        refused(
          outOfMemory
            ? `The workbook needed more than ${memoryMb} MB to read, far more than a report workbook; it was not opened.`
            : `The workbook could not be read (${error.message.split('\n')[0] ?? ''}).`,
        ),
        true,
      )
    })
    worker.on('exit', () => {
      if (slot.job)
        finish(slot, refused('The workbook could not be read: its reader stopped.'), true)
    })
    return slot
  }

  const startTimer = (slot: Slot) => {
    slot.timer = setTimeout(() => {
      finish(
        slot,
        refused(
          `The workbook took longer than ${timeLimitMs / 1000} s to read; it was not opened.`,
        ),
        true,
      )
    }, timeLimitMs)
  }

  const finish = (slot: Slot, result: VerificationResult, kill: boolean) => {
    const job = slot.job
    if (!job) return
    if (slot.timer) clearTimeout(slot.timer)
    slot.timer = null
    slot.job = null
    if (kill) {
      const index = slots.indexOf(slot)
      if (index >= 0) slots.splice(index, 1)
      void slot.worker.terminate()
    }
    job.resolve(result)
    pump()
  }

  const pump = () => {
    if (closed) return
    while (queue.length > 0) {
      let slot = slots.find((s) => s.job === null)
      if (!slot && slots.length < size) {
        slot = spawn()
        slots.push(slot)
      }
      if (!slot) return
      const job = queue.shift()
      if (!job) return
      slot.job = job
      // A copy of its own, moved rather than copied again into the worker.
      const copy = job.bytes.slice()
      slot.worker.postMessage({ id: job.id, bytes: copy }, [copy.buffer])
      // The time limit runs from when the worker can start reading, not while it starts up.
      void slot.ready.then(() => {
        if (slot.job === job && slot.timer === null) startTimer(slot)
      })
    }
  }

  for (let i = 0; i < Math.min(options.warm ?? 0, size); i++) slots.push(spawn())

  return {
    verify(bytes) {
      if (closed) return Promise.resolve(refused('The verifier was closed.'))
      return new Promise((resolve) => {
        queue.push({ id: nextId++, bytes, resolve })
        pump()
      })
    },
    async close() {
      closed = true
      await Promise.all(slots.splice(0).map((s) => s.worker.terminate()))
    },
  }
}
