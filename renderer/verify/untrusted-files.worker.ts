// The module Web Worker that reads files someone else made: signed workbooks to verify, files
// brought into the board's import (workbooks and saved e-mail messages), and backups to restore.
// It answers each request with the plain result object the same functions give on the main
// thread; renderer/verify/off-thread.ts decides what a timeout means.
import { readBackup } from '../backup/backup'
import { readIncoming } from '../../shared/intake/incoming'
import { verifyWorkbook } from '../../shared/workbook/verify'
import type { JobReply, JobRequest } from './worker-jobs'

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<JobRequest>) => void) | null
  postMessage(message: JobReply, transfer?: Transferable[]): void
}

function work({ kind, bytes, name }: JobRequest): Promise<unknown> {
  switch (kind) {
    case 'verify':
      return verifyWorkbook(bytes)
    case 'backup':
      return Promise.resolve(readBackup(bytes))
    case 'intake':
      return readIncoming(name ?? 'file.xlsx', bytes)
  }
}

scope.onmessage = (event) => {
  const { id, kind } = event.data
  void work(event.data).then((result) => {
    // The import's entries carry each workbook's bytes back: hand them over, do not copy them.
    const transfer =
      kind === 'intake'
        ? [
            ...new Set(
              (result as { bytes: Uint8Array }[])
                .map((entry) => entry.bytes.buffer)
                .filter((b): b is ArrayBuffer => b instanceof ArrayBuffer),
            ),
          ]
        : []
    scope.postMessage({ id, result }, transfer)
  })
}
