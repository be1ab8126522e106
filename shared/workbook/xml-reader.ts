// Stage 2's tokenizer: one XML part of an untrusted workbook, read as a stream of elements with
// saxes (a non-backtracking SAX parser that builds no tree), under bounds on nesting, attributes
// and text. No DOCTYPE (how entity-expansion and external-entity attacks start), only the
// encodings Office writes, and a deadline checked as the text is fed in, so that no single part
// can keep the reader busy past its time. Element and attribute names arrive without their
// namespace prefix ("x:row" is "row"), except attributes such as "r:id", which keep it.
import { SaxesParser, type SaxesTagPlain } from 'saxes'
import { Refusal, malformed, partName } from './refusal'

export type Attributes = Readonly<Record<string, string>>

export interface XmlHandlers {
  /** `path` is the names of the open elements above this one, outermost first. */
  open(name: string, attributes: Attributes, path: readonly string[]): void
  close?(name: string, path: readonly string[]): void
  /** Text directly inside the innermost open element (entities decoded). */
  text?(text: string, path: readonly string[]): void
}

/** Stops a read that runs past its time; the reader checks it between chunks of input. */
export interface Deadline {
  check(): void
}

export const NO_DEADLINE: Deadline = { check() {} }

const MAX_DEPTH = 64
const MAX_ATTRIBUTES = 64
/** Longest text or attribute value; Excel's cells hold at most 32,767 characters. */
export const MAX_TEXT_CHARS = 65_536
/** Characters handed to the parser between two looks at the clock. */
const CHUNK = 64 * 1024

const ACCEPTED_ENCODINGS = new Set(['utf-8', 'utf-16', 'utf-16le', 'utf-16be'])

export function readXml(
  part: string,
  bytes: Uint8Array,
  handlers: XmlHandlers,
  deadline: Deadline = NO_DEADLINE,
): void {
  const text = decodeXml(bytes)
  const parser = new SaxesParser<{ xmlns: false; position: false }>({
    xmlns: false,
    position: false,
  })
  const path: string[] = []
  parser.on('error', () => {
    // Only on the way out: a declaration XML does not allow ("<!doctype", a bare "<!ENTITY")
    // is still named for what it is.
    const declaration = /<!\s*(doctype|entity)/i.exec(text.slice(0, CHUNK))?.[1]
    if (declaration) throw declarationRefused(declaration)
    throw malformed(part)
  })
  parser.on('doctype', () => {
    throw declarationRefused('doctype')
  })
  parser.on('xmldecl', (decl) => {
    const encoding = decl.encoding?.toLowerCase()
    if (encoding !== undefined && !ACCEPTED_ENCODINGS.has(encoding)) {
      throw new Refusal(
        `The part ${partName(part)} uses a text encoding (${partName(decl.encoding ?? '')}) report workbooks never use; it was not opened.`,
      )
    }
  })
  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (path.length >= MAX_DEPTH) throw tooDeep(part)
    const name = localName(tag.name)
    handlers.open(name, attributesOf(part, tag), path)
    path.push(name)
  })
  parser.on('closetag', () => {
    const name = path.pop() ?? ''
    handlers.close?.(name, path)
  })
  const onText = (value: string) => {
    if (value.length > MAX_TEXT_CHARS) throw tooLong(part)
    if (handlers.text && path.length > 0) handlers.text(value, path)
  }
  parser.on('text', onText)
  parser.on('cdata', onText)
  for (let at = 0; at < text.length; at += CHUNK) {
    deadline.check()
    parser.write(text.slice(at, at + CHUNK))
  }
  parser.close()
}

function localName(name: string): string {
  const colon = name.indexOf(':')
  return colon < 0 ? name : name.slice(colon + 1)
}

/** The tag's attributes in a null-prototype object, names without prefix but for `r:id`-style ones. */
function attributesOf(part: string, tag: SaxesTagPlain): Attributes {
  const out: Record<string, string> = Object.create(null) as Record<string, string>
  let n = 0
  for (const name in tag.attributes) {
    if (++n > MAX_ATTRIBUTES) throw tooMany(part)
    const value = tag.attributes[name] ?? ''
    if (value.length > MAX_TEXT_CHARS) throw tooLong(part)
    // Namespace declarations say nothing about content.
    if (name === 'xmlns' || name.startsWith('xmlns:')) continue
    // A prefixed `id` is the relationship id (r:id); other prefixes are dropped.
    const local = localName(name)
    out[local === 'id' && local !== name ? 'r:id' : local] = value
  }
  return out
}

const declarationRefused = (keyword: string) =>
  new Refusal(
    `The workbook contains ${keyword.toLowerCase() === 'doctype' ? 'a DOCTYPE' : 'an ENTITY'} declaration, which report workbooks never do; it was not opened.`,
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
