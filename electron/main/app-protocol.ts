// The app:// scheme: serves the built renderer from disk with the app's CSP on every response.
// The page gets a fixed, secure origin (app://allied-pipeline) so its IndexedDB data stays put
// whatever folder the app is installed in, and file:// is never used.
import { readFile } from 'node:fs/promises'
import { extname, resolve, sep } from 'node:path'
import { protocol } from 'electron'
import { CONTENT_SECURITY_POLICY } from '../../shared/csp'

export const APP_SCHEME = 'app'
export const APP_HOST = 'allied-pipeline'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

/** Must run before the app is ready: Chromium fixes scheme privileges at start-up. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // standard + secure give the page a real origin with IndexedDB and WebCrypto.
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ])
}

const mimeTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
}

export function mimeTypeFor(filePath: string): string {
  return mimeTypes[extname(filePath).toLowerCase()] ?? 'application/octet-stream'
}

export type AppPathResolution =
  | { readonly ok: true; readonly filePath: string; readonly mimeType: string }
  | { readonly ok: false; readonly status: 400 | 403 | 404; readonly reason: string }

function refused(status: 400 | 403 | 404, reason: string): AppPathResolution {
  return { ok: false, status, reason }
}

/**
 * Maps an app:// URL to a file under `rootDir`, or refuses it. The path is read from the raw
 * string rather than through `URL`, which would quietly fold "/../" away and hide the attempt.
 */
export function resolveAppPath(requestUrl: string, rootDir: string): AppPathResolution {
  const match = /^app:\/\/([^/?#]*)([^?#]*)/i.exec(requestUrl)
  if (!match) return refused(400, 'Not an app:// address')

  let path: string
  try {
    path = decodeURIComponent(match[2] || '/')
  } catch {
    return refused(400, 'Malformed address')
  }
  if (path.includes('\0')) return refused(400, 'Malformed address')
  if (path.split(/[\\/]/).includes('..')) return refused(403, 'Path traversal refused')
  if (match[1]?.toLowerCase() !== APP_HOST) return refused(404, 'Unknown host')

  // Paths without an extension are the renderer's own routes: each one gets the page.
  const isRoute = path.endsWith('/') || extname(path) === ''
  const root = resolve(rootDir)
  const filePath = resolve(root, isRoute ? 'index.html' : path.replace(/^[\\/]+/, ''))
  // Catches what the segment test cannot, such as a Windows drive letter ("/C:/…").
  if (!filePath.startsWith(root + sep)) return refused(403, 'Outside the app folder')
  return { ok: true, filePath, mimeType: mimeTypeFor(filePath) }
}

/** Headers of every app:// response, errors included. */
export function responseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
  }
}

type ReadFile = (filePath: string) => Promise<Uint8Array>

export async function serveAppRequest(
  requestUrl: string,
  rootDir: string,
  read: ReadFile = readFile,
): Promise<Response> {
  const resolution = resolveAppPath(requestUrl, rootDir)
  const textHeaders = responseHeaders('text/plain; charset=utf-8')
  if (!resolution.ok)
    return new Response(resolution.reason, { status: resolution.status, headers: textHeaders })
  try {
    const body = await read(resolution.filePath)
    return new Response(new Uint8Array(body), {
      status: 200,
      headers: responseHeaders(resolution.mimeType),
    })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'EISDIR')
      return new Response('Not found', { status: 404, headers: textHeaders })
    console.error(`app:// could not read ${resolution.filePath}`, error)
    return new Response('Could not read the file', { status: 500, headers: textHeaders })
  }
}

/** Must run after the app is ready. */
export function installAppProtocol(rootDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request.url, rootDir))
}
