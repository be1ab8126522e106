// The module Web Worker that reads files someone else made: signed workbooks to verify and
// backups to restore. It answers each request with the plain result object the same functions
// give on the main thread; renderer/verify/off-thread.ts decides what a timeout means.
import { readBackup } from '../backup/backup'
import { verifyWorkbook } from '../../shared/workbook/verify'
import type { JobReply, JobRequest } from './worker-jobs'

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<JobRequest>) => void) | null
  postMessage(message: JobReply): void
}

scope.onmessage = (event) => {
  const { id, kind, bytes } = event.data
  const work = kind === 'verify' ? verifyWorkbook(bytes) : Promise.resolve(readBackup(bytes))
  void work.then((result) => scope.postMessage({ id, result }))
}
