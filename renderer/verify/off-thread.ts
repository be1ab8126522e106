// The app's way to read an untrusted file: in the one reused Web Worker, under its time limit.
// A file that runs past the limit, or kills its worker, is a refusal like any other; the next
// file gets a fresh worker and is checked normally.
import type { VerificationResult } from '../../shared/workbook/verify'
import type { ReadBackupResult } from '../backup/backup'
import {
  createJobRunner,
  TIME_LIMIT_MS,
  type JobOutcome,
  type JobRunner,
  type WorkerLike,
} from './worker-jobs'

let runner: JobRunner | null = null

function jobs(): JobRunner {
  runner ??= createJobRunner(
    () =>
      new Worker(new URL('./untrusted-files.worker.ts', import.meta.url), {
        type: 'module',
      }) as unknown as WorkerLike,
  )
  return runner
}

const seconds = `${TIME_LIMIT_MS / 1000} s`

function failure(outcome: Extract<JobOutcome, { ok: false }>, what: string): string {
  return outcome.reason === 'time'
    ? `The ${what} took longer than ${seconds} to read; it was not opened.`
    : `The ${what} could not be read: reading it used more memory than this window allows; it was not opened.`
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
