// Everything that keeps the window inside the app: a pinned data folder, which origins count as
// the app's own page, no navigation away, no new windows or webviews, no permissions.
import { join } from 'node:path'
import { app, type Session } from 'electron'
import { APP_ORIGIN } from './app-protocol'

/** The folder under appData that holds the app's data, independent of the product's name. */
export const USER_DATA_DIRECTORY_NAME = 'Allied Pipeline'

/**
 * Must run before the app is ready. Electron derives userData from the app's name, so a
 * renamed or rebranded build would otherwise start with an empty database.
 */
export function pinUserDataDirectory(): void {
  app.setPath('userData', join(app.getPath('appData'), USER_DATA_DIRECTORY_NAME))
}

/** electron-vite dev sets this to its dev server; ignored in a packaged app. */
function devServerUrl(): string | undefined {
  return app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL']
}

/** Where the window loads the renderer from. */
export function rendererEntryUrl(): string {
  return devServerUrl() ?? `${APP_ORIGIN}/`
}

/**
 * "scheme://host[:port]" of a URL, or null. Node's `URL.origin` is "null" for schemes it does
 * not know, app:// included, so the origin is built by hand.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url)
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : null
  } catch {
    return null
  }
}

/** The origins whose pages may call IPC and be navigated to: app://, plus the dev server in dev. */
export function trustedOrigins(): readonly string[] {
  const dev = devServerUrl()
  const devOrigin = dev === undefined ? null : originOf(dev)
  return devOrigin ? [APP_ORIGIN, devOrigin] : [APP_ORIGIN]
}

export function isTrustedUrl(
  url: string | undefined,
  trusted: readonly string[] = trustedOrigins(),
): boolean {
  if (url === undefined) return false
  const origin = originOf(url)
  return origin !== null && trusted.includes(origin)
}

/** Applies to every web contents the app ever creates, present and future. */
export function hardenWebContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    // Moving within the app (a reload after restoring a backup) is fine; leaving it is not.
    contents.on('will-navigate', (event) => {
      if (!isTrustedUrl(event.url)) event.preventDefault()
    })
    contents.on('will-frame-navigate', (event) => {
      if (!isTrustedUrl(event.url)) event.preventDefault()
    })
    // A server redirect is a navigation too: an allowed page must not bounce the window elsewhere.
    contents.on('will-redirect', (event) => {
      if (!isTrustedUrl(event.url)) event.preventDefault()
    })
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  })
}

/** The app needs no camera, notifications, location or anything else a page can ask for. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
}
