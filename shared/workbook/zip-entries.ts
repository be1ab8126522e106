// Stage 1 of reading an untrusted workbook: bytes → zip entries. A deliberately small zip reader
// that reads the central directory itself, believes none of it until checked (size, entry count,
// names, declared and actual inflated sizes, ratio, overlaps, local headers), and inflates an
// entry only when the next stage asks for it, with a hard cap on output. fflate supplies only the
// DEFLATE decoder, fed in small pieces so that a lying header cannot make it allocate much; a
// host with a native decoder (Node's zlib, in the command line) may hand one in (ZipCodec), under
// the same contract: never more than one byte past the size the entry declares.
import { Inflate, inflateSync } from 'fflate'
import { bytesEqual } from '../crypto/bytes'
import { Refusal, count, damaged, isControl, partName, size } from './refusal'

export interface ZipLimits {
  /** Size of the file itself. */
  maxFileBytes: number
  /** Entries in the zip, folders included. */
  maxEntries: number
  /** Inflated size of any one entry. */
  maxEntryBytes: number
  /** Inflated size of all entries together. */
  maxTotalBytes: number
  /** Inflated ÷ compressed size of one entry, checked for entries above `ratioFromBytes`. */
  maxRatio: number
  ratioFromBytes: number
}

const MB = 1024 * 1024

/** A report workbook is tens of kilobytes; these leave room for years of rows and a logo. */
export const ZIP_LIMITS: ZipLimits = {
  maxFileBytes: 20 * MB,
  maxEntries: 2000,
  maxEntryBytes: 50 * MB,
  maxTotalBytes: 200 * MB,
  maxRatio: 200,
  ratioFromBytes: 1 * MB,
}

/** The checked entries of a zip. Names are compared without case, as Office part names are. */
export interface ZipEntries {
  /** Every file entry's name as stored (folders left out). */
  readonly names: readonly string[]
  has(name: string): boolean
  /** The entry's inflated bytes, checked against its size and CRC. */
  read(name: string): Uint8Array
}

interface ZipEntry {
  name: string
  method: number
  flags: number
  crc: number
  compressedSize: number
  declaredSize: number
  localOffset: number
  start: number
  end: number
}

/**
 * A DEFLATE decoder and CRC-32 supplied by the host. `inflate` must stop once it would give
 * more than `declaredSize + 1` bytes, and say 'more' (a longer stream) or 'less' (shorter).
 */
export interface ZipCodec {
  inflate(data: Uint8Array, declaredSize: number): Uint8Array | 'more' | 'less'
  crc32(bytes: Uint8Array): number
}

/** Checks the zip's structure and every entry's header; inflates nothing yet. */
export function readZipEntries(
  bytes: Uint8Array,
  limits: ZipLimits = ZIP_LIMITS,
  codec?: ZipCodec,
): ZipEntries {
  if (bytes.length === 0) throw new Refusal('The file is empty.')
  if (bytes.length > limits.maxFileBytes) {
    throw new Refusal(`The file is larger than ${size(limits.maxFileBytes)}.`)
  }
  if (!startsWith(bytes, ZIP_LOCAL) && !startsWith(bytes, ZIP_EMPTY)) {
    throw new Refusal(describeNotZip(bytes))
  }
  const directory = readDirectoryEnd(bytes)
  if (directory.count > limits.maxEntries) {
    throw new Refusal(
      `The file contains ${count(directory.count)} parts; a report workbook has no more than ${count(limits.maxEntries)}.`,
    )
  }
  const entries = readDirectory(bytes, directory)
  checkEntries(entries, limits)
  checkIsWorkbook(new Set(entries.map((e) => e.name)))
  for (const entry of entries) locateData(bytes, entry, directory.start)
  checkNoOverlap(entries)

  // Inflating in one call is several times faster than in pieces, but cannot be stopped early:
  // its work is bounded only by the compressed size (DEFLATE gives at most ~1,032× it). Entries
  // whose worst case fits what is left of this budget take the fast way; the rest, in pieces.
  let fastBudget = FAST_INFLATE_BUDGET
  const files = new Map<string, ZipEntry>()
  for (const entry of entries) {
    if (!entry.name.endsWith('/')) files.set(entry.name.toLowerCase(), entry)
  }
  return {
    names: [...files.values()].map((e) => e.name),
    has: (name) => files.has(name.toLowerCase()),
    read(name) {
      const entry = files.get(name.toLowerCase())
      if (!entry) throw damaged(`the part ${partName(name)} is missing`)
      if (codec) return inflate(entry, bytes.subarray(entry.start, entry.end), codec)
      const worstCase = entry.compressedSize * MAX_DEFLATE_RATIO
      const fast = entry.method === 8 && worstCase <= fastBudget
      if (fast) fastBudget -= worstCase
      return inflate(entry, bytes.subarray(entry.start, entry.end), {
        inflate: fast ? inflateAtOnce : inflateCapped,
        crc32,
      })
    },
  }
}

