// JSON text someone sent (a key card, a trust registry, a backup, a signed payload) parsed with
// one rule on top of JSON's: no key may be "__proto__", at any depth. JSON.parse itself makes
// such a key an own property, harmlessly, but the next copy (`Object.assign`, a spread into a
// plain object, `target[key] = value`) would set a prototype instead; and schemas silently drop
// the key, so data would vanish without a word. Refusing the file is the only answer that is
// both safe and honest.

export type UntrustedJson =
  { ok: true; value: unknown } | { ok: false; reason: 'not-json' | 'prototype-key' }

const PROTOTYPE_KEY = new Error('a "__proto__" key')

export function parseUntrustedJson(text: string): UntrustedJson {
  try {
    const value: unknown = JSON.parse(text, (key, value: unknown) => {
      if (key === '__proto__') throw PROTOTYPE_KEY
      return value
    })
    return { ok: true, value }
  } catch (error) {
    return { ok: false, reason: error === PROTOTYPE_KEY ? 'prototype-key' : 'not-json' }
  }
}
