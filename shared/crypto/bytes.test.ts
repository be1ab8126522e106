import { describe, expect, test } from 'vitest'
import { bytesEqual, fromBase64, fromHex, toBase64, toHex } from './bytes'

const text = (s: string) => new TextEncoder().encode(s)

describe('base64', () => {
  // RFC 4648 §10
  test.each([
    ['', ''],
    ['f', 'Zg=='],
    ['fo', 'Zm8='],
    ['foo', 'Zm9v'],
    ['foob', 'Zm9vYg=='],
    ['fooba', 'Zm9vYmE='],
    ['foobar', 'Zm9vYmFy'],
  ])('RFC 4648 vector "%s"', (plain, encoded) => {
    expect(toBase64(text(plain))).toBe(encoded)
    expect(Array.from(fromBase64(encoded))).toEqual(Array.from(text(plain)))
  })

  test('round trips every byte value and length', () => {
    for (let n = 0; n < 300; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 255)
      expect(Array.from(fromBase64(toBase64(bytes)))).toEqual(Array.from(bytes))
    }
  })

  test.each([
    'Zg',
    'Zg=',
    'Zm9v\n',
    ' Zm9v',
    'Zm-v',
    'Zm_v',
    'Zh==',
    'Zm9=',
    '====',
    'Z===',
    'Zm9vY',
    'Zg==Zg==',
  ])('refuses %j', (bad) => {
    expect(() => fromBase64(bad)).toThrow(/base64/)
  })
})

describe('hex', () => {
  test('round trip and refusals', () => {
    expect(toHex(Uint8Array.of(0, 15, 255))).toBe('000fff')
    expect(Array.from(fromHex('000FfF'))).toEqual([0, 15, 255])
    expect(() => fromHex('abc')).toThrow(/hex/)
    expect(() => fromHex('zz')).toThrow(/hex/)
  })

  test('bytesEqual', () => {
    expect(bytesEqual(Uint8Array.of(1, 2), Uint8Array.of(1, 2))).toBe(true)
    expect(bytesEqual(Uint8Array.of(1, 2), Uint8Array.of(1, 3))).toBe(false)
    expect(bytesEqual(Uint8Array.of(1), Uint8Array.of(1, 2))).toBe(false)
  })
})