// ── The central directory ─────────────────────────────────────────────────────────────────

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

function encrypted(): Refusal {
  return new Refusal(
    'The workbook is encrypted or password-protected. Save it without a password and try again.',
  )
}

/** The end-of-central-directory record: the last one whose comment runs exactly to the end. */
function findEnd(bytes: Uint8Array): number {
  const last = bytes.length - 22
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at--) {
    if (u32(bytes, at) === EOCD && at + 22 + u16(bytes, at + 20) === bytes.length) return at
  }
  throw damaged('its table of contents is missing; was the file cut short?')
}

function readDirectoryEnd(bytes: Uint8Array): { count: number; start: number; end: number } {
  const at = findEnd(bytes)
  const disk = u16(bytes, at + 4)
  const directoryDisk = u16(bytes, at + 6)
  const countOnDisk = u16(bytes, at + 8)
  const entries = u16(bytes, at + 10)
  const length = u32(bytes, at + 12)
  const start = u32(bytes, at + 16)
  if (entries === 0xffff || length === 0xffffffff || start === 0xffffffff) {
    throw unusedFeature('zip64')
  }
  if (disk !== 0 || directoryDisk !== 0 || countOnDisk !== entries) {
    throw unusedFeature('split archive')
  }
  if (start + length > at) throw damaged('its table of contents points outside the file')
  return { count: entries, start, end: start + length }
}

function readDirectory(
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
      start: 0,
      end: 0,
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

/** Everything the central directory claims, checked before a single byte is inflated. */
function checkEntries(entries: ZipEntry[], limits: ZipLimits): void {
  const seen = new Set<string>()
  let total = 0
  for (const entry of entries) {
    // Worked out only for a message: most files never need one.
    const name = () => partName(entry.name)
    if ((entry.flags & 1) !== 0) throw encrypted()
    if (!isSafeName(entry.name)) {
      throw new Refusal(
        `The file contains a part with an unsafe name (${name()}); it was not opened.`,
      )
    }
    // Part names in an Office file are case-insensitive, so "A.xml" and "a.xml" are the same part.
    const key = entry.name.toLowerCase()
    if (seen.has(key)) {
      throw new Refusal(`The file contains the part ${name()} twice; it was not opened.`)
    }
    seen.add(key)
    if (entry.method !== 0 && entry.method !== 8) {
      throw new Refusal(
        `The part ${name()} is compressed in a way report workbooks never are; the file was not opened.`,
      )
    }
    if (entry.declaredSize > limits.maxEntryBytes) {
      throw new Refusal(
        `The part ${name()} inflates to more than ${size(limits.maxEntryBytes)} (a zip bomb?); the file was not opened.`,
      )
    }
    if (
      entry.declaredSize > limits.ratioFromBytes &&
      entry.declaredSize > entry.compressedSize * limits.maxRatio
    ) {
      throw new Refusal(
        `The part ${name()} is compressed more than ${count(limits.maxRatio)} to 1, which report workbooks never are (a zip bomb?); the file was not opened.`,
      )
    }
    total += entry.declaredSize
    if (total > limits.maxTotalBytes) {
      throw new Refusal(
        `The file inflates to more than ${size(limits.maxTotalBytes)} in all (a zip bomb?); it was not opened.`,
      )
    }
  }
}

/** Relative, forward-slash paths without "." or ".." steps or control characters. */
function isSafeName(name: string): boolean {
  if (name === '' || name.includes('\\') || name.startsWith('/') || /^[A-Za-z]:/.test(name)) {
    return false
  }
  if (Array.from(name).some(isControl)) return false
  const steps = (name.endsWith('/') ? name.slice(0, -1) : name).split('/')
  return steps.every((step) => step !== '' && step !== '.' && step !== '..')
}

/** Friendly words for zips that are something else; acceptance is by content type, later. */
function checkIsWorkbook(names: Set<string>): void {
  if (names.has('word/document.xml')) {
    throw new Refusal('This is a Word document, not an Excel workbook (.xlsx).')
  }
  if (names.has('ppt/presentation.xml')) {
    throw new Refusal('This is a PowerPoint presentation, not an Excel workbook (.xlsx).')
  }
  if (names.has('content.xml') && names.has('mimetype')) {
    throw new Refusal(
      'This is an OpenDocument file (such as .ods), not an Excel workbook. Save it as .xlsx and try again.',
    )
  }
  if (!names.has('[Content_Types].xml')) {
    throw new Refusal('The file is a zip but not an Excel workbook (.xlsx).')
  }
}

/**
 * Where the entry's compressed bytes are, after checking its local header agrees with the
 * central directory (a mismatch is how one zip can show different files to different readers).
 */
function locateData(bytes: Uint8Array, entry: ZipEntry, directoryStart: number): void {
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
  entry.start = start
  entry.end = end
}

/** Two entries sharing bytes is how the densest zip bombs are built; real zips never do it. */
function checkNoOverlap(entries: ZipEntry[]): void {
  const sorted = [...entries].sort((a, b) => a.localOffset - b.localOffset)
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1]
    const after = sorted[i]
    if (before && after && before.end > after.localOffset) {
      throw new Refusal(
        'The file’s parts overlap inside the zip, a trick used by zip bombs; it was not opened.',
      )
    }
  }
}

