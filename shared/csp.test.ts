import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from './csp'

describe('CONTENT_SECURITY_POLICY', () => {
  it('is the strict policy, with no eval and no remote sources', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; " +
        "frame-ancestors 'none'",
    )
  })
})
