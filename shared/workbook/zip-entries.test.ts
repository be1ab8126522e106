import { strToU8, zipSync, type Zippable } from 'fflate'
import { describe, expect, test } from 'vitest'
import { Refusal } from './refusal'
import { readXml } from './xml-reader'
import { ZIP_LIMITS as DEFAULT_LIMITS, readZipEntries, type ZipLimits } from './zip-entries'

type SafeReadResult =
  { ok: true; entries: Map<string, Uint8Array> } | { ok: false; problem: string }

/** The first two stages on their own: every entry inflated, every XML-looking one tokenized. */
function inspectZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_LIMITS): SafeReadResult {
  try {
    const zip = readZipEntries(bytes, limits)
    const entries = new Map<string, Uint8Array>()
    for (const name of zip.names) {
      const data = zip.read(name)
      const head = new TextDecoder().decode(data.subarray(0, 5)).replace(/\0/g, '')
      if (/\.(xml|rels)$/i.test(name) || head.startsWith('<?')) readXml(name, data, { open() {} })
      entries.set(name, data)
    }
    return { ok: true, entries }
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, problem: error.message }
    throw error
  }
}

const MB = 1024 * 1024

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'
const WORKBOOK =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Programs" sheetId="1" r:id="rId1"/></sheets></workbook>'

/** The parts of a minimal .xlsx-shaped zip, plus or minus some. */
function parts(extra: Record<string, string | Uint8Array> = {}): Zippable {
  const files: Record<string, string | Uint8Array> = {
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': '<?xml version="1.0" encoding="UTF-8"?><Relationships/>',
    'xl/workbook.xml': WORKBOOK,
    'xl/worksheets/sheet1.xml':
      '<?xml version="1.0" encoding="UTF-8"?><worksheet><sheetData/></worksheet>',
    ...extra,
  }
  return Object.fromEntries(
    Object.entries(files).map(([k, v]) => [k, typeof v === 'string' ? strToU8(v) : v]),
  )
}

function zip(files: Zippable = parts(), level: 0 | 6 = 6): Uint8Array {
  return zipSync(files, { level, mtime: new Date('2025-07-01T00:00:00Z') })
}

function problem(result: SafeReadResult): string {
  if (result.ok) throw new Error('expected the file to be refused')
  return result.problem
}

/** Offsets of an entry's central-directory record and local header, found by name. */
function headers(bytes: Uint8Array, name: string): { central: number; local: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const wanted = strToU8(name)
  for (let at = 0; at + 46 < bytes.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue
    const length = view.getUint16(at + 28, true)
    const candidate = bytes.subarray(at + 46, at + 46 + length)
    if (length === wanted.length && candidate.every((b, i) => b === wanted[i])) {
      return { central: at, local: view.getUint32(at + 42, true) }
    }
  }
  throw new Error(`no entry ${name}`)
}

/** Patches the little-endian field at `offset` in both headers of an entry (sizes, flags...). */
function patch(
  bytes: Uint8Array,
  name: string,
  field: 'flags' | 'method' | 'size' | 'compressed',
  value: number,
) {
  const { central, local } = headers(bytes, name)
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const at = { flags: [8, 6, 2], method: [10, 8, 2], compressed: [20, 18, 4], size: [24, 22, 4] }[
    field
  ]
  const [c = 0, l = 0, width] = at
  if (width === 2) {
    view.setUint16(central + c, value, true)
    view.setUint16(local + l, value, true)
  } else {
    view.setUint32(central + c, value, true)
    view.setUint32(local + l, value, true)
  }
}

describe('inspectZip accepts', () => {
  test('a minimal .xlsx-shaped zip, deflated or stored, and returns its parts', () => {
    for (const level of [6, 0] as const) {
      const result = inspectZip(zip(parts(), level))
      if (!result.ok) throw new Error(result.problem)
      expect([...result.entries.keys()].sort()).toEqual([
        '[Content_Types].xml',
        '_rels/.rels',
        'xl/workbook.xml',
        'xl/worksheets/sheet1.xml',
      ])
      expect(new TextDecoder().decode(result.entries.get('xl/workbook.xml'))).toBe(WORKBOOK)
    }
  })

  test('folder entries are checked but left out', () => {
    const bytes = zip({ ...parts(), 'xl/media': {} }) // fflate writes the folder entry "xl/media/"
    expect(headers(bytes, 'xl/media/').local).toBeGreaterThan(0)
    const result = inspectZip(bytes)
    expect(result.ok).toBe(true)
    expect(result.ok && [...result.entries.keys()].some((k) => k.endsWith('/'))).toBe(false)
  })

  test('a UTF-16 XML part without a DOCTYPE, and a binary part that happens to contain "<!"', () => {
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(
        new Uint16Array(
          [...'<?xml version="1.0" encoding="UTF-16"?><a/>'].map((c) => c.charCodeAt(0)),
        ).buffer,
      ),
    ])
    const result = inspectZip(
      zip(
        parts({ 'xl/custom.xml': utf16, 'xl/media/image1.png': Uint8Array.of(0x89, 0x3c, 0x21) }),
      ),
    )
    expect(result.ok).toBe(true)
  })
})