// ── Inflating ─────────────────────────────────────────────────────────────────────────────

const MAX_DEFLATE_RATIO = 1032
/** Inflated bytes the one-call way may produce in the worst case, per file. */
const FAST_INFLATE_BUDGET = 64 * MB

function inflate(entry: ZipEntry, data: Uint8Array, codec: ZipCodec): Uint8Array {
  const name = partName(entry.name)
  let out: Uint8Array | 'more' | 'less'
  try {
    out =
      entry.method === 0
        ? storedCopy(data, entry.declaredSize)
        : codec.inflate(data, entry.declaredSize)
  } catch {
    throw damaged(`the part ${name} is corrupted`)
  }
  if (out === 'more') {
    throw new Refusal(
      `The part ${name} inflates to more than the size it declares (a zip bomb?); the file was not opened.`,
    )
  }
  if (out === 'less' || codec.crc32(out) !== entry.crc)
    throw damaged(`the part ${name} is corrupted`)
  return out
}

function storedCopy(data: Uint8Array, declaredSize: number): Uint8Array | 'more' | 'less' {
  if (data.length > declaredSize) return 'more'
  return data.length < declaredSize ? 'less' : data.slice()
}

/** One call into a buffer one byte longer than declared: a longer stream fills that byte. */
function inflateAtOnce(data: Uint8Array, declaredSize: number): Uint8Array | 'more' | 'less' {
  const out = inflateSync(data, { out: new Uint8Array(declaredSize + 1) })
  if (out.length > declaredSize) return 'more'
  return out.length < declaredSize ? 'less' : out
}

/** Compressed input handed to the decoder per step: at most ~1,032× this (16 MB) comes out per step. */
const STEP = 16 * 1024

/**
 * Inflates `data` into exactly `declaredSize` bytes, stopping as soon as more would come out.
 * Returns 'more' for a stream longer than declared (never held in memory), 'less' for shorter.
 */
function inflateCapped(data: Uint8Array, declaredSize: number): Uint8Array | 'more' | 'less' {
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

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff
  for (let i = 0; i < bytes.length; i++) {
    crc = (CRC_TABLE[(crc ^ (bytes[i] ?? 0)) & 255] ?? 0) ^ (crc >>> 8)
  }
  return (crc ^ 0xffffffff) >>> 0
}

// ── Files that are not zips at all ────────────────────────────────────────────────────────

const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04]
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06]
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const PDF = [0x25, 0x50, 0x44, 0x46]

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b)
}

/** Names what the file seems to be instead, so the message says what to do. */
function describeNotZip(bytes: Uint8Array): string {
  if (startsWith(bytes, OLE)) {
    return 'This is an old-style Excel file (.xls) or a password-protected workbook, not an .xlsx workbook. Open it in Excel, remove any password, save it as “Excel Workbook (.xlsx)” and try again.'
  }
  if (startsWith(bytes, PDF)) return 'This is a PDF file, not an Excel workbook (.xlsx).'
  const head = bytes.subarray(0, 4096)
  if (!head.includes(0)) {
    const text = new TextDecoder().decode(head).trimStart() // the decoder drops a BOM
    if (text.startsWith('<')) {
      return 'This is an XML or web page file, not an Excel workbook (.xlsx).'
    }
    if (/[,;\t]/.test(text)) {
      return 'This is a text file (such as CSV), not an Excel workbook (.xlsx).'
    }
    return 'This is a text file, not an Excel workbook (.xlsx).'
  }
  return 'This is not an Excel workbook (.xlsx): it is not a zip file.'
}
