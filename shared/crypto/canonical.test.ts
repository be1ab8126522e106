import canonicalize from 'canonicalize'
import { describe, expect, test } from 'vitest'
import { toHex } from './bytes'
import { CanonicalError, MAX_DEPTH, canonicalBytes, canonicalJson } from './canonical'

/** The IEEE 754 double with the given big-endian bit pattern. */
function double(bits: string): number {
  const view = new DataView(new ArrayBuffer(8))
  view.setBigUint64(0, BigInt(`0x${bits}`))
  return view.getFloat64(0)
}

function refusal(value: unknown): CanonicalError {
  try {
    canonicalJson(value)
  } catch (error) {
    if (error instanceof CanonicalError) return error
    throw error
  }
  throw new Error('expected a CanonicalError')
}

// RFC 8785 Appendix B: IEEE 754 bit patterns and their canonical text.
const APPENDIX_B: [string, string][] = [
  ['0000000000000000', '0'],
  ['8000000000000000', '0'],
  ['0000000000000001', '5e-324'],
  ['8000000000000001', '-5e-324'],
  ['7fefffffffffffff', '1.7976931348623157e+308'],
  ['ffefffffffffffff', '-1.7976931348623157e+308'],
  ['4340000000000000', '9007199254740992'],
  ['c340000000000000', '-9007199254740992'],
  ['4430000000000000', '295147905179352830000'],
  ['44b52d02c7e14af5', '9.999999999999997e+22'],
  ['44b52d02c7e14af6', '1e+23'],
  ['44b52d02c7e14af7', '1.0000000000000001e+23'],
  ['444b1ae4d6e2ef4e', '999999999999999700000'],
  ['444b1ae4d6e2ef4f', '999999999999999900000'],
  ['444b1ae4d6e2ef50', '1e+21'],
  ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
  ['3eb0c6f7a0b5ed8d', '0.000001'],
  ['41b3de4355555553', '333333333.3333332'],
  ['41b3de4355555554', '333333333.33333325'],
  ['41b3de4355555555', '333333333.3333333'],
  ['41b3de4355555556', '333333333.3333334'],
  ['41b3de4355555557', '333333333.33333343'],
  ['becbf647612f3696', '-0.0000033333333333333333'],
  ['43143ff3c1cb0959', '1424953923781206.2'],
]

// Inputs as JSON text (parsed with JSON.parse, as a verifier would) and the expected output, from
// the test data of cyberphone/json-canonicalization (the RFC authors' reference implementations).
const SAMPLES: Record<string, [input: string, output: string]> = {
  arrays: [
    '[\n  56,\n  {\n    "d": true,\n    "10": null,\n    "1": [ ]\n  }\n]',
    '[56,{"1":[],"10":null,"d":true}]',
  ],
  french: [
    '{\n  "peach": "This sorting order",\n  "péché": "is wrong according to French",\n  "pêche": "but canonicalization MUST",\n  "sin":   "ingnore locale"\n}',
    '{"peach":"This sorting order","péché":"is wrong according to French","pêche":"but canonicalization MUST","sin":"ingnore locale"}',
  ],
  structures: [
    '{\n  "1": {"f": {"f": "hi","F": 5} ,"\\n": 56.0},\n  "10": { },\n  "": "empty",\n  "a": { },\n  "111": [ { } ],\n  "A": { }\n}',
    '{"":"empty","1":{"\\n":56,"f":{"F":5,"f":"hi"}},"10":{},"111":[{}],"A":{},"a":{}}',
  ],
  unicode: [
    '{\n  "Unnormalized Unicode":"\\u1e0d\\u0307"\n}',
    '{"Unnormalized Unicode":"\u1e0d\u0307"}',
  ],
  values: [
    '{\n  "numbers": [1E30, 4.50, 333333333.33333329, 2e-3, 0.000000000000000000000000001],\n  "escaping": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/",\n  "literals": [null, true, false]\n}',
    '{"escaping":"\u20ac$\\u000f\\nA\'B\\"\\\\\\\\\\"/","literals":[null,true,false],"numbers":[1e+30,4.5,333333333.3333333,0.002,1e-27]}',
  ],
  weird: [
    '{\n  "\\u20ac": "Euro Sign",\n  "\\r": "Carriage Return",\n  "\\u000a": "Newline",\n  "1": "One",\n  "\\u0080": "Control\\u007f",\n  "\\ud83d\\ude02": "Smiley",\n  "\\u00f6": "Latin Small Letter O With Diaeresis",\n  "\\ufb33": "Hebrew Letter Dalet With Dagesh",\n  "</script>": "Browser Challenge"\n}',
    '{"\\n":"Newline","\\r":"Carriage Return","1":"One","</script>":"Browser Challenge","\u0080":"Control\u007f","\u00f6":"Latin Small Letter O With Diaeresis","\u20ac":"Euro Sign","\ud83d\ude02":"Smiley","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
  ],
}

