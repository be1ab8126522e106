// What a partner installs: the electron-builder configuration (targets, identity, icons, fuses)
// and the options of the window the app really opens. Each expectation is the strict value, so
// loosening any of them (a fuse turned on, the sandbox off, an icon missing) fails here.
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import type { BrowserWindowConstructorOptions } from 'electron'
import { describe, expect, test, vi } from 'vitest'
import config from '../../electron-builder'
import { pngDimensions } from '../../scripts/icon-files'
import { USER_DATA_DIRECTORY_NAME } from './security'

const created = vi.hoisted(() => [] as BrowserWindowConstructorOptions[])
const electron = vi.hoisted(() => {
  class BrowserWindow {
    static getAllWindows = () => []
    static fromWebContents = () => null
    constructor(options: BrowserWindowConstructorOptions) {
      created.push(options)
    }
    once() {}
    loadURL() {
      return Promise.resolve()
    }
  }
  const handlers = { setPermissionRequestHandler() {}, setPermissionCheckHandler() {} }
  return {
    app: {
      isPackaged: true,
      getPath: () => '/home/registrar/.config',
      setPath() {},
      requestSingleInstanceLock: () => true,
      quit() {},
      exit() {},
      on() {},
      whenReady: () => Promise.resolve(),
    },
    BrowserWindow,
    Menu: { buildFromTemplate: () => ({}), setApplicationMenu() {} },
    protocol: { registerSchemesAsPrivileged() {}, handle() {} },
    session: { defaultSession: { ...handlers, setDevicePermissionHandler() {} } },
    ipcMain: { handle() {} },
    dialog: {},
  }
})
vi.mock('electron', () => electron)

const root = new URL('../../', import.meta.url)
const packageJson = JSON.parse(await readFile(new URL('package.json', root), 'utf8')) as {
  productName: string
}
const resource = (path: string) => readFile(new URL(path, root))

describe('the installers', () => {
  test('one per system: Windows NSIS, macOS dmg, Linux AppImage', () => {
    expect(config.win.target).toEqual(['nsis'])
    expect(config.mac.target).toEqual(['dmg'])
    expect(config.linux.target).toEqual(['AppImage'])
  })

  test('carry the product’s name and a fixed id, and the data folder keeps the same name', () => {
    expect(config.productName).toBe('Allied Pipeline')
    expect(config.productName).toBe(packageJson.productName)
    expect(config.productName).toBe(USER_DATA_DIRECTORY_NAME)
    expect(config.appId).toBe('org.masshirehampden.allied-pipeline')
  })

  test('install per user without administrator rights, and never delete the figures', () => {
    expect(config.nsis).toMatchObject({ perMachine: false, deleteAppDataOnUninstall: false })
  })

  test('hold the built app from its asar archive only: no sources, no node_modules', () => {
    expect(config.asar).toBe(true)
    expect(config.files).toEqual([
      'out/main/**',
      'out/preload/**',
      'out/renderer/**',
      'package.json',
      '!node_modules/**',
    ])
  })

  test('flip every fuse a data-collection app does not need', () => {
    expect(config.electronFuses).toStrictEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
      loadBrowserProcessSpecificV8Snapshot: false,
    })
  })
})

describe('the icons (made by npm run icons from resources/icon.svg)', () => {
  test('Linux: a 512 × 512 PNG', async () => {
    expect(config.linux.icon).toBe('resources/icon.png')
    expect(pngDimensions(await resource(config.linux.icon))).toEqual({ width: 512, height: 512 })
  })

  test('Windows and the NSIS installer: an .ico up to 256 × 256', async () => {
    expect(
      new Set([config.win.icon, config.nsis.installerIcon, config.nsis.uninstallerIcon]),
    ).toEqual(new Set(['resources/icon.ico']))
    const ico = await resource(config.win.icon)
    expect([...ico.subarray(0, 4)]).toEqual([0, 0, 1, 0])
    const count = ico.readUInt16LE(4)
    const widths = Array.from({ length: count }, (_, i) => ico[6 + 16 * i] || 256)
    expect(widths).toEqual([16, 24, 32, 48, 64, 128, 256])
    for (let i = 0; i < count; i++) {
      const size = ico.readUInt32LE(6 + 16 * i + 8)
      const offset = ico.readUInt32LE(6 + 16 * i + 12)
      const png = ico.subarray(offset, offset + size)
      expect(pngDimensions(png).width).toBe(widths[i])
    }
  })

  test('macOS and the dmg: an .icns up to 1024 × 1024', async () => {
    expect(config.mac.icon).toBe('resources/icon.icns')
    expect(config.dmg.icon).toBe('resources/icon.icns')
    const icns = await resource(config.mac.icon)
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns')
    expect(icns.readUInt32BE(4)).toBe(icns.length)
    const types = new Map<string, { width: number }>()
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
      const length = icns.readUInt32BE(at + 4)
      types.set(
        icns.subarray(at, at + 4).toString('latin1'),
        pngDimensions(icns.subarray(at + 8, at + length)),
      )
    }
    expect(types.get('ic10')?.width).toBe(1024)
    expect(types.get('ic09')?.width).toBe(512)
    expect(types.get('ic07')?.width).toBe(128)
  })
})

describe('the window the app opens', () => {
  test('is sandboxed and isolated, with nothing that reaches past the page', async () => {
    await import('./index')
    await vi.waitFor(() => expect(created).toHaveLength(1))
    const [options] = created
    expect(options?.webPreferences?.preload).toBe(
      fileURLToPath(new URL('../preload/index.cjs', import.meta.url)),
    )
    expect({ ...options?.webPreferences, preload: undefined }).toStrictEqual({
      preload: undefined,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // A packaged app has no developer tools.
      devTools: false,
    })
  })
})
