import { describe, expect, it } from 'vitest'
import { csvDocument, csvField, formulaSafe } from './csv'

describe('CSV for Excel', () => {
  it('never lets a value start a formula: = + - @, tab, carriage return and line feed', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r', '\n'])
      expect(formulaSafe(`${start}HYPERLINK("x")`)).toBe(`'${start}HYPERLINK("x")`)
    expect(formulaSafe('AHWG.xlsx')).toBe('AHWG.xlsx')
    expect(formulaSafe('a=b')).toBe('a=b')
  })

  it('quotes a field with a comma, a quote or a line break, after making it formula-safe', () => {
    expect(csvField('one, two')).toBe('"one, two"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('=1+1')).toBe("'=1+1")
    expect(csvField('=1,2')).toBe(`"'=1,2"`)
  })

  it('writes a document Excel reads as UTF-8: a BOM, CRLF between and after rows', () => {
    expect(
      csvDocument([
        ['a', 'b'],
        ['1', '2'],
      ]),
    ).toBe('\uFEFFa,b\r\n1,2\r\n')
  })
})