describe('the canonicalize package against RFC 8785', () => {
  test.each(APPENDIX_B)('Appendix B: number 0x%s is written %s', (bits, text) => {
    expect(canonicalize(double(bits))).toBe(text)
  })

  test('Appendix B: NaN and Infinity are errors', () => {
    expect(() => canonicalize(double('7fffffffffffffff'))).toThrow()
    expect(() => canonicalize(double('7ff0000000000000'))).toThrow()
  })

  test.each(Object.entries(SAMPLES))(
    'json-canonicalization sample "%s"',
    (_name, [input, output]) => {
      expect(canonicalize(JSON.parse(input))).toBe(output)
    },
  )

  test('§3.2.3: properties sort by UTF-16 code units, not code points or locale', () => {
    const input = JSON.parse(
      '{"\\u20ac":"Euro Sign","\\r":"Carriage Return","\\ufb33":"Hebrew Letter Dalet With Dagesh","1":"One",' +
        '"\\ud83d\\ude00":"Emoji: Grinning Face","\\u0080":"Control","\\u00f6":"Latin Small Letter O With Diaeresis"}',
    ) as unknown
    expect(canonicalJson(input)).toBe(canonicalize(input))
    expect(canonicalize(input)).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis",' +
        '"\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    )
  })

  test('§3.2.4: the UTF-8 bytes of the §3.2.2 sample', () => {
    const input = JSON.parse(
      '{"numbers":[333333333.33333329,1E30,4.50,2e-3,0.000000000000000000000000001],' +
        '"string":"\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/","literals":[null,true,false]}',
    ) as unknown
    const hex = `
      7b 22 6c 69 74 65 72 61 6c 73 22 3a 5b 6e 75 6c 6c 2c 74 72 75 65 2c 66 61 6c 73 65 5d 2c 22 6e
      75 6d 62 65 72 73 22 3a 5b 33 33 33 33 33 33 33 33 33 2e 33 33 33 33 33 33 33 2c 31 65 2b 33 30
      2c 34 2e 35 2c 30 2e 30 30 32 2c 31 65 2d 32 37 5d 2c 22 73 74 72 69 6e 67 22 3a 22 e2 82 ac 24
      5c 75 30 30 30 66 5c 6e 41 27 42 5c 22 5c 5c 5c 5c 5c 22 2f 22 7d`.replace(/\s+/g, '')
    expect(toHex(new TextEncoder().encode(canonicalize(input)))).toBe(hex)
  })
})

