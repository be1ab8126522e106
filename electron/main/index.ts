// The desktop host: one window showing the renderer from app://, with everything that could
// reach outside the app switched off. The work itself happens in the renderer and in shared/.
import { join } from 'node:path'
import { app, BrowserWindow, Menu, session } from 'electron'
import { installAppProtocol, registerAppScheme } from './app-protocol'
import { registerIpcHandlers } from './handlers'
import { applicationMenuTemplate } from './menu'
import {
  denyAllPermissions,
  hardenWebContents,
  pinUserDataDirectory,
  rendererEntryUrl,
} from './security'
import { mainWindowOptions } from './window'

// Both before 'ready': Chromium reads scheme privileges and the profile folder at start-up.
pinUserDataDirectory()
registerAppScheme()

// Two copies would share one IndexedDB; the second one hands over to the first and quits.
if (!app.requestSingleInstanceLock()) app.quit()

// The build puts main, preload and renderer side by side under out/.
const preloadPath = join(import.meta.dirname, '../preload/index.cjs')
const rendererDir = join(import.meta.dirname, '../renderer')

function createWindow(): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions({ preloadPath, isPackaged: app.isPackaged }))
  window.once('ready-to-show', () => window.show())
  window
    .loadURL(rendererEntryUrl())
    .catch((error: unknown) => console.error('Could not load the app page', error))
  return window
}

app.on('second-instance', () => {
  const [window] = BrowserWindow.getAllWindows()
  if (!window) return
  if (window.isMinimized()) window.restore()
  window.focus()
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})

app.on('activate', () => {
  if (BrowserWindow.getAllWindows().length === 0) createWindow()
})

hardenWebContents()

app
  .whenReady()
  .then(() => {
    installAppProtocol(rendererDir)
    denyAllPermissions(session.defaultSession)
    registerIpcHandlers()
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        applicationMenuTemplate({ isMac: process.platform === 'darwin', isDev: !app.isPackaged }),
      ),
    )
    createWindow()
  })
  .catch((error: unknown) => {
    console.error('Allied Pipeline could not start', error)
    app.exit(1)
  })
