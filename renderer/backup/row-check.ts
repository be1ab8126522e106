// Checks one backed-up row against its table's schema and says what is wrong in a sentence a
// registrar can pass on: "Row 14 of cells is damaged: value must be a number."
import type { z } from 'zod'
import { ROW_SCHEMAS, type BackupRow, type TableName } from './backup-format'

export type RowCheck<N extends TableName> =
  { ok: true; row: BackupRow<N> } | { ok: false; problem: string }

// The registry seen as a mapped type, so that indexing it with a generic table name keeps the row type.
const schemas: { [N in TableName]: z.ZodType<BackupRow<N>> } = ROW_SCHEMAS

export function checkRow<N extends TableName>(table: N, row: unknown, index: number): RowCheck<N> {
  const schema = schemas[table]
  const result = schema.safeParse(row, { error: plainWords })
  const where = `Row ${(index + 1).toLocaleString('en-US')} of ${table} is damaged`
  if (!result.success) {
    const issue = result.error.issues[0]
    return {
      ok: false,
      problem: `${where}: ${issue ? describeIssue(issue) : 'it does not match what this table holds'}.`,
    }
  }
  // Parsing drops fields a schema does not declare; a backup restores them all or not at all.
  const unknown = droppedField(row, result.data, '')
  if (unknown !== undefined) {
    return {
      ok: false,
      problem: `${where}: it has a field this version of Allied Pipeline does not know (“${unknown}”).`,
    }
  }
  return { ok: true, row: result.data }
}

// Messages written here start with this mark so that they read after the field name ("value
// must be a number"); messages a schema declares itself ("CIP code looks like 51.0908") keep
// their own wording after a colon.
const PLAIN = '\u0001'

const EXPECTED: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'a record',
  null: 'empty',
}

const FORMATS: Record<string, string> = {
  datetime: 'date and time',
  date: 'date',
  email: 'email address',
  uuid: 'identifier',
}

type RawIssue = z.core.$ZodRawIssue

function plainWords(issue: RawIssue): string | undefined {
  const words = ((): string | undefined => {
    switch (issue.code) {
      case 'invalid_type':
        return issue.input === undefined
          ? 'is missing'
          : `must be ${EXPECTED[issue.expected] ?? issue.expected}`
      case 'invalid_value':
        return issue.values.length === 1
          ? `must be “${String(issue.values[0])}”`
          : 'is not one of the allowed values'
      case 'invalid_format':
        return FORMATS[issue.format] ? `is not a valid ${FORMATS[issue.format]}` : undefined
      case 'too_small':
        if (issue.origin === 'string')
          return Number(issue.minimum) <= 1
            ? 'is empty'
            : `is shorter than ${issue.minimum} characters`
        if (issue.origin === 'array') return `has fewer than ${issue.minimum} items`
        return `is less than ${issue.minimum}`
      case 'too_big':
        if (issue.origin === 'string') return `is longer than ${issue.maximum} characters`
        if (issue.origin === 'array') return `has more than ${issue.maximum} items`
        return `is more than ${issue.maximum}`
      case 'invalid_union':
        return 'is not plain data (text, numbers, true or false, lists and records)'
      default:
        return undefined
    }
  })()
  return words === undefined ? undefined : PLAIN + words
}

function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('')
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const field = fieldName(issue.path)
  if (field === '')
    return issue.code === 'invalid_type' ? 'it is not a record' : issue.message.replace(PLAIN, '')
  return issue.message.startsWith(PLAIN)
    ? `${field} ${issue.message.slice(PLAIN.length)}`
    : `${field}: ${issue.message}`
}

function isRecord(value: unknown): value is Record<string, unknown> {
  // Bytes are checked whole by their schema, not index by index.
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !ArrayBuffer.isView(value)
  )
}

/** The first field of `raw`, at any depth, that `parsed` no longer has. */
function droppedField(raw: unknown, parsed: unknown, path: string): string | undefined {
  if (Array.isArray(raw) && Array.isArray(parsed)) {
    for (let i = 0; i < raw.length; i++) {
      const found = droppedField(raw[i], parsed[i], `${path}[${i}]`)
      if (found !== undefined) return found
    }
  } else if (isRecord(raw) && isRecord(parsed)) {
    for (const key of Object.keys(raw)) {
      const at = path === '' ? key : `${path}.${key}`
      if (!Object.hasOwn(parsed, key)) return at
      const found = droppedField(raw[key], parsed[key], at)
      if (found !== undefined) return found
    }
  }
  return undefined
}