describe('canonicalJson', () => {
  test('agrees with the package on every vector inside its domain', () => {
    for (const [bits, text] of APPENDIX_B) {
      const n = double(bits)
      if (Number.isInteger(n) && !Number.isSafeInteger(n)) {
        expect(() => canonicalJson(n)).toThrow(CanonicalError)
      } else expect(canonicalJson(n)).toBe(text)
    }
    for (const [name, [input, output]] of Object.entries(SAMPLES)) {
      if (name === 'values') continue // 1E30 is an integer beyond 2^53: refused below
      expect(canonicalJson(JSON.parse(input))).toBe(output)
    }
  })

  test('refuses an integer beyond 2^53 − 1 with its path', () => {
    const error = refusal(JSON.parse(SAMPLES.values?.[0] ?? ''))
    expect(error.path).toBe('$.numbers[0]')
    expect(error.message).toMatch(/beyond ±\(2\^53 − 1\)/)
    expect(canonicalJson(Number.MAX_SAFE_INTEGER)).toBe('9007199254740991')
    expect(refusal(-(2 ** 53)).path).toBe('$')
  })

  test('canonicalBytes is the UTF-8 of canonicalJson', () => {
    expect(Array.from(canonicalBytes({ b: 'é', a: 1 }))).toEqual(
      Array.from(new TextEncoder().encode('{"a":1,"b":"é"}')),
    )
  })

  test('shared (non-cyclic) references are fine', () => {
    const shared = { seats: 24 }
    expect(canonicalJson({ a: shared, b: [shared, shared] })).toBe(
      '{"a":{"seats":24},"b":[{"seats":24},{"seats":24}]}',
    )
  })

  test('a "__proto__" member parsed from JSON is kept as data', () => {
    const parsed = JSON.parse('{"__proto__":{"admin":true},"a":1}') as unknown
    expect(canonicalJson(parsed)).toBe('{"__proto__":{"admin":true},"a":1}')
  })

  test('an object without a prototype is plain data', () => {
    const bare = Object.create(null) as Record<string, number>
    bare.z = 1
    bare.a = 2
    expect(canonicalJson(bare)).toBe('{"a":2,"z":1}')
  })

  class Payload {
    seats = 1
  }
  const cyclic: Record<string, unknown> = { name: 'x' }
  cyclic.self = { back: cyclic }
  const sparse = [1, , 3] // eslint-disable-line no-sparse-arrays -- the hole is the point
  const extra = Object.assign([1, 2], { note: 'dropped by JSON' })
  const withSymbol = { [Symbol('s')]: 1 }
  const hidden = Object.defineProperty({}, 'secret', { value: 1, enumerable: false })
  const getter = Object.defineProperty({}, 'seats', { get: () => 1, enumerable: true })
  let deep: unknown = 1
  for (let i = 0; i < MAX_DEPTH + 1; i++) deep = [deep]

  test.each<[string, unknown, string, RegExp]>([
    ['NaN', { rows: [{}, {}, { values: { seats: NaN } }] }, '$.rows[2].values.seats', /NaN/],
    ['Infinity', { rate: Infinity }, '$.rate', /Infinity is not a JSON number/],
    ['-Infinity', [0, -Infinity], '$[1]', /-Infinity is not a JSON number/],
    ['a huge integer', { id: 2 ** 60 }, '$.id', /lose precision/],
    ['a lone surrogate in a string', { name: 'a\ud800b' }, '$.name', /lone UTF-16 surrogate/],
    ['a lone surrogate in a key', { ['k\udc00']: 1 }, '$["k\\udc00"]', /key contains a lone/],
    ['undefined in an object', { a: { b: undefined } }, '$.a.b', /object member is undefined/],
    ['undefined in an array', { list: [1, undefined] }, '$.list[1]', /array element is undefined/],
    ['undefined at the root', undefined, '$', /the value is undefined/],
    ['a hole in an array', { list: sparse }, '$.list[1]', /sparse array/],
    ['extra array properties', extra, '$', /extra named properties/],
    ['a function', { f: () => 1 }, '$.f', /function/],
    ['a symbol', { s: Symbol('x') }, '$.s', /symbol/],
    ['a symbol key', withSymbol, '$', /symbol-keyed/],
    ['a bigint', { n: 1n }, '$.n', /bigint/],
    ['a Date', { at: new Date(0) }, '$.at', /a Date is not a plain object/],
    ['a Map', { m: new Map() }, '$.m', /a Map is not a plain object/],
    ['a class instance', { p: new Payload() }, '$.p', /a Payload instance is not a plain object/],
    ['a typed array', { bytes: new Uint8Array(2) }, '$.bytes', /a Uint8Array/],
    ['a hidden property', hidden, '$.secret', /non-enumerable/],
    ['a getter', getter, '$.seats', /getter/],
    ['a cycle', cyclic, '$.self.back', /cycle/],
    ['nesting too deep', deep, `$${'[0]'.repeat(MAX_DEPTH)}`, /deeper than 64/],
    ['a key that is not an identifier', { 'two words': NaN }, '$["two words"]', /NaN/],
  ])('refuses %s', (_what, value, path, reason) => {
    const error = refusal(value)
    expect(error.path).toBe(path)
    expect(error.message).toMatch(reason)
    expect(error.message).toContain(path)
  })

  test('nesting up to the limit is accepted', () => {
    let deep: unknown = 1
    for (let i = 0; i < MAX_DEPTH; i++) deep = [deep]
    expect(canonicalJson(deep)).toBe(`${'['.repeat(MAX_DEPTH)}1${']'.repeat(MAX_DEPTH)}`)
  })
})
