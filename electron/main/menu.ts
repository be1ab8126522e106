// A plain application menu. The Edit roles matter: without them copy and paste shortcuts do
// not work in text fields on macOS.
import type { MenuItemConstructorOptions } from 'electron'

export function applicationMenuTemplate(options: {
  isMac: boolean
  isDev: boolean
}): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    // Reloading is a developer's tool; every edit is saved at once, but a reload drops what is on screen.
    ...(options.isDev
      ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as const)
      : []),
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ]
  return [
    ...(options.isMac ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    { role: 'windowMenu' },
  ]
}
