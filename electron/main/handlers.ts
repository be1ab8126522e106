// What the desktop host does for the renderer: native save and open dialogs, and its version.
// Paths stay here; the renderer only ever sees file names and bytes.
import { randomUUID } from 'node:crypto'
import { open, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import {
  app,
  BrowserWindow,
  dialog,
  type FileFilter as DialogFilter,
  type IpcMainInvokeEvent,
} from 'electron'
import {
  MAX_OPEN_FILE_BYTES,
  oversizedFileMessage,
  type AppVersion,
  type FileFilter,
  type OpenedFile,
  type OpenFilesRequest,
  type SaveFileRequest,
  type SaveFileResult,
} from '../../shared/ipc/contract'
import { chooseFolder, readChosenFile } from './chosen-folder'
import { handleAll, UserFacingError, type IpcHandlers } from './ipc'

function dialogFilters(filters: readonly FileFilter[]): DialogFilter[] {
  return filters.map((filter) => ({ name: filter.name, extensions: [...filter.extensions] }))
}

/** The window that asked, so the dialog is modal to it. */
function askingWindow(event: IpcMainInvokeEvent): BrowserWindow | null {
  return BrowserWindow.fromWebContents(event.sender)
}

/**
 * Writes next to the target and renames over it, so a full disk or a crash never leaves a
 * half-written workbook in place of a good one.
 */
export async function writeFileReplacing(filePath: string, bytes: Uint8Array): Promise<void> {
  const temporary = join(dirname(filePath), `.${basename(filePath)}.${randomUUID()}.tmp`)
  try {
    await writeFile(temporary, bytes)
    await rename(temporary, filePath)
  } catch (error) {
    await rm(temporary, { force: true })
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES') {
      throw new UserFacingError(
        `“${basename(filePath)}” could not be saved: it is open in another program, such as Excel, ` +
          'or the folder is read-only. Close the file or choose another folder, then try again.',
      )
    }
    throw error
  }
}

export async function saveFile(
  event: IpcMainInvokeEvent,
  request: SaveFileRequest,
): Promise<SaveFileResult> {
  const options = {
    defaultPath: join(app.getPath('documents'), request.suggestedName),
    filters: dialogFilters(request.filters),
  }
  const window = askingWindow(event)
  const choice = window
    ? await dialog.showSaveDialog(window, options)
    : await dialog.showSaveDialog(options)
  if (choice.canceled || !choice.filePath) return { saved: false }
  await writeFileReplacing(choice.filePath, request.bytes)
  return { saved: true, path: choice.filePath }
}

/** Reads a file, refusing it before reading when it is over `limit` bytes. */
export async function readFileWithinLimit(
  filePath: string,
  limit: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const file = await open(filePath, 'r')
  try {
    const { size } = await file.stat()
    if (size > limit) throw new UserFacingError(oversizedFileMessage(basename(filePath), size))
    const bytes = await file.readFile()
    // The file may have grown between stat and read.
    if (bytes.byteLength > limit)
      throw new UserFacingError(oversizedFileMessage(basename(filePath), bytes.byteLength))
    return new Uint8Array(bytes)
  } finally {
    await file.close()
  }
}

export async function openFiles(
  event: IpcMainInvokeEvent,
  request: OpenFilesRequest,
): Promise<OpenedFile[]> {
  const options: Electron.OpenDialogOptions = {
    properties: request.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
    filters: dialogFilters(request.filters),
  }
  const window = askingWindow(event)
  const choice = window
    ? await dialog.showOpenDialog(window, options)
    : await dialog.showOpenDialog(options)
  if (choice.canceled) return []
  const files: OpenedFile[] = []
  for (const filePath of choice.filePaths) {
    files.push({
      name: basename(filePath),
      bytes: await readFileWithinLimit(filePath, MAX_OPEN_FILE_BYTES),
    })
  }
  return files
}

export function appVersion(): AppVersion {
  return {
    version: app.getVersion(),
    electron: process.versions.electron,
    chrome: process.versions.chrome,
  }
}

export const ipcHandlers: IpcHandlers = {
  saveFile,
  openFiles,
  chooseFolder,
  readChosenFile,
  appVersion,
}

export function registerIpcHandlers(): void {
  handleAll(ipcHandlers)
}
