// A deliberately small zip reader for untrusted files: it reads the central directory itself,
// believes none of it until checked, and inflates with a hard cap on output. fflate supplies
// only the DEFLATE decoder, fed in small pieces so a lying header cannot make it allocate much.
import { Inflate } from 'fflate'
import { bytesEqual } from '../crypto/bytes'

/** A refusal with a message meant for the person who chose the file. */
export class Refusal extends Error {
  override readonly name = 'Refusal'
}

export function damaged(detail: string): Refusal {
  return new Refusal(`The file is damaged and could not be read (${detail}).`)
}

/** An entry name as shown in a message: control characters hidden, long names shortened. */
export function partName(name: string): string {
  const clean = Array.from(name, (ch) => (isControl(ch) ? '?' : ch)).join('')
  return `“${clean.length > 60 ? `${clean.slice(0, 57)}…` : clean}”`
}

/** C0 and C1 control characters, DEL included. */
export function isControl(ch: string): boolean {
  const code = ch.charCodeAt(0)
  return code < 0x20 || (code >= 0x7f && code <= 0x9f)
}

export interface ZipEntry {
  name: string
  method: number
  flags: number
  crc: number
  compressedSize: number
  declaredSize: number
  localOffset: number
}

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
const MAX_COMMENT = 0xffff
// ignoreBOM keeps a leading U+FEFF in a name, so that decoding and re-encoding are exact.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

function u16(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8)
}

function u32(bytes: Uint8Array, at: number): number {
  return (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0
}

const unusedFeature = (what: string) =>
  new Refusal(
    `The file uses a zip feature report workbooks never use (${what}); it was not opened.`,
  )

/** The end-of-central-directory record: the last one whose comment runs exactly to the end. */
function findEnd(bytes: Uint8Array): number {
  const last = bytes.length - 22
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at--) {
    if (u32(bytes, at) === EOCD && at + 22 + u16(bytes, at + 20) === bytes.length) return at
  }
  throw damaged('its table of contents is missing; was the file cut short?')
}

/** Entry count and where the central directory is, checked against the file's real size. */
export function readDirectoryEnd(bytes: Uint8Array): { count: number; start: number; end: number } {
  const at = findEnd(bytes)
  const disk = u16(bytes, at + 4)
  const directoryDisk = u16(bytes, at + 6)
  const countOnDisk = u16(bytes, at + 8)
  const count = u16(bytes, at + 10)
  const size = u32(bytes, at + 12)
  const start = u32(bytes, at + 16)
  if (count === 0xffff || size === 0xffffffff || start === 0xffffffff) throw unusedFeature('zip64')
  if (disk !== 0 || directoryDisk !== 0 || countOnDisk !== count) {
    throw unusedFeature('split archive')
  }
  if (start + size > at) throw damaged('its table of contents points outside the file')
  return { count, start, end: start + size }
}

/** Every central-directory entry, with names decoded; structure only, no limits. */
export function readEntries(
  bytes: Uint8Array,
  directory: { count: number; start: number; end: number },
): ZipEntry[] {
  const entries: ZipEntry[] = []
  let at = directory.start
  for (let i = 0; i < directory.count; i++) {
    if (at + 46 > directory.end || u32(bytes, at) !== CENTRAL) {
      throw damaged('its table of contents is corrupted')
    }
    const nameLength = u16(bytes, at + 28)
    const next = at + 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32)
    if (next > directory.end) throw damaged('its table of contents is corrupted')
    let name: string
    try {
      name = utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength))
    } catch {
      throw new Refusal('The file contains a part whose name cannot be read; it was not opened.')
    }
    const entry: ZipEntry = {
      name,
      flags: u16(bytes, at + 8),
      method: u16(bytes, at + 10),
      crc: u32(bytes, at + 16),
      compressedSize: u32(bytes, at + 20),
      declaredSize: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
    }
    if ([entry.compressedSize, entry.declaredSize, entry.localOffset].includes(0xffffffff)) {
      throw unusedFeature('zip64')
    }
    entries.push(entry)
    at = next
  }
  if (at !== directory.end) throw damaged('its table of contents has the wrong size')
  return entries
}

/**
 * Where the entry's compressed bytes are, after checking its local header agrees with the
 * central directory (a mismatch is how one zip can show different files to different readers).
 */
export function locateData(
  bytes: Uint8Array,
  entry: ZipEntry,
  directoryStart: number,
): { start: number; end: number } {
  const at = entry.localOffset
  if (at + 30 > directoryStart || u32(bytes, at) !== LOCAL) {
    throw damaged(`the part ${partName(entry.name)} is missing`)
  }
  if ((u16(bytes, at + 6) & 1) !== 0) throw encrypted()
  const nameLength = u16(bytes, at + 26)
  const start = at + 30 + nameLength + u16(bytes, at + 28)
  const localName = bytes.subarray(at + 30, at + 30 + nameLength)
  if (!bytesEqual(localName, new TextEncoder().encode(entry.name))) {
    throw new Refusal(
      `The file’s part ${partName(entry.name)} has two different names inside the zip; it was not opened.`,
    )
  }
  const end = start + entry.compressedSize
  if (end > directoryStart) {
    throw damaged(`the part ${partName(entry.name)} runs past the end of the data`)
  }
  return { start, end }
}

export function encrypted(): Refusal {
  return new Refusal(
    'The workbook is encrypted or password-protected. Save it without a password and try again.',
  )
}

/** Compressed input handed to the decoder per step: at most ~1,032× this comes out per step. */
const STEP = 4096

/**
 * Inflates `data` into exactly `declaredSize` bytes, stopping as soon as more would come out.
 * Returns 'more' for a stream longer than declared (never held in memory), 'less' for shorter.
 */
export function inflateCapped(
  data: Uint8Array,
  declaredSize: number,
): Uint8Array | 'more' | 'less' {
  const out = new Uint8Array(declaredSize)
  let written = 0
  const overflow = new Error('more than declared')
  const inflater = new Inflate((chunk) => {
    if (written + chunk.length > declaredSize) throw overflow
    out.set(chunk, written)
    written += chunk.length
  })
  try {
    for (let at = 0; at < data.length; at += STEP) {
      inflater.push(data.subarray(at, at + STEP), at + STEP >= data.length)
    }
  } catch (error) {
    if (error === overflow) return 'more'
    throw error
  }
  return written === declaredSize ? out : 'less'
}

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff
  for (const b of bytes) crc = (CRC_TABLE[(crc ^ b) & 255] ?? 0) ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}
