import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { IpcMainInvokeEvent } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => ({
  app: { isPackaged: true, getPath: vi.fn(() => '/tmp'), getVersion: () => '0.1.0' },
  BrowserWindow: { fromWebContents: vi.fn(() => null) },
  dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
  ipcMain: { handle: vi.fn() },
}))
vi.mock('electron', () => electron)

import { FOLDER_LIMITS } from '../../shared/intake/folder-files'
import { chooseFolder, readChosenFile } from './chosen-folder'
import { UserFacingError } from './ipc'

let root: string
let outside: string

function windowEvent(id: number): IpcMainInvokeEvent {
  return { sender: { id, once: vi.fn() } } as unknown as IpcMainInvokeEvent
}

async function file(path: string, text: string) {
  await mkdir(join(path, '..'), { recursive: true })
  await writeFile(path, text)
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'allied-pipeline-folder-'))
  outside = await mkdtemp(join(tmpdir(), 'allied-pipeline-outside-'))
  electron.dialog.showOpenDialog.mockReset()
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
  await rm(outside, { recursive: true, force: true })
})

describe('the desktop folder dialog', () => {
  it('lists the workbooks and messages of the folder and its folders, in path order, unread', async () => {
    const replies = join(root, 'replies')
    await file(join(replies, 'b.xlsx'), 'b')
    await file(join(replies, '~$b.xlsx'), 'lock')
    await file(join(replies, 'cover letter.pdf'), 'pdf')
    await file(join(replies, 'late', 'Re figures.eml'), 'eml')
    await file(join(outside, 'secret.xlsx'), 'outside')
    // A link out of the folder is not followed.
    await symlink(outside, join(replies, 'link'))
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [replies] })

    const event = windowEvent(1)
    const choice = await chooseFolder(event)
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith({ properties: ['openDirectory'] })
    if (!choice.chosen) throw new Error('not chosen')
    expect(choice.folder).toBe('replies')
    expect(choice.files.map((f) => [f.name, f.size])).toEqual([
      ['b.xlsx', 1],
      ['late/Re figures.eml', 3],
    ])
    // The renderer reads each by its id, never by a path.
    const bytes = await readChosenFile(event, choice.files[1]!.id)
    expect(new TextDecoder().decode(bytes)).toBe('eml')
  })

  it('reads a file only for the window that chose its folder, and only from the last folder chosen', async () => {
    await file(join(root, 'a.xlsx'), 'a')
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [root] })
    const first = windowEvent(7)
    const choice = await chooseFolder(first)
    if (!choice.chosen) throw new Error('not chosen')
    const id = choice.files[0]!.id
    await expect(readChosenFile(windowEvent(8), id)).rejects.toThrow(
      'That file is no longer part of the folder chosen in this window. Choose the folder again.',
    )
    await chooseFolder(first)
    await expect(readChosenFile(first, id)).rejects.toBeInstanceOf(UserFacingError)
  })

  it('says so in words when a file was removed after the folder was chosen', async () => {
    await file(join(root, 'gone.xlsx'), 'a')
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [root] })
    const event = windowEvent(3)
    const choice = await chooseFolder(event)
    if (!choice.chosen) throw new Error('not chosen')
    await rm(join(root, 'gone.xlsx'))
    await expect(readChosenFile(event, choice.files[0]!.id)).rejects.toThrow(
      '“gone.xlsx” could not be read from the folder (it was moved, deleted or is locked): ENOENT.',
    )
  })

  it('takes nothing from a folder far larger than a cycle’s replies, and says which to choose', async () => {
    const many = join(root, 'Documents')
    await mkdir(many)
    await Promise.all(
      Array.from({ length: FOLDER_LIMITS.files + 1 }, (_, i) =>
        writeFile(join(many, `f${i}.xlsx`), ''),
      ),
    )
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [many] })
    await expect(chooseFolder(windowEvent(4))).rejects.toThrow(
      '“Documents” holds more than 5,000 workbooks and messages (or more than 50,000 files in all), so nothing was taken from it.',
    )
  })

  it('does not walk deeper than the limit', async () => {
    let deep = root
    for (let i = 0; i <= FOLDER_LIMITS.depth + 1; i++) {
      deep = join(deep, `d${i}`)
      await file(join(deep, `at-${i}.xlsx`), 'x')
    }
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [root] })
    const choice = await chooseFolder(windowEvent(5))
    if (!choice.chosen) throw new Error('not chosen')
    expect(choice.files).toHaveLength(FOLDER_LIMITS.depth)
  })

  it('changes nothing when the user cancels', async () => {
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] })
    expect(await chooseFolder(windowEvent(6))).toEqual({ chosen: false })
  })
})
