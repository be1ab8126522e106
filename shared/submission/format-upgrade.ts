// Opening a signed payload of any format version this copy reads: the signature is checked over
// the bytes exactly as signed, the text must be the canonical form of the JSON it holds, the
// JSON is checked with the schema of the version it was signed as, and only then upgraded, one
// version at a time, to the shape the rest of the app uses. So a file signed as version 1 keeps
// verifying after version 2 exists, and no upgrade ever runs on data nobody signed.
import type { z } from 'zod'
import { canonicalJson } from '../crypto/canonical'
import { verify } from '../crypto/sign'
import { parseUntrustedJson } from '../crypto/untrusted-json'

export interface FormatVersion {
  readonly version: number
  /** The payload as that version signs it. */
  readonly schema: z.ZodType
  /** To the next version's shape; absent on the current version. */
  readonly upgrade?: (value: unknown) => unknown
}

export interface PayloadFormat<T> {
  readonly id: string
  /** Oldest first, each one version above the one before; the last is the current one. */
  readonly versions: readonly FormatVersion[]
  /** The current shape, as the app uses it. */
  readonly current: z.ZodType<T>
  /** The version a payload says it is, read from inside the signed JSON. */
  versionOf(value: unknown): unknown
}

export interface SignedPayload {
  readonly payload: string
  /** The version the file says the payload is, outside the signed text (the signature sheet). */
  readonly formatVersion: number
  readonly publicKeyRaw: Uint8Array
  readonly signature: Uint8Array
}

export type PayloadProblem =
  'unsupported-format' | 'signature-mismatch' | 'payload-not-canonical' | 'payload-invalid'

export type OpenedPayload<T> =
  | { ok: true; value: T; signedVersion: number }
  | { ok: false; problems: { code: PayloadProblem; message: string }[] }

export function currentVersion(format: PayloadFormat<unknown>): number {
  return format.versions[format.versions.length - 1]?.version ?? 0
}

/** Whether the version is one this copy reads; a message for the person if not. */
export function versionProblem(format: PayloadFormat<unknown>, version: number): string | null {
  if (format.versions.some((v) => v.version === version)) return null
  const current = currentVersion(format)
  return version > current
    ? `This workbook uses format version ${version}, newer than this copy of Allied Pipeline reads (version ${current}). Update Allied Pipeline and try again.`
    : `This workbook uses format version ${version}, which Allied Pipeline does not read.`
}

function fail<T>(code: PayloadProblem, message: string): OpenedPayload<T> {
  return { ok: false, problems: [{ code, message }] }
}

export async function openSignedPayload<T>(
  signed: SignedPayload,
  format: PayloadFormat<T>,
): Promise<OpenedPayload<T>> {
  const unsupported = versionProblem(format, signed.formatVersion)
  if (unsupported) return fail('unsupported-format', unsupported)
  const bytes = new TextEncoder().encode(signed.payload)
  if (!(await verify(signed.publicKeyRaw, bytes, signed.signature))) {
    return fail(
      'signature-mismatch',
      'The signature does not match: the file was altered after it was signed.',
    )
  }
  const read = parseUntrustedJson(signed.payload)
  if (!read.ok) {
    return fail(
      'payload-invalid',
      read.reason === 'not-json'
        ? 'The signed data is not readable: it is not JSON text.'
        : 'The signed data is not a valid report: it has a "__proto__" key.',
    )
  }
  let value = read.value
  let canonical: string | null
  try {
    canonical = canonicalJson(value)
  } catch {
    canonical = null
  }
  if (canonical !== signed.payload) {
    return fail(
      'payload-not-canonical',
      'The signed data is not in the canonical form Allied Pipeline writes, so it was not made by Allied Pipeline.',
    )
  }
  if (format.versionOf(value) !== signed.formatVersion) {
    return fail(
      'payload-invalid',
      `The signed data is not a valid report: it says it is format version ${String(format.versionOf(value)).slice(0, 20)}, but the file says ${signed.formatVersion}.`,
    )
  }
  const start = format.versions.findIndex((v) => v.version === signed.formatVersion)
  for (const step of format.versions.slice(start)) {
    const parsed = step.schema.safeParse(value)
    if (!parsed.success) return invalid(parsed.error)
    value = step.upgrade ? step.upgrade(parsed.data) : parsed.data
  }
  const current = format.current.safeParse(value)
  if (!current.success) return invalid(current.error)
  return { ok: true, value: current.data, signedVersion: signed.formatVersion }
}

function invalid<T>(error: z.ZodError): OpenedPayload<T> {
  return {
    ok: false,
    problems: error.issues.slice(0, 20).map((issue) => {
      const path = issue.path.map(String).join('.') || 'the data'
      return {
        code: 'payload-invalid' as const,
        message: `The signed data is not a valid report: ${path}: ${issue.message}.`,
      }
    }),
  }
}
