// The app's way to read an untrusted file: in the pool of reused Web Workers, under a time limit
// per file. A file that runs past the limit, or kills its worker, is a refusal like any other;
// the next file gets a fresh worker and is checked normally.
import type { IncomingEntry } from '../../shared/intake/incoming'
import { sha256Hex } from '../../shared/intake/file-check'
import type { VerificationResult } from '../../shared/workbook/verify'
import type { ReadBackupResult } from '../backup/backup'
import {
  createJobPool,
  poolSize,
  TIME_LIMIT_MS,
  type JobOutcome,
  type JobRunner,
  type WorkerLike,
} from './worker-jobs'

let pool: JobRunner | null = null

function jobs(): JobRunner {
  pool ??= createJobPool(
    () =>
      new Worker(new URL('./untrusted-files.worker.ts', import.meta.url), {
        type: 'module',
      }) as unknown as WorkerLike,
    { size: poolSize(navigator.hardwareConcurrency) },
  )
  return pool
}

const seconds = `${TIME_LIMIT_MS / 1000} s`

function failure(outcome: Extract<JobOutcome, { ok: false }>, what: string): string {
  switch (outcome.reason) {
    case 'time':
      return `The ${what} took longer than ${seconds} to read; it was not opened.`
    case 'crashed':
      return `The ${what} could not be read: reading it used more memory than this window allows; it was not opened.`
    case 'cancelled':
      return `Checking the ${what} was cancelled.`
  }
}

export async function verifyOffThread(bytes: Uint8Array): Promise<VerificationResult> {
  const outcome = await jobs().run('verify', bytes)
  if (outcome.ok) return outcome.result as VerificationResult
  return { valid: false, findings: [{ code: 'refused', message: failure(outcome, 'workbook') }] }
}

export async function readBackupOffThread(bytes: Uint8Array): Promise<ReadBackupResult> {
  const outcome = await jobs().run('backup', bytes)
  if (outcome.ok) return outcome.result as ReadBackupResult
  return { ok: false, problem: failure(outcome, 'backup') }
}

export type IntakeOutcome =
  { readonly cancelled: true } | { readonly cancelled: false; readonly entries: IncomingEntry[] }

/**
 * What the board's import makes of one file, read in a worker. The bytes are handed to the
 * worker (the caller loses them) and come back in the entries. A file the worker could not finish
 * is one unreadable entry; only a cancelled one gives nothing.
 */
export async function readIncomingOffThread(
  name: string,
  bytes: Uint8Array,
  signal: AbortSignal,
): Promise<IntakeOutcome> {
  // Hashed before the bytes go: a file the worker never answers for still needs its SHA-256.
  const sha256 = await sha256Hex(bytes)
  const kept = new Blob([bytes as Uint8Array<ArrayBuffer>])
  const outcome = await jobs().run('intake', bytes, { name, signal, transfer: true })
  if (outcome.ok) return { cancelled: false, entries: outcome.result as IncomingEntry[] }
  if (outcome.reason === 'cancelled') return { cancelled: true }
  const what = /\.eml$/i.test(name) ? 'message' : 'workbook'
  return {
    cancelled: false,
    entries: [
      {
        name,
        sha256,
        check: { outcome: 'unreadable', reasons: [failure(outcome, what)] },
        bytes: new Uint8Array(await kept.arrayBuffer()),
      },
    ],
  }
}

/** How many files the import hands to the workers at a time: enough to keep every one busy. */
export function intakeConcurrency(): number {
  return jobs().size * 2
}
