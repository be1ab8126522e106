import { beforeAll, describe, expect, test, vi } from 'vitest'
import { fromBase64 } from '../crypto/bytes'
import { canonicalJson } from '../crypto/canonical'
import { verify } from '../crypto/sign'
import type { Submission } from '../submission/payload'
import { editWorkbook, sheetOf } from '../workbook/test-edit'
import {
  educationReport,
  testSigner,
  testSubmission,
  type TestSigner,
} from '../workbook/test-fixtures'
import { writeTemplate } from '../workbook/template'
import { verifyWorkbook } from '../workbook/verify'
import { writeSignedWorkbook } from '../workbook/write-signed'
import { fileCheckOf, payloadHash, sha256Hex } from './file-check'

vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 })

let signer: TestSigner
let submission: Submission
let signed: Uint8Array

beforeAll(async () => {
  signer = await testSigner()
  submission = testSubmission(educationReport(2), signer.keyId)
  signed = (await writeSignedWorkbook(submission, signer)).bytes
})

describe('the file check of a verified workbook', () => {
  test('an intact workbook gives its submission, key, payload hash and the evidence that proves it', async () => {
    const { check, evidence } = await fileCheckOf(await verifyWorkbook(signed))
    expect(check.outcome).toBe('intact')
    if (check.outcome !== 'intact' || !evidence) throw new Error('not intact')
    expect(check.submission.header.submissionId).toBe(submission.header.submissionId)
    expect(check.keyId).toBe(signer.keyId)
    expect(evidence.payload).toBe(canonicalJson(submission))
    expect(check.payloadHash).toBe(await sha256Hex(new TextEncoder().encode(evidence.payload)))
    expect(check.payloadHash).toMatch(/^[0-9a-f]{64}$/)
    // The evidence checks on its own: the signature covers the payload bytes.
    expect(
      await verify(
        fromBase64(evidence.publicKey),
        new TextEncoder().encode(evidence.payload),
        fromBase64(evidence.signature),
      ),
    ).toBe(true)
  })

  test('the same payload in another file has the same payload hash, a different file hash', async () => {
    const again = await fileCheckOf(await verifyWorkbook(signed))
    const resaved = await editWorkbook(signed, () => undefined)
    const other = await fileCheckOf(await verifyWorkbook(resaved))
    expect(other.check.outcome).toBe('intact')
    if (again.check.outcome !== 'intact' || other.check.outcome !== 'intact') return
    expect(other.check.payloadHash).toBe(again.check.payloadHash)
    expect(await sha256Hex(resaved)).not.toBe(await sha256Hex(signed))
  })

  test('a figure changed after signing is tampered, naming the cell and both values', async () => {
    const edited = await editWorkbook(signed, (wb) => {
      sheetOf(wb, 'Outcomes').getCell('C2').value = 999
    })
    const { check, evidence } = await fileCheckOf(await verifyWorkbook(edited))
    expect(check.outcome).toBe('tampered')
    expect(evidence).toBeUndefined()
    if (check.outcome !== 'tampered') return
    expect(check.reasons.join('\n')).toMatch(/Outcomes!C2 changed after signing: .* → 999/)
  })

  test('a blank template is not a submission; bytes that are no workbook are unreadable', async () => {
    const template = await fileCheckOf(
      await verifyWorkbook(await writeTemplate({ kind: 'education' })),
    )
    expect(template.check.outcome).toBe('not-a-submission')
    const junk = await fileCheckOf(await verifyWorkbook(new TextEncoder().encode('hello')))
    expect(junk.check.outcome).toBe('unreadable')
    if (junk.check.outcome === 'unreadable') expect(junk.check.reasons[0]).toBeTruthy()
  })

  test('the payload hash is the SHA-256 of the UTF-8 text', async () => {
    expect(await payloadHash('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    )
  })
})
