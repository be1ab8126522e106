import { strToU8 } from 'fflate'
import type { Workbook } from 'exceljs'
import { beforeAll, describe, expect, test, vi } from 'vitest'
import { toBase64 } from '../crypto/bytes'
import { canonicalJson } from '../crypto/canonical'
import { formatFingerprint } from '../crypto/keys'
import { sign } from '../crypto/sign'
import type { Submission } from '../submission/payload'
import { MAX_CELL_FINDINGS } from './compare'
import {
  educationReport,
  employerReport,
  highSchoolReport,
  testSigner,
  testSubmission,
  type TestSigner,
} from './test-fixtures'
import { editParts, editWorkbook, payloadText, setSignatureParts, sheetOf } from './test-edit'
import { verifyWorkbook, type VerificationResult, type VerifyCode } from './verify'
import { VERIFY_CODES } from './verify-findings'
import { writeTemplate } from './template'
import { writeSignedWorkbook } from './write-signed'

// Each test writes and parses whole workbooks; allow for a busy machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 })

let signer: TestSigner
let submission: Submission
let signed: Uint8Array

beforeAll(async () => {
  signer = await testSigner()
  submission = testSubmission(educationReport(3), signer.keyId)
  signed = (await writeSignedWorkbook(submission, signer)).bytes
})

function codes(result: VerificationResult): string[] {
  return result.findings.map((f) => f.code)
}

function messages(result: VerificationResult): string[] {
  return result.findings.map((f) => f.message)
}

/** Signs `payload` as it stands (canonical or not) and puts it in the workbook. */
async function resigned(payload: string, by: TestSigner = signer): Promise<Uint8Array> {
  const signature = await sign(by.privateKey, new TextEncoder().encode(payload))
  return editWorkbook(signed, (wb) =>
    setSignatureParts(wb, {
      payload,
      publicKey: toBase64(by.publicKeyRaw),
      signature: toBase64(signature),
    }),
  )
}

describe('a workbook as exported', () => {
  test('verifies, and gives back the signed submission and the signer’s key', async () => {
    const result = await verifyWorkbook(signed)
    expect(result.findings).toEqual([])
    expect(result.valid).toBe(true)
    expect(result.submission).toEqual(submission)
    expect(result.keyId).toBe(signer.keyId)
    expect(result.fingerprint).toBe(formatFingerprint(signer.keyId))
    expect(result.publicKeyRaw).toEqual(signer.publicKeyRaw)
  })

  test.each([
    ['employer', employerReport],
    ['high-school', highSchoolReport],
  ])('verifies for a %s report too', async (_, report) => {
    const own = testSubmission(report(), signer.keyId)
    const result = await verifyWorkbook((await writeSignedWorkbook(own, signer)).bytes)
    expect(result.findings).toEqual([])
    expect(result.submission).toEqual(own)
  })

  test('still verifies after exceljs saves it again without edits', async () => {
    const result = await verifyWorkbook(await editWorkbook(signed, () => {}))
    expect(result.valid).toBe(true)
  })

  test('still verifies with the signature sheet merely hidden, as LibreOffice saves it', async () => {
    const resaved = await editWorkbook(signed, (wb) => {
      sheetOf(wb, '_signature').state = 'hidden'
    })
    expect((await verifyWorkbook(resaved)).valid).toBe(true)
  })

  test('tolerates a number written back with float noise, as a re-save may do', async () => {
    const resaved = await editWorkbook(signed, (wb) => {
      sheetOf(wb, 'Clinical and faculty').getCell('D2').value = 3.5000000000000004
    })
    expect((await verifyWorkbook(resaved)).findings).toEqual([])
  })
})

