import { strToU8, zipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { sha256Hex, sha256OfText } from '../crypto/digest'
import { editWorkbook, payloadText, sheetOf } from '../workbook/test-edit'
import { educationReport, testSigner, testSubmission } from '../workbook/test-fixtures'
import { verifyWorkbook } from '../workbook/verify'
import { writeSignedWorkbook } from '../workbook/write-signed'
import { writeTemplate } from '../workbook/template'
import { fileCheckOf, incomingFile } from './file-check'

let signed: Uint8Array
let keyId: string

beforeAll(async () => {
  const signer = await testSigner()
  keyId = signer.keyId
  signed = (await writeSignedWorkbook(testSubmission(educationReport(1), signer.keyId), signer))
    .bytes
})

describe('fileCheckOf', () => {
  it('calls a good file intact, with the hash of the payload text the signature covers', async () => {
    const result = await verifyWorkbook(signed)
    const { check, evidence } = await fileCheckOf(result)
    expect(check.outcome).toBe('intact')
    if (check.outcome !== 'intact') return
    expect(check.keyId).toBe(keyId)
    expect(evidence?.payload).toBeTruthy()
    expect(check.payloadHash).toBe(await sha256OfText(evidence?.payload ?? ''))
    expect(evidence?.formatVersion).toBe(1)
    expect(evidence?.signature).toMatch(/^[A-Za-z0-9+/]+=*$/)
  })

  it('gives a re-saved copy the same payload hash as the original, though its bytes differ', async () => {
    const resaved = await editWorkbook(signed, () => {})
    const a = await incomingFile('a', 'a.xlsx', signed, await verifyWorkbook(signed))
    const b = await incomingFile('b', 'b.xlsx', resaved, await verifyWorkbook(resaved))
    expect(a.file.sha256).not.toBe(b.file.sha256)
    expect(a.file.sha256).toBe(await sha256Hex(signed))
    const hashes = [a, b].map((x) =>
      x.file.check.outcome === 'intact' ? x.file.check.payloadHash : '',
    )
    expect(hashes[0]).toBeTruthy()
    expect(hashes[0]).toBe(hashes[1])
  })

  it('calls a file with an edited cell tampered, naming the cell', async () => {
    const edited = await editWorkbook(signed, (wb) => {
      const payload = payloadText(wb)
      expect(payload).toBeTruthy()
      const sheet = wb.worksheets.find((s) => s.state === 'visible' && s.name !== 'Cover')
      if (!sheet) throw new Error('no data sheet')
      sheet.getCell('C4').value = 999
      sheetOf(wb, sheet.name)
    })
    const { check, evidence } = await fileCheckOf(await verifyWorkbook(edited))
    expect(check.outcome).toBe('tampered')
    expect(evidence).toBeUndefined()
    if (check.outcome === 'tampered') expect(check.reasons.join(' ')).toMatch(/!C4/)
  })

  it('calls a blank template not a submission, and a zip of nonsense unreadable', async () => {
    const template = await writeTemplate({ kind: 'education' })
    expect((await fileCheckOf(await verifyWorkbook(template))).check.outcome).toBe(
      'not-a-submission',
    )
    const junk = zipSync({ 'hello.txt': strToU8('not a workbook') })
    const { check } = await fileCheckOf(await verifyWorkbook(junk))
    expect(check.outcome).toBe('unreadable')
    if (check.outcome === 'unreadable') expect(check.reasons[0]).toBeTruthy()
  })
})
