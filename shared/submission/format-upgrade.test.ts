// A file signed as format version 1 keeps verifying once a version 2 exists: its signature is
// checked over the bytes as signed, its JSON with the version-1 schema, and only then is it
// upgraded. Version 2 here is test-only (a header that names the channel the file came by).
import { describe, expect, test, vi } from 'vitest'
import { z } from 'zod'
import { canonicalJson } from '../crypto/canonical'
import { sign } from '../crypto/sign'
import {
  educationReport,
  testSigner,
  testSubmission,
  type TestSigner,
} from '../workbook/test-fixtures'
import { openSignedPayload, type PayloadFormat } from './format-upgrade'
import { Submission, SUBMISSION_FORMAT, SUBMISSION_PAYLOAD, SubmissionHeader } from './payload'

const signer: TestSigner = await testSigner()
const v1 = testSubmission(educationReport(2), signer.keyId)

const HeaderV2 = SubmissionHeader.extend({
  formatVersion: z.literal(2),
  channel: z.enum(['workbook', 'command-line']),
})
const SubmissionV2 = z.strictObject({ header: HeaderV2, report: Submission.shape.report })
type SubmissionV2 = z.infer<typeof SubmissionV2>

const upgradeV1 = vi.fn((value: unknown) => {
  const old = value as Submission
  return { ...old, header: { ...old.header, formatVersion: 2, channel: 'workbook' } }
})

const WITH_V2: PayloadFormat<SubmissionV2> = {
  id: SUBMISSION_FORMAT,
  versions: [
    { version: 1, schema: Submission, upgrade: upgradeV1 },
    { version: 2, schema: SubmissionV2 },
  ],
  current: SubmissionV2,
  versionOf: (value) => SUBMISSION_PAYLOAD.versionOf(value),
}

async function signedAs(payload: string, formatVersion: number) {
  const signature = await sign(signer.privateKey, new TextEncoder().encode(payload))
  return { payload, formatVersion, publicKeyRaw: signer.publicKeyRaw, signature }
}

describe('format versions', () => {
  test('version 1 opens as itself today', async () => {
    const opened = await openSignedPayload(await signedAs(canonicalJson(v1), 1), SUBMISSION_PAYLOAD)
    expect(opened).toEqual({ ok: true, value: v1, signedVersion: 1 })
  })

  test('with a version 2, a version-1 file still opens, upgraded to version 2', async () => {
    const opened = await openSignedPayload(await signedAs(canonicalJson(v1), 1), WITH_V2)
    expect(opened.ok && opened.signedVersion).toBe(1)
    expect(opened.ok && opened.value.header).toEqual({
      ...v1.header,
      formatVersion: 2,
      channel: 'workbook',
    })
    expect(opened.ok && opened.value.report).toEqual(v1.report)
  })

  test('a version-2 file opens as it is', async () => {
    const v2 = { ...v1, header: { ...v1.header, formatVersion: 2, channel: 'command-line' } }
    const opened = await openSignedPayload(await signedAs(canonicalJson(v2), 2), WITH_V2)
    expect(opened).toEqual({ ok: true, value: v2, signedVersion: 2 })
  })

  test('an altered version-1 file is refused before any upgrade runs', async () => {
    upgradeV1.mockClear()
    const signed = await signedAs(canonicalJson(v1), 1)
    const altered = { ...signed, payload: signed.payload.replace('"seats":40', '"seats":41') }
    const opened = await openSignedPayload(altered, WITH_V2)
    expect(opened.ok).toBe(false)
    expect(!opened.ok && opened.problems.map((p) => p.code)).toEqual(['signature-mismatch'])
    expect(upgradeV1).not.toHaveBeenCalled()
  })

  test('a version the file claims outside its signed text must match the one inside', async () => {
    const opened = await openSignedPayload(await signedAs(canonicalJson(v1), 2), WITH_V2)
    expect(!opened.ok && opened.problems[0]?.message).toBe(
      'The signed data is not a valid report: it says it is format version 1, but the file says 2.',
    )
  })

  test('a version newer than this copy reads asks for an update', async () => {
    const opened = await openSignedPayload(await signedAs(canonicalJson(v1), 3), WITH_V2)
    expect(!opened.ok && opened.problems).toEqual([
      {
        code: 'unsupported-format',
        message:
          'This workbook uses format version 3, newer than this copy of Allied Pipeline reads (version 2). Update Allied Pipeline and try again.',
      },
    ])
  })
})
