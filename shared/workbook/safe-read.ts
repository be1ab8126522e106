// The first look at a workbook someone sent in, before exceljs sees a byte of it. Every file a
// board receives is hostile until proven otherwise: this checks size, zip structure, entry
// names, inflated sizes (declared and actual) and XML declarations, and answers with a message
// the person who chose the file can act on. It never throws.
import { checkXmlPart, looksLikeXml } from './safe-read-xml'
import {
  Refusal,
  crc32,
  damaged,
  encrypted,
  inflateCapped,
  isControl,
  locateData,
  partName,
  readDirectoryEnd,
  readEntries,
  type ZipEntry,
} from './safe-read-zip'

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
export const DEFAULT_LIMITS: ZipLimits = {
  maxFileBytes: 20 * MB,
  maxEntries: 2000,
  maxEntryBytes: 50 * MB,
  maxTotalBytes: 200 * MB,
  maxRatio: 200,
  ratioFromBytes: 1 * MB,
}

export type SafeReadResult =
  { ok: true; entries: Map<string, Uint8Array> } | { ok: false; problem: string }

/** The parts every .xlsx has; without them the zip is something else. */
const REQUIRED_PARTS = ['[Content_Types].xml', 'xl/workbook.xml'] as const

/** Checks an untrusted .xlsx and returns its parts (folders left out), or why it was refused. */
export function inspectZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_LIMITS): SafeReadResult {
  try {
    return { ok: true, entries: readWorkbookZip(bytes, limits) }
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, problem: error.message }
    return { ok: false, problem: damaged('its contents are not valid zip data').message }
  }
}

function readWorkbookZip(bytes: Uint8Array, limits: ZipLimits): Map<string, Uint8Array> {
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
  const entries = readEntries(bytes, directory)
  checkEntries(entries, limits)
  checkIsWorkbook(new Set(entries.map((e) => e.name)))
  const ranges = entries.map((entry) => ({ entry, ...locateData(bytes, entry, directory.start) }))
  checkNoOverlap(ranges)

  const parts = new Map<string, Uint8Array>()
  for (const { entry, start, end } of ranges) {
    if (entry.name.endsWith('/')) continue
    const data = inflate(entry, bytes.subarray(start, end))
    if (looksLikeXml(entry.name, data)) checkXmlPart(entry.name, data)
    parts.set(entry.name, data)
  }
  return parts
}

/** Everything the central directory claims, checked before a single byte is inflated. */
function checkEntries(entries: ZipEntry[], limits: ZipLimits): void {
  const seen = new Set<string>()
  let total = 0
  for (const entry of entries) {
    const name = partName(entry.name)
    if ((entry.flags & 1) !== 0) throw encrypted()
    if (!isSafeName(entry.name)) {
      throw new Refusal(
        `The file contains a part with an unsafe name (${name}); it was not opened.`,
      )
    }
    // Part names in an Office file are case-insensitive, so "A.xml" and "a.xml" are the same part.
    const key = entry.name.toLowerCase()
    if (seen.has(key)) {
      throw new Refusal(`The file contains the part ${name} twice; it was not opened.`)
    }
    seen.add(key)
    if (entry.method !== 0 && entry.method !== 8) {
      throw new Refusal(
        `The part ${name} is compressed in a way report workbooks never are; the file was not opened.`,
      )
    }
    if (entry.declaredSize > limits.maxEntryBytes) {
      throw new Refusal(
        `The part ${name} inflates to more than ${size(limits.maxEntryBytes)} (a zip bomb?); the file was not opened.`,
      )
    }
    if (
      entry.declaredSize > limits.ratioFromBytes &&
      entry.declaredSize > entry.compressedSize * limits.maxRatio
    ) {
      throw new Refusal(
        `The part ${name} is compressed more than ${count(limits.maxRatio)} to 1, which report workbooks never are (a zip bomb?); the file was not opened.`,
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
  const steps = name.replace(/\/$/, '').split('/')
  return steps.every((step) => step !== '' && step !== '.' && step !== '..')
}

function checkIsWorkbook(names: Set<string>): void {
  if (REQUIRED_PARTS.every((part) => names.has(part))) return
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
  throw new Refusal('The file is a zip but not an Excel workbook (.xlsx).')
}

/** Two entries sharing bytes is how the densest zip bombs are built; real zips never do it. */
function checkNoOverlap(ranges: { entry: ZipEntry; end: number }[]): void {
  const sorted = [...ranges].sort((a, b) => a.entry.localOffset - b.entry.localOffset)
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1]
    const after = sorted[i]
    if (before && after && before.end > after.entry.localOffset) {
      throw new Refusal(
        'The file’s parts overlap inside the zip, a trick used by zip bombs; it was not opened.',
      )
    }
  }
}

function inflate(entry: ZipEntry, data: Uint8Array): Uint8Array {
  const name = partName(entry.name)
  let out: Uint8Array | 'more' | 'less'
  try {
    out =
      entry.method === 0
        ? storedCopy(data, entry.declaredSize)
        : inflateCapped(data, entry.declaredSize)
  } catch {
    throw damaged(`the part ${name} is corrupted`)
  }
  if (out === 'more') {
    throw new Refusal(
      `The part ${name} inflates to more than the size it declares (a zip bomb?); the file was not opened.`,
    )
  }
  if (out === 'less' || crc32(out) !== entry.crc) throw damaged(`the part ${name} is corrupted`)
  return out
}

function storedCopy(data: Uint8Array, declaredSize: number): Uint8Array | 'more' | 'less' {
  if (data.length > declaredSize) return 'more'
  return data.length < declaredSize ? 'less' : data.slice()
}

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

function count(n: number): string {
  return n.toLocaleString('en-US')
}

function size(bytes: number): string {
  if (bytes >= MB) return `${count(Math.round((bytes / MB) * 10) / 10)} MB`
  return `${count(Math.ceil(bytes / 1024))} KB`
}
