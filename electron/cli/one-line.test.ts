import { describe, expect, test } from 'vitest'
import { oneLine, oneLineEverywhere } from './one-line'

describe('oneLine', () => {
  test('line breaks become one space', () => {
    expect(oneLine('0A1B 2C3D\n4E5F 6A7B')).toBe('0A1B 2C3D 4E5F 6A7B')
    expect(oneLine('Holyoke\r\n  trust: TRUSTED')).toBe('Holyoke trust: TRUSTED')
    expect(oneLine('a\u2028b')).toBe('a b')
  })

  test('escape sequences and bidirectional overrides cannot reach the terminal', () => {
    expect(oneLine('\u001b[2J\u001b[32mVALID')).toBe('\uFFFD[2J\uFFFD[32mVALID')
    expect(oneLine('Clinic \u202Egnp.exe')).toBe('Clinic \uFFFDgnp.exe')
  })

  test('ordinary text is left alone', () => {
    const text = 'Programs!E7 changed after signing: 24 → 42 (“Radiography”, AY 2025–26)'
    expect(oneLine(text)).toBe(text)
  })

  test('every string of a report, at any depth', () => {
    expect(oneLineEverywhere({ a: 'x\ny', list: [{ b: 'p\r\nq' }], n: 2, ok: true })).toEqual({
      a: 'x y',
      list: [{ b: 'p q' }],
      n: 2,
      ok: true,
    })
  })
})
