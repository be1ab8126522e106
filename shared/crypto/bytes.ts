// Byte helpers that work the same in the renderer, in main and on the command line (no Buffer).

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const BASE64_SHAPE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

/**
 * A private copy backed by a plain ArrayBuffer: WebCrypto's typings (TS ≥ 5.9) refuse views that
 * may sit on a SharedArrayBuffer, and a copy cannot be changed by the caller while we work.
 */
export function ownBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes)
}

/** Standard base64 (RFC 4648 §4) with padding. */
export function toBase64(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0
    const b = bytes[i + 1] ?? 0
    const c = bytes[i + 2] ?? 0
    const n = (a << 16) | (b << 8) | c
    out += ALPHABET.charAt(n >>> 18) + ALPHABET.charAt((n >>> 12) & 63)
    out += i + 1 < bytes.length ? ALPHABET.charAt((n >>> 6) & 63) : '='
    out += i + 2 < bytes.length ? ALPHABET.charAt(n & 63) : '='
  }
  return out
}

/**
 * Strict inverse of {@link toBase64}: no whitespace, no URL-safe letters, padding required, and
 * the unused low bits must be zero, so that one byte string has exactly one accepted spelling.
 */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  if (!BASE64_SHAPE.test(text)) throw new Error('Not valid base64 text.')
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0
  const out = new Uint8Array((text.length / 4) * 3 - padding)
  let o = 0
  for (let i = 0; i < text.length; i += 4) {
    let n = 0
    for (let j = 0; j < 4; j++) {
      const ch = text.charAt(i + j)
      n = (n << 6) | (ch === '=' ? 0 : ALPHABET.indexOf(ch))
    }
    for (const shift of [16, 8, 0]) if (o < out.length) out[o++] = (n >>> shift) & 255
  }
  if (toBase64(out) !== text) throw new Error('Not valid base64 text (non-zero padding bits).')
  return out
}

export function toHex(bytes: Uint8Array): string {
  let out = ''
  for (const b of bytes) out += b.toString(16).padStart(2, '0')
  return out
}

/** Lower- or upper-case hex, even length, nothing else. */
export function fromHex(text: string): Uint8Array<ArrayBuffer> {
  if (!/^(?:[0-9a-fA-F]{2})*$/.test(text)) throw new Error('Not valid hex text.')
  const out = new Uint8Array(text.length / 2)
  for (let i = 0; i < out.length; i++) out[i] = parseInt(text.slice(i * 2, i * 2 + 2), 16)
  return out
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  let diff = 0
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0)
  return diff === 0
}
