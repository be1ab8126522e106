// A folder of replies walked on disk, for the desktop's folder dialog and for
// `allied-pipeline merge FOLDER`: the same files in the same order as the app takes from a folder
// (the rule is shared/intake/folder-files.ts), to a bounded depth and count, links never followed.
import type { Dirent } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import {
  FOLDER_LIMITS,
  byPath,
  folderTooLargeMessage,
  isTakenFromFolder,
} from '../../shared/intake/folder-files'

export interface FolderFile {
  /** Inside the folder, "/" between parts: "late/AHWG_….xlsx". */
  readonly name: string
  readonly path: string
  readonly size: number
}

/** A folder far larger than a cycle's replies; the message says which folder to choose instead. */
export class FolderTooLargeError extends Error {
  override readonly name = 'FolderTooLargeError'
}

/** The workbooks and saved messages in `root` and its folders, in path order. */
export async function filesInFolder(root: string): Promise<FolderFile[]> {
  const taken: FolderFile[] = []
  let seen = 0
  const walk = async (folder: string, inside: string, depth: number): Promise<void> => {
    let entries: Dirent[]
    try {
      entries = await readdir(folder, { withFileTypes: true })
    } catch {
      return // a folder we may not read (system folders on Windows) gives nothing
    }
    seen += entries.length
    if (seen > FOLDER_LIMITS.entries)
      throw new FolderTooLargeError(folderTooLargeMessage(basename(root)))
    for (const entry of entries) {
      const name = inside === '' ? entry.name : `${inside}/${entry.name}`
      const path = join(folder, entry.name)
      // Links are not followed: a link could lead out of the folder, or round in a circle.
      if (entry.isSymbolicLink()) continue
      if (entry.isDirectory()) {
        if (depth < FOLDER_LIMITS.depth) await walk(path, name, depth + 1)
      } else if (entry.isFile() && isTakenFromFolder(name)) {
        taken.push({ name, path, size: (await stat(path)).size })
        if (taken.length > FOLDER_LIMITS.files)
          throw new FolderTooLargeError(folderTooLargeMessage(basename(root)))
      }
    }
  }
  await walk(root, '', 0)
  return taken.sort((a, b) => byPath(a.name, b.name))
}
