import { describe, expect, test } from 'vitest'
import { readWithin } from './read-within'

/** A file that arrives in chunks, as a large file read from disk does. */
function chunked(...parts: number[][]): Blob {
  return new Blob(parts.map((p) => new Uint8Array(p)))
}

describe('reading a chosen file within a bound', () => {
  test('gives every byte, in order, up to and at the bound', async () => {
    const bytes = Array.from({ length: 300_000 }, (_, i) => i % 251)
    const file = chunked(bytes.slice(0, 100_000), bytes.slice(100_000))
    expect(Array.from((await readWithin(file, 300_000))!)).toEqual(bytes)
    expect(await readWithin(new Blob([]), 10)).toEqual(new Uint8Array(0))
  })

  test('stops at the first byte past the bound', async () => {
    expect(await readWithin(chunked([1, 2, 3], [4, 5, 6]), 5)).toBeNull()
    expect(await readWithin(new Blob([new Uint8Array(11)]), 10)).toBeNull()
  })
})