describe('edits to visible cells are named by sheet, cell, old and new value', () => {
  test('a figure', async () => {
    const edited = await editWorkbook(signed, (wb) => {
      sheetOf(wb, 'Capacity and admissions').getCell('B3').value = 12
    })
    const result = await verifyWorkbook(edited)
    expect(result.valid).toBe(false)
    expect(result.findings).toEqual([
      {
        code: 'cell-changed',
        sheet: 'Capacity and admissions',
        cell: 'B3',
        message: 'Capacity and admissions!B3 changed after signing: 41 → 12',
      },
    ])
    expect(result.submission).toEqual(submission)
  })

  test('a program’s text, a cleared cell, a number typed as text and the cover', async () => {
    const edited = await editWorkbook(signed, (wb) => {
      sheetOf(wb, 'Programs').getCell('E2').value = 'North campus'
      sheetOf(wb, 'Outcomes').getCell('C2').value = null
      sheetOf(wb, 'Enrollment and completion').getCell('B2').value = '38'
      sheetOf(wb, 'Cover').getCell('B6').value = 2
    })
    expect(messages(await verifyWorkbook(edited))).toEqual([
      'Cover!B6 changed after signing: 1 → 2',
      'Programs!E2 changed after signing: “Main campus” → “North campus”',
      'Enrollment and completion!B2 changed after signing: 38 → “38”',
      'Outcomes!C2 changed after signing: 15 → (empty)',
    ])
  })

  test('content added inside and outside the signed table', async () => {
    const edited = await editWorkbook(signed, (wb) => {
      sheetOf(wb, 'Pathways').getCell('B2').value = 5
      sheetOf(wb, 'Programs').getCell('H20').value = 'call me'
    })
    expect(await verifyWorkbook(edited)).toMatchObject({
      valid: false,
      findings: [
        { code: 'cell-added', message: 'Programs!H20 was added after signing: “call me”' },
        { code: 'cell-changed', message: 'Pathways!B2 changed after signing: (empty) → 5' },
      ],
    })
  })

  test('a formula where a number belongs', async () => {
    const edited = await editWorkbook(signed, (wb) => {
      sheetOf(wb, 'Capacity and admissions').getCell('C4').value = { formula: 'A1*2', result: 0 }
    })
    expect((await verifyWorkbook(edited)).findings).toEqual([
      {
        code: 'formula',
        sheet: 'Capacity and admissions',
        cell: 'C4',
        message:
          'Capacity and admissions!C4 holds a formula (=A1*2) where a number belongs; formulas are not accepted.',
      },
    ])
  })

  test('a cell hidden under a merge counts as cleared', async () => {
    const edited = await editWorkbook(signed, (wb) => {
      sheetOf(wb, 'Outcomes').mergeCells('B2:C2')
    })
    expect(messages(await verifyWorkbook(edited))).toEqual([
      'Outcomes!C2 changed after signing: 15 → (empty)',
    ])
  })

  test('past a hundred changes, one finding says how many more', async () => {
    const edited = await editWorkbook(signed, (wb) => {
      for (let row = 2; row <= 40; row++) {
        for (let column = 2; column <= 6; column++) {
          sheetOf(wb, 'Outcomes').getCell(row, column).value = 1000 + row
        }
      }
    })
    const result = await verifyWorkbook(edited)
    expect(result.findings).toHaveLength(MAX_CELL_FINDINGS + 1)
    expect(result.findings.at(-1)).toEqual({
      code: 'too-many-changes',
      message: '…and 95 more cells differ from what was signed.',
    })
  })
})

describe('sheets', () => {
  test('added, removed and renamed', async () => {
    const edited = await editWorkbook(signed, (wb) => {
      wb.addWorksheet('Notes').getCell('A1').value = 'ok'
      wb.removeWorksheet(sheetOf(wb, 'Explanations').id)
      sheetOf(wb, 'Outcomes').name = 'Results'
    })
    expect(await verifyWorkbook(edited)).toMatchObject({
      valid: false,
      findings: [
        {
          code: 'sheet-renamed',
          sheet: 'Outcomes',
          message: 'The sheet “Outcomes” was renamed to “Results” after signing.',
        },
        {
          code: 'sheet-missing',
          sheet: 'Explanations',
          message: 'The sheet “Explanations” is missing: it was removed or renamed after signing.',
        },
        {
          code: 'sheet-added',
          sheet: 'Notes',
          message: 'A sheet “Notes” was added after signing.',
        },
      ],
    })
  })

  test('no signature sheet: not an Allied Pipeline workbook', async () => {
    const edited = await editWorkbook(signed, (wb) => {
      wb.removeWorksheet(sheetOf(wb, '_signature').id)
    })
    expect(await verifyWorkbook(edited)).toEqual({
      valid: false,
      findings: [
        {
          code: 'not-signed',
          message: 'This is not an Allied Pipeline workbook: it has no signature sheet.',
        },
      ],
    })
  })
})

describe('the signature and the signed data', () => {
  test('a changed payload no longer matches the signature', async () => {
    const edited = await editWorkbook(signed, (wb) => {
      setSignatureParts(wb, { payload: payloadText(wb).replace('"seats":40', '"seats":90') })
    })
    const result = await verifyWorkbook(edited)
    expect(result.findings).toEqual([
      {
        code: 'signature-mismatch',
        message: 'The signature does not match: the file was altered after it was signed.',
      },
    ])
    expect(result.submission).toBeUndefined()
    expect(result.keyId).toBe(signer.keyId)
  })

  test('a payload signed but not in canonical form is refused', async () => {
    const pretty = JSON.stringify(JSON.parse(canonicalJson(submission)), null, 1)
    expect(codes(await verifyWorkbook(await resigned(pretty)))).toEqual(['payload-not-canonical'])
  })

  test('a signed payload that is not a valid submission names the field', async () => {
    const bad = { ...submission, header: { ...submission.header, revision: 0 } }
    const result = await verifyWorkbook(await resigned(canonicalJson(bad)))
    expect(codes(result)).toEqual(['payload-invalid'])
    expect(messages(result)[0]).toMatch(
      /^The signed data is not a valid report: header\.revision: /,
    )
  })

  test('signed with another key than the one the data names', async () => {
    const other = await testSigner()
    const result = await verifyWorkbook(await resigned(canonicalJson(submission), other))
    expect(codes(result)).toEqual(['key-mismatch'])
    expect(result.keyId).toBe(other.keyId)
  })

  test('a damaged signature sheet', async () => {
    const edited = await editWorkbook(signed, (wb) => {
      sheetOf(wb, '_signature').getCell('B5').value = 3
    })
    expect(messages(await verifyWorkbook(edited))).toEqual([
      'The signature sheet is damaged: payload part 2 of 3 (row 7) is missing.',
    ])
  })

  test('a newer format version asks for an update', async () => {
    const edited = await editWorkbook(signed, (wb) => {
      sheetOf(wb, '_signature').getCell('B2').value = 2
    })
    expect(messages(await verifyWorkbook(edited))).toEqual([
      'This workbook uses format version 2, newer than this copy of Allied Pipeline reads (version 1). Update Allied Pipeline and try again.',
    ])
  })
})

