// Reading a batch of files staff brought in: each file is read from disk only when a worker is
// about to take it, so a batch of hundreds never sits in memory twice, and the verification
// workers are kept busy without queueing the whole batch at once. Every file ends in entries (a
// saved message gives one per attachment); one bad file never stops the others. Cancel stops
// at once: what was checked so far stays, the rest is not read.
import { MAX_OPEN_FILE_BYTES, oversizedFileMessage } from '../../../shared/ipc/contract'
import type { IncomingEntry } from '../../../shared/intake/incoming'
import type { IncomingFile } from '../../../shared/intake/statuses'

/** Hex SHA-256 of zero bytes. */
export const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'

/** A file chosen, dropped or found in a folder, not read yet. */
export interface SourceFile {
  /** As staff know it; a folder's files carry their path inside it ("replies/AHWG_….xlsx"). */
  readonly name: string
  /** Asked for only to say how large a refused file is: reading a File's size can be slow. */
  readonly size: number
  /** Its bytes, or null when there are more than `maxBytes` (the rest is not read). */
  bytes(maxBytes: number): Promise<Uint8Array | null>
}

/** One workbook of the batch: what the statuses are decided on, and its bytes for Merge. */
export interface BatchEntry extends IncomingFile {
  readonly bytes: Uint8Array
}

export type ReadOutcome =
  | { readonly cancelled: true }
  | { readonly cancelled: false; readonly entries: readonly IncomingEntry[] }

export type ReadIncoming = (
  name: string,
  bytes: Uint8Array,
  signal: AbortSignal,
) => Promise<ReadOutcome>

export interface ReadBatchOptions {
  readonly read: ReadIncoming
  /** How many files are handed to the workers at a time (a few more than there are workers). */
  readonly concurrency: number
  readonly signal: AbortSignal
  /** Called as files finish, in no fixed order: the entries of one file, and the files done. */
  readonly onFile: (entries: readonly BatchEntry[], done: number) => void
  readonly maxBytes?: number
}

/** Reads every file; resolves once all are done, or at once when cancelled. */
export async function readBatch(
  files: readonly SourceFile[],
  { read, concurrency, signal, onFile, maxBytes = MAX_OPEN_FILE_BYTES }: ReadBatchOptions,
): Promise<{ readonly cancelled: boolean }> {
  let next = 0
  let done = 0
  const one = async (index: number, file: SourceFile): Promise<boolean> => {
    const outcome = await readOne(file, read, signal, maxBytes)
    if (outcome.cancelled || signal.aborted) return false
    done++
    onFile(
      outcome.entries.map((entry, part) => ({
        ...entry,
        id: outcome.entries.length === 1 ? `${index}` : `${index}.${part}`,
      })),
      done,
    )
    return true
  }
  const lane = async () => {
    while (next < files.length && !signal.aborted) {
      const index = next++
      if (!(await one(index, files[index]!))) return
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, lane))
  return { cancelled: signal.aborted }
}

async function readOne(
  file: SourceFile,
  read: ReadIncoming,
  signal: AbortSignal,
  maxBytes: number,
): Promise<ReadOutcome> {
  let bytes: Uint8Array | null
  try {
    bytes = await file.bytes(maxBytes)
  } catch {
    return unreadable(
      file,
      `${file.name} could not be read from the disk (it may have been moved or deleted since it was chosen).`,
    )
  }
  if (!bytes) return unreadable(file, oversizedFileMessage(file.name, file.size))
  return read(file.name, bytes, signal)
}

function unreadable(file: SourceFile, reason: string): ReadOutcome {
  return {
    cancelled: false,
    entries: [
      {
        name: file.name,
        // Never read (too large, or gone): the SHA-256 of the nothing that was read, so that the
        // audit log still holds a well-formed digest and no one takes it for the file's.
        sha256: EMPTY_SHA256,
        check: { outcome: 'unreadable', reasons: [reason] },
        bytes: new Uint8Array(0),
      },
    ],
  }
}
