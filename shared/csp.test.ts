// What the policy lets a page do, read the way a browser reads it: directive by directive.
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from './csp'

const directives = new Map<string, string[]>()
const names: string[] = []
for (const part of CONTENT_SECURITY_POLICY.split(';')) {
  const [name, ...sources] = part.trim().split(/\s+/)
  if (!name) continue
  names.push(name)
  directives.set(name, sources)
}
/** The sources a fetch of that kind may use: its own directive, or default-src. */
const allowed = (directive: string) => directives.get(directive) ?? directives.get('default-src')

describe('CONTENT_SECURITY_POLICY', () => {
  it('names each directive once (a browser ignores a repeated one)', () => {
    expect(new Set(names).size).toBe(names.length)
  })

  it('runs only the app’s own scripts: no inline script, no eval, no remote code', () => {
    expect(allowed('script-src')).toEqual(["'self'"])
    expect(allowed('object-src')).toEqual(["'none'"])
    expect(allowed('base-uri')).toEqual(["'none'"])
  })

  it('lets nothing reach the network or another site', () => {
    for (const directive of [
      'default-src',
      'script-src',
      'style-src',
      'img-src',
      'font-src',
      'connect-src',
    ]) {
      for (const source of allowed(directive) ?? [])
        expect(source, directive).toMatch(/^('self'|'none'|'unsafe-inline'|data:|blob:)$/)
    }
    expect(allowed('connect-src')).toEqual(["'self'"])
    expect(directives.get('form-action')).toEqual(["'none'"])
    expect(directives.get('frame-ancestors')).toEqual(["'none'"])
  })
})
