// The desktop's folder dialog for the board's import: main walks the folder chosen (to a bounded
// depth and count, never following links), keeps each taken file's path under a random id for the
// window that asked, and reads a file only when the renderer asks for it by id — so a folder of
// hundreds of replies is never read up front, and the renderer never sees or names a path.
import { randomUUID } from 'node:crypto'
import type { Dirent } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { BrowserWindow, dialog, type IpcMainInvokeEvent } from 'electron'
import {
  FOLDER_LIMITS,
  byPath,
  folderTooLargeMessage,
  isTakenFromFolder,
} from '../../shared/intake/folder-files'
import { MAX_OPEN_FILE_BYTES, type ChosenFolder } from '../../shared/ipc/contract'
import { readFileWithinLimit } from './handlers'
import { UserFacingError } from './ipc'

export interface FolderFile {
  /** Inside the folder, "/" between parts: "late/AHWG_….xlsx". */
  readonly name: string
  readonly path: string
  readonly size: number
}

class FolderTooLarge extends Error {}

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
    if (seen > FOLDER_LIMITS.entries) throw new FolderTooLarge()
    for (const entry of entries) {
      const name = inside === '' ? entry.name : `${inside}/${entry.name}`
      const path = join(folder, entry.name)
      // Links are not followed: a link could lead out of the folder, or round in a circle.
      if (entry.isSymbolicLink()) continue
      if (entry.isDirectory()) {
        if (depth < FOLDER_LIMITS.depth) await walk(path, name, depth + 1)
      } else if (entry.isFile() && isTakenFromFolder(name)) {
        taken.push({ name, path, size: (await stat(path)).size })
        if (taken.length > FOLDER_LIMITS.files) throw new FolderTooLarge()
      }
    }
  }
  try {
    await walk(root, '', 0)
  } catch (error) {
    if (error instanceof FolderTooLarge)
      throw new UserFacingError(folderTooLargeMessage(basename(root)))
    throw error
  }
  return taken.sort((a, b) => byPath(a.name, b.name))
}

/** Per window (webContents id): the files of the folder it chose last, by id. */
const chosen = new Map<number, Map<string, string>>()

export async function chooseFolder(event: IpcMainInvokeEvent): Promise<ChosenFolder> {
  const options: Electron.OpenDialogOptions = { properties: ['openDirectory'] }
  const window = BrowserWindow.fromWebContents(event.sender)
  const choice = window
    ? await dialog.showOpenDialog(window, options)
    : await dialog.showOpenDialog(options)
  const root = choice.filePaths[0]
  if (choice.canceled || root === undefined) return { chosen: false }
  const files = await filesInFolder(root)
  const ids = new Map<string, string>()
  const listed = files.map((file) => {
    const id = randomUUID()
    ids.set(id, file.path)
    return { id, name: file.name, size: file.size }
  })
  const sender = event.sender
  if (!chosen.has(sender.id)) sender.once('destroyed', () => chosen.delete(sender.id))
  chosen.set(sender.id, ids)
  return { chosen: true, folder: basename(root), files: listed }
}

export async function readChosenFile(
  event: IpcMainInvokeEvent,
  id: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const path = chosen.get(event.sender.id)?.get(id)
  if (path === undefined) {
    throw new UserFacingError(
      'That file is no longer part of the folder chosen in this window. Choose the folder again.',
    )
  }
  try {
    return await readFileWithinLimit(path, MAX_OPEN_FILE_BYTES)
  } catch (error) {
    if (error instanceof UserFacingError) throw error
    throw new UserFacingError(
      `“${basename(path)}” could not be read from the folder (it was moved, deleted or is locked): ${(error as NodeJS.ErrnoException).code ?? 'read error'}.`,
    )
  }
}