describe('inspectZip refuses', () => {
  test('an empty file', () => {
    expect(problem(inspectZip(new Uint8Array(0)))).toBe('The file is empty.')
  })

  test('a file over the size limit', () => {
    expect(problem(inspectZip(new Uint8Array(20 * MB + 1)))).toBe('The file is larger than 20 MB.')
  })

  test.each<[string, Uint8Array, RegExp]>([
    [
      'an old .xls (OLE) file',
      Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0),
      /old-style Excel file \(\.xls\) or a password-protected workbook/,
    ],
    [
      'a CSV file',
      strToU8('program,seats,completers\nRespiratory Therapy,24,19\n'),
      /text file \(such as CSV\)/,
    ],
    ['a PDF', strToU8('%PDF-1.7\n'), /PDF file/],
    [
      'an HTML page',
      strToU8('\n<html><table><tr><td>1</td></tr></table></html>'),
      /XML or web page/,
    ],
    ['random bytes', Uint8Array.of(1, 2, 3, 0, 5), /not a zip file/],
  ])('%s, saying what it is', (_what, bytes, message) => {
    expect(problem(inspectZip(bytes))).toMatch(message)
  })

  test('a zip that is not a workbook, or is another Office file', () => {
    expect(problem(inspectZip(zip({ 'notes.txt': strToU8('hi') })))).toBe(
      'The file is a zip but not an Excel workbook (.xlsx).',
    )
    expect(
      problem(
        inspectZip(
          zip({
            '[Content_Types].xml': strToU8(CONTENT_TYPES),
            'word/document.xml': strToU8('<w/>'),
          }),
        ),
      ),
    ).toMatch(/Word document/)
  })

  test('too many parts', () => {
    const many: Zippable = parts()
    for (let i = 0; i < 4996; i++) many[`xl/x/${i}.bin`] = new Uint8Array(0)
    expect(problem(inspectZip(zip(many)))).toBe(
      'The file contains 5,000 parts; a report workbook has no more than 2,000.',
    )
  })

  test('a zip bomb: a run of zeros over a tight per-part limit', () => {
    const limits: ZipLimits = { ...DEFAULT_LIMITS, maxEntryBytes: 1 * MB }
    const bomb = zip(parts({ 'xl/worksheets/sheet2.xml': new Uint8Array(2 * MB) }))
    expect(problem(inspectZip(bomb, limits))).toBe(
      'The part “xl/worksheets/sheet2.xml” inflates to more than 1 MB (a zip bomb?); the file was not opened.',
    )
  })

  test('a part compressed beyond the ratio limit, with the default limits', () => {
    const bomb = zip(parts({ 'xl/worksheets/sheet2.xml': new Uint8Array(10 * MB) }))
    expect(bomb.length).toBeLessThan(50_000)
    expect(problem(inspectZip(bomb))).toMatch(
      /“xl\/worksheets\/sheet2.xml” is compressed more than 200 to 1.*zip bomb/,
    )
  })

  test('too much in all', () => {
    const limits: ZipLimits = { ...DEFAULT_LIMITS, maxTotalBytes: 100 * 1024 }
    const files = parts({
      'xl/a.bin': new Uint8Array(60 * 1024),
      'xl/b.bin': new Uint8Array(60 * 1024),
    })
    expect(problem(inspectZip(zip(files), limits))).toBe(
      'The file inflates to more than 100 KB in all (a zip bomb?); it was not opened.',
    )
  })

  test('a part whose header lies about its size: inflation stops at the declared size', () => {
    const bytes = zip(parts({ 'xl/worksheets/sheet2.xml': new Uint8Array(900 * 1024) }))
    patch(bytes, 'xl/worksheets/sheet2.xml', 'size', 1000)
    expect(problem(inspectZip(bytes))).toBe(
      'The part “xl/worksheets/sheet2.xml” inflates to more than the size it declares (a zip bomb?); the file was not opened.',
    )
    const stored = zip(parts({ 'xl/a.bin': new Uint8Array(5000) }), 0)
    patch(stored, 'xl/a.bin', 'size', 10)
    expect(problem(inspectZip(stored))).toMatch(/inflates to more than the size it declares/)
  })

  test('a lying header over 16 MB of zeros: refused without inflating it all', () => {
    const bytes = zip({
      ...parts(),
      'xl/worksheets/sheet2.xml': [new Uint8Array(16 * MB), { level: 1 }],
    })
    expect(bytes.length).toBeLessThan(DEFAULT_LIMITS.maxFileBytes)
    patch(bytes, 'xl/worksheets/sheet2.xml', 'size', 1000)
    expect(problem(inspectZip(bytes))).toMatch(
      /“xl\/worksheets\/sheet2.xml” inflates to more than the size it declares/,
    )
  })

  test('a part that inflates to less than it declares', () => {
    const bytes = zip(parts({ 'xl/a.bin': new Uint8Array(5000) }))
    patch(bytes, 'xl/a.bin', 'size', 6000)
    expect(problem(inspectZip(bytes))).toBe(
      'The file is damaged and could not be read (the part “xl/a.bin” is corrupted).',
    )
  })

  test.each([
    [
      'DOCTYPE',
      WORKBOOK.replace('<workbook', '<!DOCTYPE workbook [<!ENTITY lol "lol">]><workbook'),
    ],
    [
      'lower-case doctype',
      WORKBOOK.replace(
        '<workbook',
        '<!doctype workbook SYSTEM "http://example.com/x.dtd"><workbook',
      ),
    ],
  ])('a %s', (_what, xml) => {
    expect(problem(inspectZip(zip(parts({ 'xl/workbook.xml': xml }))))).toBe(
      'The workbook contains a DOCTYPE declaration, which report workbooks never do; it was not opened.',
    )
  })

  test('an ENTITY declaration, in any XML part', () => {
    const rels = '<?xml version="1.0"?><!ENTITY x SYSTEM "file:///etc/passwd"><Relationships/>'
    expect(problem(inspectZip(zip(parts({ '_rels/.rels': rels }))))).toMatch(
      /an ENTITY declaration/,
    )
  })

  const doctype = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE a [<!ENTITY b "c">]><a>&b;</a>'
  const utf16le = (s: string) =>
    new Uint8Array(new Uint16Array([...s].map((c) => c.charCodeAt(0))).buffer)
  const swap = (b: Uint8Array) => b.map((_, i) => b[i ^ 1] ?? 0)
  test.each<[string, Uint8Array]>([
    ['UTF-16LE with a BOM', Uint8Array.of(0xff, 0xfe, ...utf16le(doctype))],
    ['UTF-16BE with a BOM', Uint8Array.of(0xfe, 0xff, ...swap(utf16le(doctype)))],
    ['UTF-16LE without a BOM', utf16le(doctype)],
    ['UTF-16BE without a BOM', swap(utf16le(doctype))],
    ['UTF-8 with a BOM', Uint8Array.of(0xef, 0xbb, 0xbf, ...strToU8(doctype))],
  ])('a DOCTYPE in %s', (_what, bytes) => {
    expect(problem(inspectZip(zip(parts({ 'xl/workbook.xml': bytes }))))).toMatch(
      /DOCTYPE declaration/,
    )
  })

  test('a DOCTYPE in a part that is XML without an .xml name', () => {
    expect(
      problem(inspectZip(zip(parts({ 'xl/data.bin': '<?xml version="1.0"?><!DOCTYPE a><a/>' })))),
    ).toMatch(/DOCTYPE/)
  })

  test('an XML part in an unexpected encoding', () => {
    const xml = '<?xml version="1.0" encoding="UTF-7"?><a/>'
    expect(problem(inspectZip(zip(parts({ 'xl/styles.xml': xml }))))).toBe(
      'The part “xl/styles.xml” uses a text encoding (“UTF-7”) report workbooks never use; it was not opened.',
    )
  })

  test.each([
    '../evil.xml',
    'xl/../../evil.xml',
    '/etc/passwd',
    'xl\\worksheets\\sheet9.xml',
    'C:/evil.xml',
    'xl/./a.xml',
    'xl//a.xml',
    'xl/a\u0001.xml',
  ])('an unsafe part name %j', (name) => {
    expect(problem(inspectZip(zip(parts({ [name]: 'x' }))))).toMatch(
      /^The file contains a part with an unsafe name \(“.*”\); it was not opened\.$/,
    )
  })

  test('the same part twice (names differing only in case)', () => {
    expect(problem(inspectZip(zip(parts({ 'XL/Workbook.xml': WORKBOOK }))))).toBe(
      'The file contains the part “XL/Workbook.xml” twice; it was not opened.',
    )
  })

  test('an encrypted part', () => {
    const bytes = zip()
    patch(bytes, 'xl/workbook.xml', 'flags', 1)
    expect(problem(inspectZip(bytes))).toBe(
      'The workbook is encrypted or password-protected. Save it without a password and try again.',
    )
  })

  test('a compression method other than stored or deflate', () => {
    const bytes = zip()
    patch(bytes, 'xl/workbook.xml', 'method', 12)
    expect(problem(inspectZip(bytes))).toMatch(
      /“xl\/workbook.xml” is compressed in a way report workbooks never are/,
    )
  })

  test('zip64 markers', () => {
    const bytes = zip()
    patch(bytes, 'xl/workbook.xml', 'size', 0xffffffff)
    expect(problem(inspectZip(bytes))).toMatch(/zip feature report workbooks never use \(zip64\)/)
  })

  test('parts that overlap', () => {
    const bytes = zip()
    const { central } = headers(bytes, '[Content_Types].xml')
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    view.setUint32(central + 20, view.getUint32(central + 20, true) + 40, true)
    expect(problem(inspectZip(bytes))).toMatch(/overlap/)
  })

  test('a local header whose name differs from the directory', () => {
    const bytes = zip()
    const { local } = headers(bytes, 'xl/workbook.xml')
    bytes[local + 30] = 'X'.charCodeAt(0)
    expect(problem(inspectZip(bytes))).toMatch(/two different names/)
  })

  test('a truncated file', () => {
    const bytes = zip()
    expect(problem(inspectZip(bytes.subarray(0, bytes.length - 30)))).toBe(
      'The file is damaged and could not be read (its table of contents is missing; was the file cut short?).',
    )
    expect(problem(inspectZip(bytes.subarray(0, 200)))).toMatch(/^The file is damaged/)
  })

  test('corrupted compressed data', () => {
    const bytes = zip(
      parts({
        'xl/sharedStrings.xml': `<?xml version="1.0"?><sst>${'<si><t>Holyoke</t></si>'.repeat(200)}</sst>`,
      }),
    )
    const { local } = headers(bytes, 'xl/sharedStrings.xml')
    for (let i = 0; i < 20; i++) bytes[local + 60 + i] = 0xff - (bytes[local + 60 + i] ?? 0)
    expect(problem(inspectZip(bytes))).toMatch(
      /^The file is damaged and could not be read \(the part “xl\/sharedStrings.xml” is corrupted\)\.$/,
    )
  })

  test('a part name with control characters is shown safely', () => {
    const name = `xl/${'\u0007'.repeat(3)}${'a'.repeat(100)}.xml`
    const message = problem(inspectZip(zip(parts({ [name]: 'x' }))))
    expect(message).toContain('xl/???aaa')
    expect(message).toContain('…')
    expect(message).not.toContain('\u0007')
  })
})

describe('inspectZip never throws', () => {
  test('on a thousand randomly damaged workbooks', () => {
    const good = zip(
      parts({ 'xl/sharedStrings.xml': `<sst>${'<si><t>x</t></si>'.repeat(50)}</sst>` }),
    )
    let seed = 42
    const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) / 0x1000000
    for (let round = 0; round < 1000; round++) {
      const bytes = good.slice()
      const flips = 1 + Math.floor(random() * 4)
      for (let i = 0; i < flips; i++) {
        bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256)
      }
      const result = inspectZip(
        random() < 0.2 ? bytes.subarray(0, Math.floor(random() * bytes.length)) : bytes,
      )
      expect(typeof (result.ok ? result.entries : result.problem)).toBe(
        result.ok ? 'object' : 'string',
      )
    }
  })
})
