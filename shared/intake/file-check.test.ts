import { beforeAll, describe, expect, test, vi } from 'vitest'
import { fromBase64, toHex } from '../crypto/bytes'
import { canonicalBytes } from '../crypto/canonical'
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
import { fileCheckOf, incomingFile, sha256Hex } from './file-check'

vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 })

let signer: TestSigner
let submission: Submission
let signed: Uint8Array

beforeAll(async () => {
  signer = await testSigner()
  submission = testSubmission(educationReport(2), signer.keyId)
  signed = (await writeSignedWorkbook(submission, signer)).bytes
})

const checkOf = async (bytes: Uint8Array) => fileCheckOf(await verifyWorkbook(bytes))

describe('what verification made of a file, as the import decides on it', () => {
  test('an intact file: its submission, its key, and the hash of exactly the bytes signed', async () => {
    const check = await checkOf(signed)
    if (check.outcome !== 'intact') throw new Error(`not intact: ${check.outcome}`)
    expect(check.submission).toEqual(submission)
    expect(check.keyId).toBe(signer.keyId)
    const digest = await crypto.subtle.digest('SHA-256', canonicalBytes(submission))
    expect(check.payloadHash).toBe(toHex(new Uint8Array(digest)))
    // The evidence kept is enough to check the signature again without the workbook.
    const { payload, publicKey, signature } = check.signed
    expect(
      await verify(fromBase64(publicKey), new TextEncoder().encode(payload), fromBase64(signature)),
    ).toBe(true)
  })

  test('a figure changed after signing is tampered, with the cell named', async () => {
    const edited = await editWorkbook(signed, (wb) => {
      sheetOf(wb, 'Capacity and admissions').getCell('B3').value = 12
    })
    const check = await checkOf(edited)
    expect(check.outcome).toBe('tampered')
    expect('reasons' in check && check.reasons[0]).toMatch(
      /^Capacity and admissions!B3 changed after signing: .* → 12$/,
    )
  })

  test('a signature that no longer matches is tampered', async () => {
    const edited = await editWorkbook(signed, (wb) => {
      const cell = sheetOf(wb, '_signature').getCell('B6')
      if (typeof cell.value !== 'string') throw new Error('no payload in B6')
      cell.value = cell.value.replace('"revision":1', '"revision":2')
    })
    expect(await checkOf(edited)).toEqual({
      outcome: 'tampered',
      reasons: ['The signature does not match: the file was altered after it was signed.'],
    })
  })

  test('a blank template is not a submission; bytes that are no workbook are unreadable', async () => {
    const template = await checkOf(await writeTemplate({ kind: 'employer' }))
    expect(template.outcome).toBe('not-a-submission')
    expect('reasons' in template && template.reasons[0]).toMatch(
      /unsigned Allied Pipeline template/,
    )
    const pdf = await checkOf(new TextEncoder().encode('%PDF-1.7 not a workbook'))
    expect(pdf.outcome).toBe('unreadable')
  })

  test('an incoming file carries the SHA-256 of its bytes', async () => {
    const file = await incomingFile(
      'f1',
      'AHWG.xlsx',
      await sha256Hex(signed),
      await verifyWorkbook(signed),
    )
    const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(signed))
    expect(file).toMatchObject({
      id: 'f1',
      name: 'AHWG.xlsx',
      sha256: toHex(new Uint8Array(digest)),
    })
    expect(file.check.outcome).toBe('intact')
  })
})
