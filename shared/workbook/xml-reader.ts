// Stage 2's tokenizer: one XML part of an untrusted workbook, read as a stream of elements by
// saxes, a streaming, non-backtracking XML 1.0 parser that builds no tree, expands no entity but
// the five named ones and character references, and checks every name and character against
// the XML tables. Around it, what saxes leaves to its caller: no DOCTYPE (how entity-expansion
// and external-entity attacks start), only the encodings Office writes, bounds on nesting,
// names, attributes and text, and a deadline checked between slices of the part. Element and
// attribute names arrive without their namespace prefix ("x:row" is "row"), except a prefixed
// `id` (the relationship id), which is "r:id". Attributes come in objects with no prototype.
import { SaxesParser, type SaxesTagPlain } from 'saxes'
import { Refusal, malformed, partName } from './refusal'

export type Attributes = Readonly<Record<string, string>>

export interface XmlHandlers {
  /** `path` is the names of the open elements above this one, outermost first. */
  open(name: string, attributes: Attributes, path: readonly string[]): void
  close?(name: string, path: readonly string[]): void
  /** Text directly inside the innermost open element (entities decoded), perhaps in pieces. */
  text?(text: string, path: readonly string[]): void
}

/** Stops a read that runs past its time; the reader checks it as it goes. */
export interface Deadline {
  check(): void
}

export const NO_DEADLINE: Deadline = { check() {} }

const MAX_DEPTH = 64
const MAX_ATTRIBUTES = 64
const MAX_NAME_CHARS = 200
/** Longest text or attribute value; Excel's cells hold at most 32,767 characters. */
export const MAX_TEXT_CHARS = 65_536
/** Characters handed to the parser between two looks at the clock. */
const SLICE = 64 * 1024

const ACCEPTED_ENCODINGS = new Set(['utf-8', 'utf-16', 'utf-16le', 'utf-16be'])

export function readXml(
  part: string,
  bytes: Uint8Array,
  handlers: XmlHandlers,
  deadline: Deadline = NO_DEADLINE,
): void {
  const xml = decodeXml(bytes)
  const parser = new SaxesParser({
    xmlns: false,
    position: false,
    // Office writes XML 1.0; a declared 1.1 would let through control characters 1.0 refuses.
    defaultXMLVersion: '1.0',
    forceXMLVersion: true,
  })
  const path: string[] = []
  parser.on('error', () => {
    throw refusalOf(part, xml)
  })
  parser.on('xmldecl', ({ encoding }) => {
    if (encoding !== undefined && !ACCEPTED_ENCODINGS.has(encoding.toLowerCase())) {
      throw new Refusal(
        `The part ${partName(part)} uses a text encoding (${partName(encoding)}) report workbooks never use; it was not opened.`,
      )
    }
  })
  parser.on('doctype', () => {
    throw declarationRefused('doctype')
  })
  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (path.length >= MAX_DEPTH) throw tooDeep(part)
    handlers.open(localName(checkedName(part, tag.name)), attributesOf(part, tag), path)
    path.push(localName(tag.name))
  })
  parser.on('closetag', () => {
    const name = path.pop() ?? ''
    handlers.close?.(name, path)
  })
  const text = (value: string) => {
    if (value.length > MAX_TEXT_CHARS) throw tooLong(part)
    // Outside the root saxes passes on only white space, which is no element's text.
    if (path.length > 0 && value !== '') handlers.text?.(value, path)
  }
  parser.on('text', text)
  parser.on('cdata', text)

  deadline.check()
  for (let at = 0; at < xml.length; at += SLICE) {
    parser.write(xml.slice(at, at + SLICE))
    deadline.check()
  }
  parser.close()
}

function attributesOf(part: string, tag: SaxesTagPlain): Attributes {
  const attributes = Object.create(null) as Record<string, string>
  let n = 0
  for (const name in tag.attributes) {
    if (++n > MAX_ATTRIBUTES) throw tooMany(part)
    const value = tag.attributes[name] ?? ''
    if (value.length > MAX_TEXT_CHARS) throw tooLong(part)
    if (name === 'xmlns' || name.startsWith('xmlns:')) continue
    const local = localName(checkedName(part, name))
    attributes[local === 'id' && local !== name ? 'r:id' : local] = value
  }
  return attributes
}

function checkedName(part: string, name: string): string {
  if (name.length > MAX_NAME_CHARS) throw malformed(part)
  return name
}

function localName(name: string): string {
  const colon = name.indexOf(':')
  return colon < 0 ? name : name.slice(colon + 1)
}

/**
 * What a parse error is, in the reader's words. A declaration of an entity or a document type is
 * named for what it is even where saxes stops at it first (an ENTITY outside any DOCTYPE, a
 * DOCTYPE cut short); the search runs once, on the way out.
 */
function refusalOf(part: string, xml: string): Refusal {
  if (xml.includes('<!DOCTYPE') || xml.includes('<!doctype')) return declarationRefused('doctype')
  if (xml.includes('<!ENTITY')) return declarationRefused('entity')
  return malformed(part)
}

const declarationRefused = (keyword: string) =>
  new Refusal(
    `The workbook contains ${keyword === 'doctype' ? 'a DOCTYPE' : 'an ENTITY'} declaration, which report workbooks never do; it was not opened.`,
  )
const tooDeep = (part: string) =>
  new Refusal(
    `The part ${partName(part)} nests its XML deeper than a workbook ever does; the file was not opened.`,
  )
const tooMany = (part: string) =>
  new Refusal(
    `The part ${partName(part)} has an element with more attributes than a workbook ever has; the file was not opened.`,
  )
const tooLong = (part: string) =>
  new Refusal(
    `The part ${partName(part)} holds a text longer than any cell can; the file was not opened.`,
  )
/** Text by byte-order mark (or the UTF-16 shape of "<"), UTF-8 otherwise. */
function decodeXml(bytes: Uint8Array): string {
  const [a, b] = bytes
  if ((a === 0xff && b === 0xfe) || (a === 0x3c && b === 0x00)) {
    return new TextDecoder('utf-16le').decode(bytes)
  }
  if ((a === 0xfe && b === 0xff) || (a === 0x00 && b === 0x3c)) {
    return new TextDecoder('utf-16le').decode(swapPairs(bytes))
  }
  return new TextDecoder('utf-8').decode(bytes) // drops a UTF-8 byte-order mark
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
