// The one window's options. Everything that lets a page reach past its sandbox is off, stated
// here rather than left to Electron's defaults, so that electron/main/packaging.test.ts can
// read it and fail if any is loosened.
import type { BrowserWindowConstructorOptions } from 'electron'

export function mainWindowOptions(options: {
  preloadPath: string
  isPackaged: boolean
}): BrowserWindowConstructorOptions {
  return {
    title: 'Allied Pipeline',
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    webPreferences: {
      preload: options.preloadPath,
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
      devTools: !options.isPackaged,
    },
  }
}
