// RFC 8785 (JCS) canonical JSON: the exact bytes a submission signature covers.
// Serialization is the `canonicalize` package (by two of the RFC's authors); in front of it sits
// a strict check that refuses every value JSON would silently change or drop (NaN, undefined,
// a Date, a Map...), so that whatever gets signed reads back as the very same value.
import canonicalize from 'canonicalize'

/** Deepest nesting of objects and arrays accepted; a report payload is a handful of levels. */
export const MAX_DEPTH = 64

export class CanonicalError extends Error {
  override readonly name = 'CanonicalError'
  constructor(
    /** Where the problem is, as a JSON path: `$.rows[2].values.seats`. */
    readonly path: string,
    readonly reason: string,
  ) {
    super(`Cannot canonicalize ${path}: ${reason}`)
  }
}

/** The RFC 8785 canonical text of `value`, or a {@link CanonicalError} naming the bad part. */
export function canonicalJson(value: unknown): string {
  check(value, '$', 'root', 0, new Set())
  const text = canonicalize(value)
  if (text === undefined) throw new CanonicalError('$', 'the value has no JSON form')
  return text
}

/** The canonical text as UTF-8: what is hashed and signed. */
export function canonicalBytes(value: unknown): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(canonicalJson(value))
}

// In unicode mode a paired surrogate is one code point, so this matches lone halves only.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/

type Place = 'root' | 'member' | 'element'

function memberPath(path: string, key: string): string {
  return IDENTIFIER.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`
}

function fail(path: string, reason: string): never {
  throw new CanonicalError(path, reason)
}

function check(value: unknown, path: string, place: Place, depth: number, open: Set<object>): void {
  if (typeof value !== 'object') return checkScalar(value, path, place)
  if (value === null) return
  if (open.has(value)) fail(path, 'the value contains itself (a cycle)')
  if (depth >= MAX_DEPTH) fail(path, `nesting is deeper than ${MAX_DEPTH} levels`)
  open.add(value)
  if (Array.isArray(value)) checkArray(value, path, depth, open)
  else checkObject(value, path, depth, open)
  open.delete(value)
}

function checkScalar(value: unknown, path: string, place: Place): void {
  switch (typeof value) {
    case 'string':
      if (LONE_SURROGATE.test(value)) fail(path, 'the string contains a lone UTF-16 surrogate')
      return
    case 'number':
      if (Number.isNaN(value)) fail(path, 'NaN is not a JSON number')
      if (!Number.isFinite(value)) fail(path, `${value} is not a JSON number`)
      if (Number.isInteger(value) && !Number.isSafeInteger(value)) {
        fail(
          path,
          `the integer ${value} is beyond ±(2^53 − 1) and would lose precision; store it as a string`,
        )
      }
      return
    case 'boolean':
      return
    case 'undefined':
      return fail(path, UNDEFINED_REASON[place])
    case 'bigint':
      return fail(path, 'a bigint has no JSON form; store it as a string')
    case 'symbol':
      return fail(path, 'a symbol has no JSON form')
    default:
      return fail(path, 'a function has no JSON form')
  }
}

const UNDEFINED_REASON: Record<Place, string> = {
  root: 'the value is undefined',
  member: 'an object member is undefined (JSON would drop it); omit the key or use null',
  element: 'an array element is undefined (JSON would write null); use null',
}

function checkArray(array: unknown[], path: string, depth: number, open: Set<object>): void {
  if (Object.getPrototypeOf(array) !== Array.prototype) {
    fail(path, 'an array subclass is not plain data')
  }
  for (let i = 0; i < array.length; i++) {
    const at = `${path}[${i}]`
    const slot = Object.getOwnPropertyDescriptor(array, i)
    if (slot === undefined) fail(at, 'a hole in a sparse array (JSON would write null); use null')
    if (!('value' in slot)) fail(at, 'a getter is not plain data')
    check(slot.value, at, 'element', depth + 1, open)
  }
  // Own keys of a plain array are its indexes plus `length`; anything more JSON would drop.
  if (Reflect.ownKeys(array).length !== array.length + 1) {
    fail(path, 'the array has extra named properties, which JSON would drop')
  }
}

function checkObject(object: object, path: string, depth: number, open: Set<object>): void {
  const proto: unknown = Object.getPrototypeOf(object)
  if (proto !== Object.prototype && proto !== null) {
    fail(path, `${describeKind(object)} is not a plain object; convert it to plain data first`)
  }
  for (const key of Reflect.ownKeys(object)) {
    if (typeof key === 'symbol') fail(path, 'a symbol-keyed property has no JSON form')
    const at = memberPath(path, key)
    if (LONE_SURROGATE.test(key)) fail(at, 'the key contains a lone UTF-16 surrogate')
    const member = Object.getOwnPropertyDescriptor(object, key)
    if (member === undefined || !member.enumerable) fail(at, 'a hidden (non-enumerable) property')
    if (!('value' in member)) fail(at, 'a getter is not plain data')
    check(member.value, at, 'member', depth + 1, open)
  }
}

/** "a Date", "a Map", "a Payload instance" — for the message only. */
function describeKind(object: object): string {
  const tag = Object.prototype.toString.call(object).slice(8, -1)
  if (tag !== 'Object') return `a ${tag}`
  const ctor: unknown = (Object.getPrototypeOf(object) as { constructor?: unknown }).constructor
  return typeof ctor === 'function' && ctor.name
    ? `a ${ctor.name} instance`
    : 'an object with a custom prototype'
}
