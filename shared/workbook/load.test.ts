import { strToU8, unzipSync, zipSync } from 'fflate'
import { beforeAll, beforeEach, describe, expect, test, vi } from 'vitest'
import type * as ExcelModule from './excel'
import { loadUntrustedWorkbook, type Loaded } from './load'
import { readFilledWorkbook } from './read-filled'
import { educationReport, testSigner, testSubmission } from './test-fixtures'
import { editParts, editWorkbook, sheetOf } from './test-edit'
import { verifyWorkbook } from './verify'
import { writeSignedWorkbook } from './write-signed'

// Each test writes and parses whole workbooks; allow for a busy machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 })

// Counts the workbooks exceljs is asked to build, to show refused files never reach it.
const excel = vi.hoisted(() => ({ workbooks: 0 }))
vi.mock('./excel', async (importOriginal) => {
  const real = await importOriginal<typeof ExcelModule>()
  return {
    ...real,
    newWorkbook: () => {
      excel.workbooks++
      return real.newWorkbook()
    },
  }
})

let signed: Uint8Array

beforeAll(async () => {
  const signer = await testSigner()
  signed = (await writeSignedWorkbook(testSubmission(educationReport(2), signer.keyId), signer))
    .bytes
})

beforeEach(() => {
  excel.workbooks = 0
})

function problem(loaded: Loaded): string {
  if (loaded.ok) throw new Error('expected the file to be refused')
  return loaded.problem
}

/** The signed workbook with one worksheet part's XML rewritten. */
function withSheetXml(part: string, edit: (xml: string) => string): Uint8Array {
  return editParts(signed, (parts) => parts.set(part, edit(parts.get(part) ?? '')))
}

// sheet5.xml is "Outcomes": Cover, Programs, Capacity, Enrollment, Outcomes…
const OUTCOMES = 'xl/worksheets/sheet5.xml'

describe('refused before exceljs sees the file', () => {
  test('not a zip', async () => {
    const result = await verifyWorkbook(strToU8('seats,applicants\n30,95\n'))
    expect(result.findings).toEqual([
      {
        code: 'refused',
        message: 'This is a text file (such as CSV), not an Excel workbook (.xlsx).',
      },
    ])
    expect(excel.workbooks).toBe(0)
  })

  test('a zip bomb', async () => {
    const parts = unzipSync(signed)
    parts['xl/media/image1.png'] = new Uint8Array(5 * 1024 * 1024)
    const bomb = zipSync(parts, { level: 9 })
    expect(problem(await loadUntrustedWorkbook(bomb))).toMatch(
      /^The part “xl\/media\/image1.png” is compressed more than 200 to 1.*zip bomb/,
    )
    expect(excel.workbooks).toBe(0)
  })

  test('a DOCTYPE', async () => {
    const bytes = withSheetXml('xl/workbook.xml', (xml) =>
      xml.replace('?>', '?><!DOCTYPE workbook [<!ENTITY a "aaaaaaaa">]>'),
    )
    expect(problem(await loadUntrustedWorkbook(bytes))).toBe(
      'The workbook contains a DOCTYPE declaration, which report workbooks never do; it was not opened.',
    )
    expect(excel.workbooks).toBe(0)
  })

  test('a cell beyond the area a report workbook uses', async () => {
    const far = await editWorkbook(signed, (wb) => {
      sheetOf(wb, 'Outcomes').getCell('A5000').value = 1
    })
    const wide = await editWorkbook(signed, (wb) => {
      sheetOf(wb, 'Programs').getCell('AA1').value = 'x'
    })
    excel.workbooks = 0
    expect(problem(await loadUntrustedWorkbook(far))).toBe(
      'The sheet “Outcomes” refers to A5000, outside the area a report workbook uses (columns A to Z, rows 1 to 4,001). It was not opened.',
    )
    expect(problem(await loadUntrustedWorkbook(wide))).toMatch(
      /^The sheet “Programs” refers to AA1,/,
    )
    expect(excel.workbooks).toBe(0)
  })

  test('a data validation or a merge stretched over the whole sheet (exceljs expands them cell by cell)', async () => {
    const validation = withSheetXml(OUTCOMES, (xml) =>
      xml.replace(
        '</sheetData>',
        '</sheetData><dataValidations count="1"><dataValidation type="whole" sqref="A1:XFD1048576"><formula1>0</formula1></dataValidation></dataValidations>',
      ),
    )
    expect(problem(await loadUntrustedWorkbook(validation))).toMatch(
      /^The sheet “Outcomes” refers to A1:XFD1048576, outside the area/,
    )
    const merge = withSheetXml(OUTCOMES, (xml) =>
      xml.replace(
        '</sheetData>',
        '</sheetData><mergeCells count="1"><mergeCell ref="B:B"/></mergeCells>',
      ),
    )
    expect(problem(await loadUntrustedWorkbook(merge))).toMatch(/refers to B:B, outside the area/)
    expect(excel.workbooks).toBe(0)
  })

  test('rows by the thousand, even without references', async () => {
    const rows = withSheetXml(OUTCOMES, (xml) =>
      xml.replace('</sheetData>', `${'<row/>'.repeat(5000)}</sheetData>`),
    )
    expect(problem(await loadUntrustedWorkbook(rows))).toMatch(
      /^The sheet “Outcomes” has \d+ cells in 5,0\d\d rows, far more than a report workbook/,
    )
    expect(excel.workbooks).toBe(0)
  })

  test('too many sheets', async () => {
    expect(problem(await loadUntrustedWorkbook(signed, { limits: { maxSheets: 3 } }))).toBe(
      'The workbook has 9 sheets; a report workbook has no more than 3. It was not opened.',
    )
  })

  test('the importer refuses the same way', async () => {
    const result = await readFilledWorkbook(strToU8('%PDF-1.7'))
    expect(result.problems).toEqual([
      { sheet: 'Workbook', message: 'This is a PDF file, not an Excel workbook (.xlsx).' },
    ])
    expect(excel.workbooks).toBe(0)
  })
})

describe('accepted', () => {
  test('a selection of the whole sheet: where someone looked, not where anything is', async () => {
    const selected = withSheetXml(OUTCOMES, (xml) =>
      xml.replace(/<selection [^>]*\/>/, '<selection activeCell="A1" sqref="A1:XFD1048576"/>'),
    )
    const loaded = await loadUntrustedWorkbook(selected)
    expect(loaded.ok).toBe(true)
    expect((await verifyWorkbook(selected)).valid).toBe(true)
  })
})
