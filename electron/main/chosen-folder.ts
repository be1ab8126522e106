// The desktop's folder dialog for the board's import: main walks the folder chosen (to a bounded
// depth and count, never following links), keeps each taken file's path under a random id for the
// window that asked, and reads a file only when the renderer asks for it by id — so a folder of
// hundreds of replies is never read up front, and the renderer never sees or names a path.
import { randomUUID } from 'node:crypto'
import { basename } from 'node:path'
import { BrowserWindow, dialog, type IpcMainInvokeEvent } from 'electron'
import { MAX_OPEN_FILE_BYTES, type ChosenFolder } from '../../shared/ipc/contract'
import { FolderTooLargeError, filesInFolder } from '../node/folder-files'
import { readFileWithinLimit } from './handlers'
import { UserFacingError } from './ipc'

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
  const files = await filesInFolder(root).catch((error: unknown) => {
    throw error instanceof FolderTooLargeError ? new UserFacingError(error.message) : error
  })
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
