import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => ({
  app: { isPackaged: true, getPath: vi.fn(() => '/home/a/.config'), setPath: vi.fn(), on: vi.fn() },
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}))
vi.mock('electron', () => electron)

import type { Session, WebContents } from 'electron'
import {
  denyAllPermissions,
  hardenWebContents,
  isTrustedUrl,
  originOf,
  pinUserDataDirectory,
  rendererEntryUrl,
} from './security'

beforeEach(() => {
  electron.app.isPackaged = true
  vi.unstubAllEnvs()
})

describe('pinUserDataDirectory', () => {
  it('puts userData in a fixed "Allied Pipeline" folder under appData', () => {
    pinUserDataDirectory()
    expect(electron.app.getPath).toHaveBeenCalledWith('appData')
    expect(electron.app.setPath).toHaveBeenCalledWith(
      'userData',
      join('/home/a/.config', 'Allied Pipeline'),
    )
  })
})

describe('origins', () => {
  it('builds origins by hand, since Node says "null" for app://', () => {
    expect(originOf('app://allied-pipeline/index.html')).toBe('app://allied-pipeline')
    expect(originOf('http://localhost:5173/board')).toBe('http://localhost:5173')
    expect(originOf('file:///C:/x.html')).toBeNull()
    expect(originOf('not a url')).toBeNull()
  })

  it('loads and trusts app:// in a packaged app, even if the dev variable is set', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173')
    expect(rendererEntryUrl()).toBe('app://allied-pipeline/')
    expect(isTrustedUrl('app://allied-pipeline/')).toBe(true)
    expect(isTrustedUrl('http://localhost:5173/')).toBe(false)
  })

  it('loads and trusts the dev server in development', () => {
    electron.app.isPackaged = false
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173')
    expect(rendererEntryUrl()).toBe('http://localhost:5173')
    expect(isTrustedUrl('http://localhost:5173/#/board')).toBe(true)
  })
})

describe('hardenWebContents', () => {
  it('denies leaving the app by navigation or redirect, new windows and webviews', () => {
    hardenWebContents()
    const [[eventName, onCreated]] = electron.app.on.mock.calls as [
      [string, (e: unknown, c: WebContents) => void],
    ]
    expect(eventName).toBe('web-contents-created')

    const listeners = new Map<
      string,
      (event: { url?: string; preventDefault: () => void }) => void
    >()
    let windowOpenHandler: (() => unknown) | undefined
    const contents = {
      on: (name: string, listener: (event: { url?: string; preventDefault: () => void }) => void) =>
        listeners.set(name, listener),
      setWindowOpenHandler: (handler: () => unknown) => (windowOpenHandler = handler),
    }
    onCreated({}, contents as unknown as WebContents)

    const attempt = (name: string, url?: string): boolean => {
      const preventDefault = vi.fn()
      listeners.get(name)?.({ ...(url === undefined ? {} : { url }), preventDefault })
      return preventDefault.mock.calls.length > 0
    }
    expect(attempt('will-navigate', 'https://example.com/')).toBe(true)
    expect(attempt('will-navigate', 'file:///etc/passwd')).toBe(true)
    expect(attempt('will-frame-navigate', 'https://example.com/')).toBe(true)
    expect(attempt('will-navigate', 'app://allied-pipeline/')).toBe(false)
    expect(attempt('will-redirect', 'https://example.com/')).toBe(true)
    expect(attempt('will-redirect', 'http://127.0.0.1:8080/')).toBe(true)
    expect(attempt('will-redirect', 'app://allied-pipeline/index.html')).toBe(false)
    expect(attempt('will-frame-navigate', 'app://allied-pipeline/')).toBe(false)
    expect(attempt('will-attach-webview')).toBe(true)
    expect(windowOpenHandler?.()).toEqual({ action: 'deny' })
  })
})

describe('denyAllPermissions', () => {
  it('answers no to every permission request and check', () => {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    }
    denyAllPermissions(session as unknown as Session)
    const [[request]] = session.setPermissionRequestHandler.mock.calls as [
      [(...a: unknown[]) => void],
    ]
    const callback = vi.fn()
    request({}, 'notifications', callback)
    expect(callback).toHaveBeenCalledWith(false)
    const [[check]] = session.setPermissionCheckHandler.mock.calls as [[() => boolean]]
    expect(check()).toBe(false)
    const [[device]] = session.setDevicePermissionHandler.mock.calls as [[() => boolean]]
    expect(device()).toBe(false)
  })
})