describe('untrusted files', () => {
  test('a read that overruns its time limit is stopped while it parses, and refused', async () => {
    let tick = 0
    const result = await verifyWorkbook(signed, { now: () => (tick++ === 0 ? 0 : 20_000) })
    expect(result.findings).toEqual([
      {
        code: 'refused',
        message: 'The workbook took longer than 10 s to read; it was not opened.',
      },
    ])
  })

  test('never throws, whatever the bytes', async () => {
    const junk = Uint8Array.from({ length: 4096 }, (_, i) => i % 251)
    junk.set([0x50, 0x4b, 3, 4])
    expect(codes(await verifyWorkbook(junk))).toEqual(['refused'])
    expect(codes(await verifyWorkbook(new Uint8Array()))).toEqual(['refused'])
  })
})

describe('every kind of finding, each from a crafted file', () => {
  const edit = (change: (wb: Workbook) => void) => () => editWorkbook(signed, change)
  const crafts: Record<VerifyCode, () => Promise<Uint8Array>> = {
    refused: () => Promise.resolve(strToU8('Program,Seats\nRadiography,30\n')),
    unreadable: () =>
      Promise.resolve(
        editParts(signed, (parts) => parts.set('xl/workbook.xml', '<workbook><sheets><sheet')),
      ),
    'not-signed': edit((wb) => wb.removeWorksheet(sheetOf(wb, '_signature').id)),
    'unsigned-template': () => writeTemplate({ kind: 'employer' }),
    'signature-sheet-damaged': edit((wb) => {
      sheetOf(wb, '_signature').getCell('B3').value = 'not base64!'
    }),
    'unsupported-format': edit((wb) => {
      sheetOf(wb, '_signature').getCell('B1').value = 'someone-elses-format'
    }),
    'signature-mismatch': edit((wb) => {
      setSignatureParts(wb, { payload: payloadText(wb).replace('Radiography', 'Sonography') })
    }),
    'payload-not-canonical': () => resigned(`${canonicalJson(submission)} `),
    'payload-invalid': () => resigned('this is not JSON'),
    'key-mismatch': async () => resigned(canonicalJson(submission), await testSigner()),
    'sheet-missing': edit((wb) => wb.removeWorksheet(sheetOf(wb, 'Pathways').id)),
    'sheet-added': edit((wb) => wb.addWorksheet('Notes')),
    'sheet-renamed': edit((wb) => {
      sheetOf(wb, 'Pathways').name = 'Pathways (old)'
    }),
    'cell-changed': edit((wb) => {
      sheetOf(wb, 'Programs').getCell('D2').value = 'Master’s degree'
    }),
    'cell-added': edit((wb) => {
      sheetOf(wb, 'Cover').getCell('D1').value = 'approved'
    }),
    'active-content': () =>
      Promise.resolve(
        editParts(signed, (parts) =>
          parts.set(
            'xl/externalLinks/externalLink1.xml',
            '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><ddeLink ddeService="cmd" ddeTopic="/c calc"/></externalLink>',
          ),
        ),
      ),
    'sheet-hidden': edit((wb) => {
      sheetOf(wb, 'Outcomes').state = 'hidden'
    }),
    'sheet-shown': edit((wb) => {
      sheetOf(wb, '_signature').state = 'visible'
    }),
    display: edit((wb) => {
      sheetOf(wb, 'Outcomes').getCell('C2').numFmt = '0" students"'
    }),
    formula: edit((wb) => {
      sheetOf(wb, 'Cover').getCell('B3').value = { formula: 'UPPER("x")', date1904: false }
    }),
    'too-many-changes': edit((wb) => {
      for (let row = 1; row <= 120; row++) sheetOf(wb, 'Explanations').getCell(row, 5).value = row
    }),
  }

  test.each(VERIFY_CODES)('%s', async (code) => {
    const result = await verifyWorkbook(await crafts[code]())
    expect(result.valid).toBe(false)
    expect(codes(result)).toContain(code)
    for (const finding of result.findings) expect(finding.message).toMatch(/^\S.*\S$/)
  })
})
