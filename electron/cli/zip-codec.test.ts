// The command line's zlib decoder keeps every promise of fflate's: the same refusal for every
// hostile file, never more than one byte past an entry's declared size, and damage named as such.
import type * as Zlib from 'node:zlib'
import { deflateRawSync } from 'node:zlib'
import { describe, expect, test, vi } from 'vitest'
import { buildCorpus } from '../../test/hostile/corpus'
import { verifyWorkbook } from '../../shared/workbook/verify'
import { nodeZipCodec } from './zip-codec'

/** The largest output zlib itself handed back: what the decoder ever held in memory. */
const largest = vi.hoisted(() => ({ bytes: 0 }))
vi.mock('node:zlib', async (original) => {
  const zlib = await original<typeof Zlib>()
  return {
    ...zlib,
    inflateRawSync: (...args: Parameters<typeof Zlib.inflateRawSync>) => {
      const out = zlib.inflateRawSync(...args)
      largest.bytes = Math.max(largest.bytes, out.length)
      return out
    },
  }
})

const corpus = await buildCorpus()
const zeros = (n: number) => new Uint8Array(n)

describe('inflating with zlib', () => {
  test('a stream of exactly the declared size comes out whole', () => {
    const data = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7) % 256)
    const out = nodeZipCodec.inflate(deflateRawSync(data), data.length)
    expect(out).toEqual(data)
    expect(nodeZipCodec.crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926)
  })

  test('a longer stream is "more" and a shorter one "less"; a damaged one throws', () => {
    const bomb = deflateRawSync(zeros(16 * 1024 * 1024))
    expect(nodeZipCodec.inflate(bomb, 1000)).toBe('more')
    expect(nodeZipCodec.inflate(deflateRawSync(zeros(10)), 11)).toBe('less')
    const whole = deflateRawSync(zeros(100_000))
    expect(() => nodeZipCodec.inflate(whole.subarray(0, whole.length >> 1), 100_000)).toThrow()
    expect(() => nodeZipCodec.inflate(Uint8Array.of(0xff, 0xff, 0xff), 10)).toThrow()
  })

  test('it stops one byte past the declared size instead of inflating the rest', () => {
    const bomb = deflateRawSync(zeros(64 * 1024 * 1024))
    largest.bytes = 0
    expect(nodeZipCodec.inflate(bomb, 1000)).toBe('more')
    expect(largest.bytes).toBeLessThanOrEqual(1001)
  })

  test.each(corpus.files.map((file) => [`${file.kind}: ${file.what}`, file] as const))(
    'the same refusal as fflate gives: %s',
    async (_, file) => {
      const result = await verifyWorkbook(file.bytes, { codec: nodeZipCodec })
      expect(result.valid, file.id).toBe(false)
      const named = result.findings.some(
        (f) => f.code === file.code && file.message.test(f.message),
      )
      expect(named, `${file.id}: ${JSON.stringify(result.findings.slice(0, 3))}`).toBe(true)
    },
  )

  test('the genuine workbook verifies', async () => {
    expect((await verifyWorkbook(corpus.genuine, { codec: nodeZipCodec })).findings).toEqual([])
  })
})
