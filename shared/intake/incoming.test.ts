import { beforeAll, describe, expect, test, vi } from 'vitest'
import { educationReport, testSigner, testSubmission } from '../workbook/test-fixtures'
import { writeSignedWorkbook } from '../workbook/write-signed'
import { payloadHash, sha256Hex } from './file-check'
import { readIncoming } from './incoming'
import { testEml } from './test-eml'

vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 })

let signed: Uint8Array

beforeAll(async () => {
  const signer = await testSigner()
  signed = (await writeSignedWorkbook(testSubmission(educationReport(1), signer.keyId), signer))
    .bytes
})

describe('a file brought into the import', () => {
  test('a workbook is one entry: its bytes, their SHA-256 and its check', async () => {
    const [entry, ...more] = await readIncoming('AHWG_r1.xlsx', signed)
    expect(more).toEqual([])
    expect(entry?.name).toBe('AHWG_r1.xlsx')
    expect(entry?.sha256).toBe(await sha256Hex(signed))
    expect(entry?.check.outcome).toBe('intact')
    if (entry?.check.outcome !== 'intact') return
    // The evidence Merge keeps is the signed text itself: it hashes to the payload hash.
    expect(entry.check.payloadHash).toBe(await payloadHash(entry.check.signed.payload))
  })

  test('a saved message gives one entry per workbook attached, named after the message', async () => {
    const eml = testEml({
      subject: 'figures',
      attachments: [
        { name: 'AHWG_r1.xlsx', bytes: signed },
        { name: 'old copy.xlsx', bytes: new TextEncoder().encode('not a zip') },
      ],
    })
    const entries = await readIncoming('Re figures.eml', new TextEncoder().encode(eml))
    expect(entries.map((e) => [e.name, e.check.outcome])).toEqual([
      ['Re figures.eml › AHWG_r1.xlsx', 'intact'],
      ['Re figures.eml › old copy.xlsx', 'unreadable'],
    ])
    expect(entries[0]?.sha256).toBe(await sha256Hex(signed))
  })

  test('a message that cannot be read is one unreadable entry with the reason', async () => {
    const entries = await readIncoming(
      'empty.eml',
      new TextEncoder().encode('Subject: hi\r\n\r\nhello'),
    )
    expect(entries).toHaveLength(1)
    expect(entries[0]?.check).toEqual({
      outcome: 'unreadable',
      reasons: ['This e-mail message could not be opened: it has no Excel workbook attached.'],
    })
  })
})
