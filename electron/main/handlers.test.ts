import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { IpcMainInvokeEvent } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => ({
  app: {
    isPackaged: true,
    getPath: vi.fn(() => '/home/registrar/Documents'),
    getVersion: () => '0.1.0',
  },
  BrowserWindow: { fromWebContents: vi.fn(() => null) },
  dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
  ipcMain: { handle: vi.fn() },
}))
vi.mock('electron', () => electron)

import { MAX_OPEN_FILE_BYTES } from '../../shared/ipc/contract'
import { appVersion, openFiles, readFileWithinLimit, saveFile } from './handlers'
import { UserFacingError } from './ipc'

const event = { sender: {} } as IpcMainInvokeEvent
const workbooks = [{ name: 'Excel workbook', extensions: ['xlsx'] }]
let folder: string

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'allied-pipeline-handlers-'))
  electron.dialog.showSaveDialog.mockReset()
  electron.dialog.showOpenDialog.mockReset()
})

afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

describe('saveFile', () => {
  it('suggests the name in Documents with the filters, then writes the bytes where the user chose', async () => {
    const target = join(folder, 'stcc.xlsx')
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target })
    const result = await saveFile(event, {
      suggestedName: 'stcc.xlsx',
      bytes: new Uint8Array([80, 75]),
      filters: workbooks,
    })
    expect(result).toEqual({ saved: true, path: target })
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith({
      defaultPath: join('/home/registrar/Documents', 'stcc.xlsx'),
      filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }],
    })
    expect([...(await readFile(target))]).toEqual([80, 75])
    expect(await readdir(folder)).toEqual(['stcc.xlsx'])
  })

  it('writes nothing when the user cancels', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' })
    expect(
      await saveFile(event, { suggestedName: 'a.json', bytes: new Uint8Array(), filters: [] }),
    ).toEqual({ saved: false })
    expect(await readdir(folder)).toEqual([])
  })
})

describe('openFiles', () => {
  it('returns the name and bytes of each picked file, never its folder', async () => {
    await writeFile(join(folder, 'a.xlsx'), 'A')
    await writeFile(join(folder, 'b.xlsx'), 'BB')
    electron.dialog.showOpenDialog.mockResolvedValue({
      canceled: false,
      filePaths: [join(folder, 'a.xlsx'), join(folder, 'b.xlsx')],
    })
    const files = await openFiles(event, { filters: workbooks, multiple: true })
    expect(files.map((file) => [file.name, file.bytes.byteLength])).toEqual([
      ['a.xlsx', 1],
      ['b.xlsx', 2],
    ])
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith({
      properties: ['openFile', 'multiSelections'],
      filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }],
    })
  })

  it('returns an empty list when the user cancels', async () => {
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] })
    expect(await openFiles(event, { filters: [], multiple: false })).toEqual([])
  })

  it('refuses a file over the limit with a message naming it', async () => {
    const big = join(folder, 'huge.xlsx')
    await writeFile(big, new Uint8Array(MAX_OPEN_FILE_BYTES + 1))
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [big] })
    const refusal = openFiles(event, { filters: workbooks, multiple: false })
    await expect(refusal).rejects.toBeInstanceOf(UserFacingError)
    await expect(refusal).rejects.toThrow(/“huge\.xlsx” is 25.1 MB, more than the 25 MB allowed/)
  })
})

describe('readFileWithinLimit', () => {
  it('reads a file at the limit and refuses one byte more', async () => {
    const file = join(folder, 'edge.bin')
    await writeFile(file, new Uint8Array(10))
    expect((await readFileWithinLimit(file, 10)).byteLength).toBe(10)
    await expect(readFileWithinLimit(file, 9)).rejects.toBeInstanceOf(UserFacingError)
  })
})

describe('appVersion', () => {
  it('reports the app, Electron and Chromium versions', () => {
    expect(appVersion()).toMatchObject({ version: '0.1.0' })
  })
})
