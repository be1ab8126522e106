// Stage 2's tokenizer: one XML part of an untrusted workbook, read as a stream of elements in a
// single pass from left to right. It never backtracks and never runs a regular expression over
// the part: each step looks for the next "<", quote or ">" with the engine's own string search,
// so its time is linear in the part's size. It is strict where XML is: one root element, close
// tags that match, quoted attributes without "<", no attribute twice, only the five named
// entities and character references. No DOCTYPE (how entity-expansion and external-entity
// attacks start), only the encodings Office writes, bounds on nesting, attributes and text, and
// a deadline checked as it goes. Element and attribute names arrive without their namespace
// prefix ("x:row" is "row"), except a prefixed `id` (the relationship id), which is "r:id".
// (A general SAX parser such as saxes checks every character against the XML name tables and
// took about a third longer on the same parts; this reads only the subset Office writes.)
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
/** Longest text or attribute value; Excel's cells hold at most 32,767 characters. */
export const MAX_TEXT_CHARS = 65_536
/** Elements between two looks at the clock. */
const CHECK_EVERY = 4096

const ACCEPTED_ENCODINGS = new Set(['utf-8', 'utf-16', 'utf-16le', 'utf-16be'])

export function readXml(
  part: string,
  bytes: Uint8Array,
  handlers: XmlHandlers,
  deadline: Deadline = NO_DEADLINE,
): void {
  new Tokenizer(part, decodeXml(bytes), handlers, deadline).run()
}

class Tokenizer {
  private at = 0
  private readonly path: string[] = []
  /** Raw names of the open elements, for matching close tags exactly. */
  private readonly raw: string[] = []
  private rootClosed = false
  private sawRoot = false
  private steps = 0

  constructor(
    private readonly part: string,
    private readonly xml: string,
    private readonly handlers: XmlHandlers,
    private readonly deadline: Deadline,
  ) {}

  run(): void {
    const { xml } = this
    this.deadline.check()
    this.declaration()
    while (this.at < xml.length) {
      const lt = xml.indexOf('<', this.at)
      const end = lt < 0 ? xml.length : lt
      if (end > this.at) this.characters(xml.slice(this.at, end))
      if (lt < 0) break
      this.at = lt
      if (++this.steps % CHECK_EVERY === 0) this.deadline.check()
      const next = xml.charCodeAt(lt + 1)
      if (next === 0x2f) this.closeTag()
      else if (next === 0x21) this.markup()
      else if (next === 0x3f) this.processingInstruction()
      else this.openTag()
    }
    if (!this.sawRoot || this.path.length > 0) throw malformed(this.part)
  }

  private fail(): never {
    throw malformed(this.part)
  }

  /** `<?xml version="1.0" encoding="UTF-8"?>`, if present: only the encodings Office writes. */
  private declaration(): void {
    const { xml } = this
    if (!xml.startsWith('<?xml') || !/[\s?]/.test(xml.charAt(5))) return
    const end = xml.indexOf('?>')
    if (end < 0) this.fail()
    let encoding: string | undefined
    this.attributes(5, end, (name, value) => {
      if (name === 'encoding') encoding = value
    })
    if (encoding !== undefined && !ACCEPTED_ENCODINGS.has(encoding.toLowerCase())) {
      throw new Refusal(
        `The part ${partName(this.part)} uses a text encoding (${partName(encoding)}) report workbooks never use; it was not opened.`,
      )
    }
    this.at = end + 2
  }

