import { describe, expect, test } from 'vitest'
import { Refusal } from './refusal'
import { readXml } from './xml-reader'

const utf8 = (text: string) => new TextEncoder().encode(text)

/** Every event as a line: "<name a=1>", "text", "</name>". */
function events(xml: string): string[] {
  const out: string[] = []
  readXml('x.xml', utf8(xml), {
    open: (name, attributes) =>
      out.push(
        `<${name}${Object.entries(attributes)
          .map(([k, v]) => ` ${k}=${v}`)
          .join('')}>`,
      ),
    text: (text) => out.push(text),
    close: (name) => out.push(`</${name}>`),
  })
  return out
}

function refusal(xml: string): string {
  try {
    events(xml)
  } catch (error) {
    if (error instanceof Refusal) return error.message
    throw error
  }
  throw new Error('expected a refusal')
}

describe('the XML tokenizer reads', () => {
  test('elements, prefixed names, attributes, entities, character references and CDATA', () => {
    expect(
      events(
        '<?xml version="1.0" encoding="UTF-8"?>\r\n<x:a xmlns:x="u" r:id="rId1" b=\'>&amp;\'><c d="1&#65;&#x42;"/>t&lt;1\r\n<![CDATA[<raw>]]><!-- note --></x:a>',
      ),
    ).toEqual(['<a r:id=rId1 b=>&>', '<c d=1AB>', '</c>', 't<1\n', '<raw>', '</a>'])
  })
})

describe('the XML tokenizer refuses', () => {
  test.each([
    ['mismatched close tags', '<a><b></a></b>'],
    ['an unclosed element', '<a><b></b>'],
    ['two roots', '<a/><b/>'],
    ['text after the root', '<a/>x'],
    ['an unquoted attribute', '<a b=1/>'],
    ['"<" in an attribute', '<a b="<"/>'],
    ['an attribute twice', '<a b="1" b="2"/>'],
    ['an unknown entity', '<a>&lol;</a>'],
    ['a bare ampersand', '<a>fish & chips</a>'],
    ['a character XML cannot hold', '<a>&#0;</a>'],
    ['a tag that never ends', '<a b="1"'],
    ['a second XML declaration', '<a/><?xml version="1.0"?>'],
    ['nothing at all', ''],
  ])('%s', (_, xml) => {
    expect(refusal(xml)).toBe(
      'The file is damaged: it could not be read as a workbook (the part “x.xml” is not well-formed XML).',
    )
  })

  test.each([
    '<!DOCTYPE a [<!ENTITY b "c">]><a>&b;</a>',
    '<!doctype a><a/>',
    '<!ENTITY b "c"><a/>',
  ])('a declaration: %s', (xml) => {
    expect(refusal(xml)).toMatch(/^The workbook contains (a DOCTYPE|an ENTITY) declaration/)
  })

  test('nesting deeper than any workbook', () => {
    expect(refusal(`${'<a>'.repeat(65)}${'</a>'.repeat(65)}`)).toMatch(/nests its XML deeper/)
  })

  test('an encoding Office never writes', () => {
    expect(refusal('<?xml version="1.0" encoding="UTF-7"?><a/>')).toMatch(/\(“UTF-7”\)/)
  })
})

describe('the XML tokenizer holds XML 1.0', () => {
  test('a declared XML 1.1 does not let control characters through', () => {
    expect(refusal('<?xml version="1.1"?><a>&#1;</a>')).toMatch(/is not well-formed XML/)
  })

  test('an attribute without a prototype, whatever it is called', () => {
    const seen: object[] = []
    readXml('x.xml', utf8('<a __proto__="1" constructor="2"/>'), {
      open: (_, attributes) => seen.push(attributes),
    })
    expect(Object.getPrototypeOf(seen[0])).toBeNull()
    expect(Object.entries(seen[0] ?? {})).toEqual([
      ['__proto__', '1'],
      ['constructor', '2'],
    ])
  })
})
