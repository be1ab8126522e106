// The command line's DEFLATE decoder: Node's zlib, in C, instead of fflate's JavaScript. A cold
// worker spent about two thirds of its first hostile file (a 1.5 MB sheet) in fflate's inflate
// before the JIT had warmed up; zlib does the same in a few milliseconds. The bound is the same
// (shared/workbook/zip-entries.ts): zlib stops one byte past the declared size.
import { crc32, inflateRawSync } from 'node:zlib'
import type { ZipCodec } from '../../shared/workbook/zip-entries'

export const nodeZipCodec: ZipCodec = {
  inflate(data, declaredSize) {
    let out: Buffer
    try {
      out = inflateRawSync(data, { maxOutputLength: declaredSize + 1 })
    } catch (error) {
      // zlib refuses to give more than maxOutputLength with this error, having stopped there.
      if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') return 'more'
      throw error
    }
    if (out.length > declaredSize) return 'more'
    // A plain Uint8Array, as fflate gives: a Buffer's slice() is a view, not a copy.
    return out.length < declaredSize
      ? 'less'
      : new Uint8Array(out.buffer, out.byteOffset, out.length)
  },
  crc32: (bytes) => crc32(bytes),
}
