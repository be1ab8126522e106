import type { IpcMainInvokeEvent } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => ({
  app: { isPackaged: true },
  ipcMain: { handle: vi.fn() },
}))
vi.mock('electron', () => electron)

import { ipcChannels } from '../../shared/ipc/contract'
import { handle, handleAll, respond, UserFacingError, type IpcHandler } from './ipc'

function eventFrom(url: string | undefined): IpcMainInvokeEvent {
  return { senderFrame: url === undefined ? null : { url } } as unknown as IpcMainInvokeEvent
}

const fromApp = eventFrom('app://allied-pipeline/index.html')
const saveRequest = { suggestedName: 'report.xlsx', bytes: new Uint8Array([1]), filters: [] }

beforeEach(() => {
  electron.app.isPackaged = true
  electron.ipcMain.handle.mockReset()
  vi.unstubAllEnvs()
  vi.spyOn(console, 'warn').mockImplementation(() => undefined)
})

describe('respond', () => {
  it('passes parsed arguments to the handler and returns its result', async () => {
    const impl = vi.fn<IpcHandler<'file:save'>>(() => ({ saved: true, path: '/tmp/report.xlsx' }))
    const outcome = await respond(ipcChannels.saveFile, impl, fromApp, [saveRequest])
    expect(outcome).toEqual({ ok: true, value: { saved: true, path: '/tmp/report.xlsx' } })
    expect(impl).toHaveBeenCalledWith(fromApp, saveRequest)
  })

  it('refuses arguments that do not match the contract, without calling the handler', async () => {
    const impl = vi.fn<IpcHandler<'file:save'>>()
    const outcome = await respond(ipcChannels.saveFile, impl, fromApp, [
      { ...saveRequest, suggestedName: '../x' },
    ])
    expect(outcome.ok).toBe(false)
    expect(outcome.ok === false && outcome.message).toMatch(/invalid file:save request/)
    expect(await respond(ipcChannels.saveFile, impl, fromApp, [])).toMatchObject({ ok: false })
    expect(impl).not.toHaveBeenCalled()
  })

  it.each([
    ['a web page', 'https://example.com/'],
    ['a local file', 'file:///C:/Users/a/evil.html'],
    ['another app:// host', 'app://evil/index.html'],
    ['a dev server in a packaged app', 'http://localhost:5173/'],
    ['a frame that is gone', undefined],
  ])('refuses a call from %s', async (_what, url) => {
    const impl = vi.fn<IpcHandler<'app:version'>>()
    const outcome = await respond(ipcChannels.appVersion, impl, eventFrom(url), [])
    expect(outcome.ok).toBe(false)
    expect(outcome.ok === false && outcome.message).toMatch(
      /did not come from the Allied Pipeline window/,
    )
    expect(impl).not.toHaveBeenCalled()
    expect(console.warn).toHaveBeenCalledWith(expect.stringMatching(/IPC app:version refused/))
  })

  it('accepts the dev server only in development', async () => {
    electron.app.isPackaged = false
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173')
    const impl: IpcHandler<'app:version'> = () => ({ version: '1', electron: '45', chrome: '140' })
    expect(
      await respond(ipcChannels.appVersion, impl, eventFrom('http://localhost:5173/'), []),
    ).toMatchObject({ ok: true })
    expect(
      await respond(ipcChannels.appVersion, impl, eventFrom('http://localhost:5174/'), []),
    ).toMatchObject({ ok: false })
  })

  it('sends a user-facing refusal as it is, and an unexpected failure with context', async () => {
    const refusing: IpcHandler<'file:open'> = () => {
      throw new UserFacingError('“big.xlsx” is too large')
    }
    expect(
      await respond(ipcChannels.openFiles, refusing, fromApp, [{ filters: [], multiple: false }]),
    ).toEqual({
      ok: false,
      message: '“big.xlsx” is too large',
    })
    const failing: IpcHandler<'file:open'> = () => Promise.reject(new Error('disk on fire'))
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    expect(
      await respond(ipcChannels.openFiles, failing, fromApp, [{ filters: [], multiple: false }]),
    ).toEqual({
      ok: false,
      message: 'Something went wrong in the desktop app: disk on fire',
    })
  })

  it('strips fields the contract does not declare from the result', async () => {
    const leaky = (() => ({
      version: '1',
      electron: '45',
      chrome: '140',
      home: '/home/a',
    })) as IpcHandler<'app:version'>
    expect(await respond(ipcChannels.appVersion, leaky, fromApp, [])).toEqual({
      ok: true,
      value: { version: '1', electron: '45', chrome: '140' },
    })
  })
})

describe('handle', () => {
  it('registers the channel with ipcMain and answers through respond', async () => {
    handle(ipcChannels.appVersion, () => ({ version: '1', electron: '45', chrome: '140' }))
    const [[channel, listener]] = electron.ipcMain.handle.mock.calls as [
      [string, (...a: unknown[]) => unknown],
    ]
    expect(channel).toBe('app:version')
    expect(await listener(eventFrom('https://example.com/'))).toMatchObject({ ok: false })
    expect(await listener(fromApp)).toMatchObject({ ok: true })
  })

  it('handleAll registers every channel of the contract', () => {
    const unused = () => Promise.reject(new Error('not called'))
    handleAll({
      saveFile: unused,
      openFiles: unused,
      chooseFolder: unused,
      readChosenFile: unused,
      appVersion: unused,
    })
    const registered = electron.ipcMain.handle.mock.calls.map(([channel]) => channel as string)
    expect(registered.sort()).toEqual(Object.values(ipcChannels).sort())
  })
})
