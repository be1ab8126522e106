// Reading one typed-in cell of a filled template: a figure, a piece of text, an occupation, a
// CIP code, a credential. Each answers a value or a problem worded for the person who typed it.
import {
  CREDENTIAL_LABELS,
  CREDENTIAL_LEVELS,
  OCCUPATIONS,
  occupation,
  type CredentialLevel,
  type OccupationId,
} from '../domain/occupations'
import { UNIT_MAX, type MeasureDef } from '../reports/measures'
import { quoted, shownNumber } from './cells'
import type { Found } from './grid'

export type Read<T> = { ok: true; value: T } | { ok: false; problem: string }

const ok = <T>(value: T): Read<T> => ({ ok: true, value })
const no = <T>(problem: string): Read<T> => ({ ok: false, problem })

function formulaProblem<T>(found: Found & { type: 'formula' }, what: string): Read<T> {
  return no(
    `The cell holds a formula (${found.formula}) where ${what} belongs; type the ${what === 'a number' ? 'number' : 'text'} itself.`,
  )
}

/** A figure: a number, or text that is plainly one ("1,234", "$28.50"); empty is null. */
export function readFigure(found: Found, measure: MeasureDef): Read<number | null> {
  let value: number
  switch (found.type) {
    case 'empty':
      return ok(null)
    case 'formula':
      return formulaProblem(found, 'a number')
    case 'other':
      return no(`The cell holds ${found.shown}, not a number.`)
    case 'text': {
      const text = found.value.trim()
      if (text === '') return ok(null)
      const plain = text.replace(/^\$\s*/, '').replace(/,(?=\d{3}(?:\D|$))/g, '')
      if (!/^-?\d+(?:\.\d+)?$/.test(plain)) return no(`${quoted(text)} is not a number.`)
      value = Number(plain)
      break
    }
    case 'number':
      value = found.value
  }
  const whole = measure.unit === 'count' || measure.unit === 'days'
  if (!Number.isFinite(value)) return no('The cell does not hold a finite number.')
  if (whole && !Number.isInteger(value)) {
    return no(`${shownNumber(value)} is not a whole number.`)
  }
  if (value > UNIT_MAX[measure.unit]) {
    return no(
      `${shownNumber(value)} is larger than ${shownNumber(UNIT_MAX[measure.unit])}, the most this cell accepts; check for a typing error.`,
    )
  }
  return ok(value)
}

/** Text as typed, trimmed; a number counts as its digits; empty is ''. */
export function readText(found: Found, max: number): Read<string> {
  switch (found.type) {
    case 'empty':
      return ok('')
    case 'formula':
      return formulaProblem(found, 'text')
    case 'other':
      return no(`The cell holds ${found.shown}, not text.`)
    case 'number':
      return ok(String(found.value))
    case 'text': {
      const text = found.value.trim()
      if (text.length > max)
        return no(
          `The text is ${text.length.toLocaleString('en-US')} characters long; at most ${max} fit.`,
        )
      return ok(text)
    }
  }
}

const fold = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ')

export function occupationList(): string {
  return OCCUPATIONS.map((o) => o.name).join(', ')
}

/** An occupation by its name, short name or id, in any case. */
export function readOccupation(found: Found): Read<OccupationId | null> {
  const text = readText(found, 200)
  if (!text.ok) return text
  if (text.value === '') return ok(null)
  const wanted = fold(text.value)
  const match = OCCUPATIONS.find((o) => [o.name, o.shortName, o.id].some((n) => fold(n) === wanted))
  return match
    ? ok(match.id)
    : no(`${quoted(text.value)} is not one of the occupations: ${occupationList()}.`)
}

/** A CIP code of the program's occupation; typed as a number, 51.0911 arrives as 51.0911. */
export function readCip(found: Found, owner: OccupationId | null): Read<string> {
  let code: string
  if (found.type === 'number') code = found.value.toFixed(4).padStart(7, '0')
  else {
    const text = readText(found, 20)
    if (!text.ok) return text
    code = text.value
  }
  const codes = owner ? occupation(owner).cip.map((c) => c.code) : []
  const use = codes.length > 0 ? `; use ${codes.join(' or ')}` : ''
  if (code === '') return no(`The CIP code is missing${use}.`)
  if (!/^\d{2}\.\d{4}$/.test(code))
    return no(`${quoted(code)} is not a CIP code (they look like 51.0911)${use}.`)
  if (owner && !codes.includes(code)) {
    return no(`${code} is not a CIP code of ${occupation(owner).name}${use}.`)
  }
  return ok(code)
}

/** A credential by its label or id, in any case. */
export function readCredential(found: Found): Read<CredentialLevel | null> {
  const text = readText(found, 200)
  if (!text.ok) return text
  if (text.value === '') return ok(null)
  const wanted = fold(text.value).replace(/[’']/g, "'")
  const match = CREDENTIAL_LEVELS.find((c) => fold(CREDENTIAL_LABELS[c]) === wanted || c === wanted)
  if (match) return ok(match)
  const labels = CREDENTIAL_LEVELS.map((c) => CREDENTIAL_LABELS[c]).join(', ')
  return no(`${quoted(text.value)} is not one of the credentials: ${labels}.`)
}
