// XML parts of an untrusted workbook are refused outright if they declare a DOCTYPE or an ENTITY:
// Excel never writes either, and they are how XML entity expansion and external-entity attacks
// start. The raw bytes are scanned with NULs skipped, which finds the ASCII keyword in UTF-8 and
// in UTF-16/32 with or without a byte-order mark; a part marked or shaped as UTF-16 is also
// decoded and searched as text.
import { Refusal, partName } from './safe-read-zip'

/** Parts that are XML by name; anything else is checked too if it starts like XML. */
const XML_PART = /\.(?:xml|rels|vml)$/i
const ACCEPTED_ENCODINGS = /^(?:utf-8|utf-16|utf-16le|utf-16be)$/i

export function looksLikeXml(name: string, bytes: Uint8Array): boolean {
  if (XML_PART.test(name)) return true
  const head = decodeXml(bytes.subarray(0, 64)).trimStart()
  return head.startsWith('<?xml') || head.startsWith('<!')
}

/** Refuses the part if it declares a DOCTYPE or ENTITY, or an unexpected text encoding. */
export function checkXmlPart(name: string, bytes: Uint8Array): void {
  for (const keyword of ['<!doctype', '<!entity'] as const) {
    if (
      containsIgnoringNuls(bytes, keyword) ||
      (isUtf16(bytes) && decodeXml(bytes).toLowerCase().includes(keyword))
    ) {
      const what = keyword === '<!doctype' ? 'a DOCTYPE' : 'an ENTITY'
      throw new Refusal(
        `The workbook contains ${what} declaration, which report workbooks never do; it was not opened.`,
      )
    }
  }
  const declared = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([^"']*)["']/.exec(
    decodeXml(bytes.subarray(0, 512)),
  )?.[1]
  if (declared !== undefined && !ACCEPTED_ENCODINGS.test(declared)) {
    throw new Refusal(
      `The part ${partName(name)} uses a text encoding (${partName(declared)}) report workbooks never use; it was not opened.`,
    )
  }
}

function isUtf16(bytes: Uint8Array): boolean {
  const [a, b] = bytes
  return (
    (a === 0xff && b === 0xfe) ||
    (a === 0xfe && b === 0xff) ||
    (a === 0x3c && b === 0) ||
    (a === 0 && b === 0x3c)
  )
}

/** Text by byte-order mark (or the UTF-16 shape of "<"), UTF-8 otherwise; never throws. */
export function decodeXml(bytes: Uint8Array): string {
  const [a, b, c] = bytes
  if (a === 0xef && b === 0xbb && c === 0xbf) return new TextDecoder('utf-8').decode(bytes)
  if ((a === 0xff && b === 0xfe) || (a === 0x3c && b === 0x00)) {
    return new TextDecoder('utf-16le').decode(bytes)
  }
  if ((a === 0xfe && b === 0xff) || (a === 0x00 && b === 0x3c)) {
    return new TextDecoder('utf-16le').decode(swapPairs(bytes))
  }
  return new TextDecoder('utf-8').decode(bytes)
}

/** UTF-16BE as UTF-16LE (Node's TextDecoder has utf-16be only with full ICU). */
function swapPairs(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length & ~1)
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1] ?? 0
    out[i + 1] = bytes[i] ?? 0
  }
  return out
}

/**
 * Whether the ASCII `keyword` (lower case, starting with "<" and with no other "<") occurs in
 * `bytes`, ignoring case and skipping NUL bytes.
 */
export function containsIgnoringNuls(bytes: Uint8Array, keyword: string): boolean {
  let matched = 0
  for (const byte of bytes) {
    if (byte === 0) continue
    const lower = byte >= 0x41 && byte <= 0x5a ? byte + 0x20 : byte
    if (lower === keyword.charCodeAt(matched)) matched++
    else matched = lower === keyword.charCodeAt(0) ? 1 : 0
    if (matched === keyword.length) return true
  }
  return false
}
