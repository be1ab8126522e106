import { join, resolve } from 'node:path'
import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({ protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() } }))

import { CONTENT_SECURITY_POLICY } from '../../shared/csp'
import { mimeTypeFor, resolveAppPath, serveAppRequest } from './app-protocol'

const root = resolve('/opt/allied-pipeline/out/renderer')

describe('resolveAppPath', () => {
  it('serves index.html for / and for the renderer’s own routes', () => {
    for (const url of [
      'app://allied-pipeline/',
      'app://allied-pipeline',
      'app://allied-pipeline/board/gaps?x=1#top',
    ]) {
      expect(resolveAppPath(url, root)).toEqual({
        ok: true,
        filePath: join(root, 'index.html'),
        mimeType: 'text/html; charset=utf-8',
      })
    }
  })

  it('serves assets from under the renderer folder', () => {
    expect(resolveAppPath('app://allied-pipeline/assets/index-a1b2.js', root)).toEqual({
      ok: true,
      filePath: join(root, 'assets', 'index-a1b2.js'),
      mimeType: 'text/javascript; charset=utf-8',
    })
  })

  it.each([
    'app://x/../../etc/passwd',
    'app://allied-pipeline/../../etc/passwd',
    'app://allied-pipeline/assets/../../../etc/passwd',
    'app://allied-pipeline/%2e%2e/%2e%2e/etc/passwd',
    'app://allied-pipeline/..%2f..%2fetc%2fpasswd',
    'app://allied-pipeline/..%5c..%5cwindows%5cwin.ini',
    'app://allied-pipeline/assets\\..\\..\\secret.txt',
  ])('refuses path traversal: %s', (url) => {
    expect(resolveAppPath(url, root)).toMatchObject({ ok: false })
  })

  it('refuses other hosts, malformed escapes and NUL bytes', () => {
    expect(resolveAppPath('app://evil/index.html', root)).toMatchObject({ ok: false, status: 404 })
    expect(resolveAppPath('app://allied-pipeline/%E0%A4%A.js', root)).toMatchObject({
      ok: false,
      status: 400,
    })
    expect(resolveAppPath('app://allied-pipeline/index.html%00.js', root)).toMatchObject({
      ok: false,
      status: 400,
    })
    expect(resolveAppPath('file:///etc/passwd', root)).toMatchObject({ ok: false, status: 400 })
  })
})

describe('mimeTypeFor', () => {
  it('knows the types a Vite build emits and falls back to bytes', () => {
    expect(mimeTypeFor('a.css')).toBe('text/css; charset=utf-8')
    expect(mimeTypeFor('a.SVG')).toBe('image/svg+xml')
    expect(mimeTypeFor('a.woff2')).toBe('font/woff2')
    expect(mimeTypeFor('a.wasm')).toBe('application/wasm')
    expect(mimeTypeFor('a.xyz')).toBe('application/octet-stream')
  })
})

describe('serveAppRequest', () => {
  const page = new TextEncoder().encode('<!doctype html><title>Allied Pipeline</title>')

  it('answers with the file, its MIME type and the CSP header', async () => {
    const read = vi.fn(() => Promise.resolve(page))
    const response = await serveAppRequest('app://allied-pipeline/', root, read)
    expect(read).toHaveBeenCalledWith(join(root, 'index.html'))
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(await response.text()).toContain('Allied Pipeline')
  })

  it('sets the CSP header on refusals and misses too, and never reads a refused path', async () => {
    const read = vi.fn(() =>
      Promise.reject(Object.assign(new Error('missing'), { code: 'ENOENT' })),
    )
    const refused = await serveAppRequest('app://x/../../etc/passwd', root, read)
    expect(refused.status).toBe(403)
    expect(refused.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(read).not.toHaveBeenCalled()

    const missing = await serveAppRequest('app://allied-pipeline/nope.js', root, read)
    expect(missing.status).toBe(404)
    expect(missing.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY)
  })
})