  private characters(text: string): void {
    if (this.path.length === 0) {
      // Outside the root only white space may stand.
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i)
        if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0xfeff) this.fail()
      }
      return
    }
    if (text.includes('>') && text.includes(']]>')) this.fail()
    this.emitText(decodeEntities(text, this.part))
  }

  private emitText(text: string): void {
    if (text.length > MAX_TEXT_CHARS) throw tooLong(this.part)
    if (this.handlers.text && text !== '') this.handlers.text(text, this.path)
  }

  private openTag(): void {
    const { xml } = this
    if (this.rootClosed) this.fail()
    const end = this.tagEnd(this.at + 1)
    const selfClosing = xml.charCodeAt(end - 1) === 0x2f
    const stop = selfClosing ? end - 1 : end
    let nameEnd = this.at + 1
    while (nameEnd < stop && !isSpace(xml.charCodeAt(nameEnd))) nameEnd++
    const rawName = xml.slice(this.at + 1, nameEnd)
    if (!isName(rawName)) this.fail()
    if (this.path.length >= MAX_DEPTH) throw tooDeep(this.part)
    const attributes = Object.create(null) as Record<string, string>
    this.attributes(nameEnd, stop, (name, value) => {
      if (name === 'xmlns' || name.startsWith('xmlns:')) return
      const local = localName(name)
      attributes[local === 'id' && local !== name ? 'r:id' : local] = value
    })
    const name = localName(rawName)
    this.sawRoot = true
    this.handlers.open(name, attributes, this.path)
    this.at = end + 1
    if (selfClosing) {
      this.handlers.close?.(name, this.path)
      if (this.path.length === 0) this.rootClosed = true
    } else {
      this.path.push(name)
      this.raw.push(rawName)
    }
  }

  /** The ">" that ends a tag starting at `from`, skipping quoted attribute values. */
  private tagEnd(from: number): number {
    const { xml } = this
    let at = from
    for (;;) {
      const gt = xml.indexOf('>', at)
      if (gt < 0) this.fail()
      const quote = nextQuote(xml, at, gt)
      if (quote < 0) return gt
      const close = xml.indexOf(xml.charAt(quote), quote + 1)
      if (close < 0) this.fail()
      at = close + 1
    }
  }

  /** ` a="1" b='2'` between `from` and `to`, checked: quoted, no "<" inside, no name twice. */
  private attributes(from: number, to: number, each: (name: string, value: string) => void): void {
    const { xml } = this
    const seen: string[] = []
    let at = from
    for (;;) {
      while (at < to && isSpace(xml.charCodeAt(at))) at++
      if (at >= to) return
      const eq = xml.indexOf('=', at)
      if (eq < 0 || eq >= to) this.fail()
      const name = xml.slice(at, eq).trimEnd()
      let q = eq + 1
      while (q < to && isSpace(xml.charCodeAt(q))) q++
      const quote = xml.charCodeAt(q)
      if ((quote !== 0x22 && quote !== 0x27) || !isName(name) || seen.includes(name)) this.fail()
      const close = xml.indexOf(quote === 0x22 ? '"' : "'", q + 1)
      if (close < 0 || close >= to) this.fail()
      if (close - q > MAX_TEXT_CHARS) throw tooLong(this.part)
      if (seen.length >= MAX_ATTRIBUTES) throw tooMany(this.part)
      const raw = xml.slice(q + 1, close)
      if (raw.includes('<')) this.fail()
      seen.push(name)
      each(name, decodeEntities(normalizeAttribute(raw), this.part))
      at = close + 1
      if (at < to && !isSpace(xml.charCodeAt(at))) this.fail()
    }
  }

  private closeTag(): void {
    const { xml } = this
    const end = xml.indexOf('>', this.at)
    if (end < 0) this.fail()
    const rawName = xml.slice(this.at + 2, end).trimEnd()
    if (this.raw.pop() !== rawName) this.fail()
    const name = this.path.pop() ?? ''
    this.handlers.close?.(name, this.path)
    if (this.path.length === 0) this.rootClosed = true
    this.at = end + 1
  }

  /** `<!-- -->`, `<![CDATA[ ]]>`; a DOCTYPE or ENTITY is refused for what it is. */
  private markup(): void {
    const { xml, at } = this
    if (xml.startsWith('<!--', at)) {
      const end = xml.indexOf('-->', at + 4)
      if (end < 0) this.fail()
      this.at = end + 3
    } else if (xml.startsWith('<![CDATA[', at)) {
      if (this.path.length === 0) this.fail()
      const end = xml.indexOf(']]>', at + 9)
      if (end < 0) this.fail()
      this.emitText(xml.slice(at + 9, end))
      this.at = end + 3
    } else {
      const keyword = xml.slice(at + 2, at + 9).toLowerCase()
      if (keyword === 'doctype') throw declarationRefused('doctype')
      if (keyword.startsWith('entity')) throw declarationRefused('entity')
      this.fail()
    }
  }

  private processingInstruction(): void {
    const end = this.xml.indexOf('?>', this.at)
    if (end < 0) this.fail()
    // A second XML declaration is not a processing instruction but an error.
    if (/^<\?xml[\s?]/i.test(this.xml.slice(this.at, this.at + 6))) this.fail()
    this.at = end + 2
  }
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d
}

/** The first quote between `from` and `before`, or -1 (a scan of the tag only, never beyond). */
function nextQuote(text: string, from: number, before: number): number {
  for (let i = from; i < before; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x22 || c === 0x27) return i
  }
  return -1
}

/** XML names as Office writes them: letters, digits, "_", "-", ".", one ":" at most. */
function isName(name: string): boolean {
  if (name === '' || name.length > 200) return false
  let colons = 0
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i)
    const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c > 0x7f
    const other = (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e
    if (c === 0x3a) colons++
    else if (!letter && !(other && i > 0)) return false
  }
  return colons <= 1 && !name.startsWith(':') && !name.endsWith(':')
}

function localName(name: string): string {
  const colon = name.indexOf(':')
  return colon < 0 ? name : name.slice(colon + 1)
}

/** Attribute values: tabs and line breaks read as spaces, as XML says. */
function normalizeAttribute(raw: string): string {
  if (!raw.includes('\t') && !raw.includes('\n') && !raw.includes('\r')) return raw
  return raw.replace(/\r\n|[\t\n\r]/g, ' ')
}

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
}

/** `&amp;` `&#65;` `&#x41;`; any other entity, or a bare "&", is not XML. */
function decodeEntities(text: string, part: string): string {
  const crlf = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text
  if (!crlf.includes('&')) return crlf
  let out = ''
  let at = 0
  for (;;) {
    const amp = crlf.indexOf('&', at)
    if (amp < 0) return out + crlf.slice(at)
    const semi = crlf.indexOf(';', amp)
    if (semi < 0 || semi - amp > 10) throw malformed(part)
    const name = crlf.slice(amp + 1, semi)
    let value: string | undefined
    if (name.startsWith('#x')) value = fromCode(parseInt(name.slice(2), 16), name.slice(2), 16)
    else if (name.startsWith('#')) value = fromCode(parseInt(name.slice(1), 10), name.slice(1), 10)
    else value = Object.hasOwn(NAMED, name) ? NAMED[name] : undefined
    if (value === undefined) throw malformed(part)
    out += crlf.slice(at, amp) + value
    at = semi + 1
  }
}

function fromCode(code: number, digits: string, radix: 10 | 16): string | undefined {
  const valid = radix === 16 ? /^[0-9A-Fa-f]{1,6}$/ : /^[0-9]{1,7}$/
  if (!valid.test(digits) || code > 0x10ffff) return undefined
  // XML 1.0 characters only.
  const ok =
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    code >= 0x10000
  return ok ? String.fromCodePoint(code) : undefined
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
