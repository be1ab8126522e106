import { expect, test } from 'vitest'
import { parseUntrustedJson } from './untrusted-json'

test('plain JSON parses as JSON.parse does', () => {
  expect(parseUntrustedJson('{"a":[1,{"b":"__proto__"}]}')).toEqual({
    ok: true,
    value: { a: [1, { b: '__proto__' }] },
  })
})

test.each(['{"__proto__":{"polluted":true}}', '{"a":{"b":[{"__proto__":[]}]}}'])(
  'a "__proto__" key at any depth is refused: %s',
  (text) => {
    expect(parseUntrustedJson(text)).toEqual({ ok: false, reason: 'prototype-key' })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  },
)

test('text that is not JSON', () => {
  expect(parseUntrustedJson('{"a":')).toEqual({ ok: false, reason: 'not-json' })
})
