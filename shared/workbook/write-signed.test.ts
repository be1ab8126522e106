import { strFromU8, unzipSync } from 'fflate'
import { beforeAll, describe, expect, test, vi } from 'vitest'
import type { Workbook } from 'exceljs'
import { formatFingerprint } from '../crypto/keys'
import type { Program, Report } from '../reports/schemas'
import type { Submission } from '../submission/payload'
import { newWorkbook } from './excel'
import { writeCell } from './render'
import { PAYLOAD_CHUNK, chunkText } from './signature-sheet'
import { educationReport, testSigner, testSubmission, type TestSigner } from './test-fixtures'
import { sheetOf } from './test-edit'
import { verifyWorkbook } from './verify'
import { ExportBlockedError, writeSignedWorkbook } from './write-signed'

// Each test writes and parses whole workbooks; allow for a busy machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 })

let signer: TestSigner

beforeAll(async () => {
  signer = await testSigner()
})

async function load(bytes: Uint8Array): Promise<Workbook> {
  const workbook = newWorkbook()
  await workbook.xlsx.load(new Uint8Array(bytes).buffer)
  return workbook
}

function withPrograms(report: Report, edit: (p: Program, i: number) => Partial<Program>): Report {
  if (report.kind !== 'education') throw new Error('education only')
  return { ...report, programs: report.programs.map((p, i) => ({ ...p, ...edit(p, i) })) }
}

describe('the workbook written', () => {
  let submission: Submission
  let workbook: Workbook
  let fileName: string

  beforeAll(async () => {
    submission = testSubmission(educationReport(2), signer.keyId)
    const written = await writeSignedWorkbook(submission, signer)
    fileName = written.fileName
    workbook = await load(written.bytes)
  })

  test('is named after institution, period and revision', () => {
    expect(fileName).toBe('AHWG_holyoke-community-college_AY2025-26_r1.xlsx')
  })

  test('has a cover, programs, one sheet per section, explanations and a very hidden signature', () => {
    expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
      ['Cover', 'visible'],
      ['Programs', 'visible'],
      ['Capacity and admissions', 'visible'],
      ['Enrollment and completion', 'visible'],
      ['Outcomes', 'visible'],
      ['Clinical and faculty', 'visible'],
      ['Pathways', 'visible'],
      ['Explanations', 'visible'],
      ['_signature', 'veryHidden'],
    ])
  })

  test('the cover says who, when, which key, and that edits will be detected', () => {
    const cover = sheetOf(workbook, 'Cover')
    const lines = cover.getColumn(2).values.filter((v) => v !== undefined && v !== null)
    expect(lines.slice(0, 10)).toEqual([
      'Holyoke Community College',
      'Education provider (college program)',
      'AY 2025–26 (2025-07-01 to 2026-06-30)',
      1,
      'Nothing: this is the first revision.',
      'Dana Registrar <dana@example.edu>',
      '1b4e28ba-2fa1-41d2-883f-0016d3cca427',
      '2025-10-15 14:03:22 UTC',
      ...formatFingerprint(signer.keyId).split('\n'),
    ])
    expect(lines.at(-1)).toMatch(/any edit to this workbook, even to one figure, will be detected/)
  })

  test('data sheets: header of short label and unit, frozen header and label column, number formats', () => {
    const sheet = sheetOf(workbook, 'Clinical and faculty')
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Program',
      'Clinical needed\n(number)',
      'Clinical secured\n(number)',
      'Faculty FTE\n(FTE)',
      'Faculty vacant\n(number)',
    ])
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 })
    expect(sheet.getCell('B2').numFmt).toBe('#,##0')
    expect(sheet.getCell('D2').numFmt).toBe('0.00')
    expect(sheet.getColumn(1).width).toBe(34)
    // No notes: they are drawings, which verification refuses (templates keep them).
    expect(sheet.getCell('D1').note).toBeUndefined()
  })

  test('programs sheet and explanations', () => {
    expect(sheetOf(workbook, 'Programs').getRow(2).values).toEqual([
      undefined,
      'Radiography',
      'Respiratory therapists',
      '51.0908',
      "Associate's degree",
      'Main campus',
      'CoARC',
    ])
    expect(sheetOf(workbook, 'Explanations').getRow(2).values).toEqual([
      undefined,
      'Radiography',
      'Waitlisted',
      12,
      'Twelve qualified applicants waited for a seat.',
    ])
  })

  test('dollars are formatted as dollars', async () => {
    const { employerReport } = await import('./test-fixtures')
    const employer = testSubmission(employerReport(), signer.keyId)
    const wb = await load((await writeSignedWorkbook(employer, signer)).bytes)
    expect(sheetOf(wb, 'Wages').getCell('B2')).toMatchObject({ value: 31.25, numFmt: '$#,##0.00' })
  })
})

describe('text is never a formula', () => {
  const risky = ['=HYPERLINK("http://x.test","click")', '+1+1', '-2+3', '@SUM(A1)']

  test('user text starting with = + - @ is written as text cells, never as formulas', async () => {
    const report = withPrograms(educationReport(1), () => ({
      name: risky[0] ?? '',
      campus: risky[1] ?? '',
      accreditor: risky[2] ?? '',
    }))
    if (report.kind !== 'education' || !report.rows[0]) throw new Error('one education row')
    report.rows[0].explanations = { waitlisted: risky[3] ?? '' }
    const submission = testSubmission(report, signer.keyId)
    submission.header.institution.name = "=cmd|' /C calc'!A0"
    const { bytes } = await writeSignedWorkbook(submission, signer)

    const parts = unzipSync(bytes)
    const sheets = Object.keys(parts).filter((n) => n.startsWith('xl/worksheets/sheet'))
    expect(sheets.length).toBeGreaterThan(5)
    for (const name of sheets) {
      expect(strFromU8(parts[name] ?? new Uint8Array())).not.toMatch(/<f[ >]/)
    }
    const wb = await load(bytes)
    expect(sheetOf(wb, 'Cover').getCell('B3').value).toBe("=cmd|' /C calc'!A0")
    expect(sheetOf(wb, 'Programs').getRow(2).values).toEqual([
      undefined,
      ...risky.slice(0, 1),
      'Respiratory therapists',
      '51.0908',
      "Associate's degree",
      ...risky.slice(1, 3),
    ])
    expect(sheetOf(wb, 'Capacity and admissions').getCell('A2').value).toBe(risky[0])
    expect(sheetOf(wb, 'Explanations').getCell('D2').value).toBe(risky[3])
    expect((await verifyWorkbook(bytes)).valid).toBe(true)
  })

  test('writeCell keeps strings starting with = + - @ tab CR LF as text, in the Text format', async () => {
    const texts = [...risky, '\tTab', '\rCR', '\nLF', '=1+2']
    const wb = newWorkbook()
    const sheet = wb.addWorksheet('T')
    texts.forEach((t, i) => writeCell(sheet.getCell(i + 1, 1), t, 'text'))
    const back = sheetOf(await load(new Uint8Array(await wb.xlsx.writeBuffer())), 'T')
    texts.forEach((t, i) => {
      const cell = back.getCell(i + 1, 1)
      expect(cell.value).toBe(t === '\rCR' ? '\nCR' : t)
      expect(cell.formula).toBeUndefined()
      expect(cell.numFmt).toBe('@')
    })
  })
})

describe('what a workbook cannot hold, and long payloads', () => {
  test('line breaks, control characters and _xHHHH_ sequences still verify', async () => {
    const report = educationReport(1)
    if (report.kind !== 'education' || !report.rows[0]) throw new Error('one education row')
    report.rows[0].explanations = {
      waitlisted: 'First line\r\nsecond line',
      seats: 'Bell\u0007 and _x0041_ stay as typed',
    }
    const { bytes } = await writeSignedWorkbook(testSubmission(report, signer.keyId), signer)
    const wb = await load(bytes)
    expect(sheetOf(wb, 'Explanations').getColumn(4).values.slice(2)).toEqual([
      'Bell\uFFFD and _x0041_ stay as typed',
      'First line\nsecond line',
    ])
    expect((await verifyWorkbook(bytes)).findings).toEqual([])
  })

  test('a payload longer than one cell is split in chunks under 32,767 characters', async () => {
    const report = educationReport(200)
    if (report.kind !== 'education') throw new Error('education only')
    for (const row of report.rows)
      row.explanations = { waitlisted: 'A long explanation. '.repeat(10).trim() }
    const submission = testSubmission(report, signer.keyId)
    const { bytes } = await writeSignedWorkbook(submission, signer)
    const signature = sheetOf(await load(bytes), '_signature')
    const chunks = Number(signature.getCell('B5').value)
    expect(chunks).toBeGreaterThan(2)
    for (let i = 0; i < chunks; i++) {
      expect(signature.getCell(6 + i, 2).text.length).toBeLessThanOrEqual(PAYLOAD_CHUNK)
    }
    const result = await verifyWorkbook(bytes)
    expect(result.findings).toEqual([])
    expect(result.submission).toEqual(submission)
  }, 60_000)

  test('chunks never split a surrogate pair', () => {
    const text = `${'a'.repeat(9)}😀${'b'.repeat(9)}`
    const chunks = chunkText(text, 10)
    expect(chunks).toEqual(['a'.repeat(9), `😀${'b'.repeat(8)}`, 'b'])
    expect(chunks.join('')).toBe(text)
  })
})

describe('export is refused', () => {
  test('while errors or unexplained warnings remain, with the list', async () => {
    const report = educationReport(1)
    if (report.kind !== 'education' || !report.rows[0]) throw new Error('one education row')
    const values = report.rows[0].values
    values.examPasses = 30 // more than the 17 takers: an error
    values.enrolled = 90 // more than the 40 seats: a warning without an explanation
    const error = await writeSignedWorkbook(testSubmission(report, signer.keyId), signer).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(ExportBlockedError)
    if (!(error instanceof ExportBlockedError)) return
    expect(error.message).toBe(
      'The report cannot be exported yet: it has 1 error and 1 warning without an explanation.',
    )
    expect(error.findings.map((f) => [f.level, f.rule])).toEqual([
      ['error', 'exam-passes-above-exam-takers'],
      ['warning', 'enrolled-above-seats'],
    ])
  })

  test('once the warning is explained and the error fixed, it goes through', async () => {
    const report = educationReport(1)
    if (report.kind !== 'education' || !report.rows[0]) throw new Error('one education row')
    report.rows[0].values.enrolled = 90
    report.rows[0].explanations.enrolled = 'Two cohorts overlap this year.'
    const written = await writeSignedWorkbook(testSubmission(report, signer.keyId), signer)
    expect(written.bytes.length).toBeGreaterThan(1000)
  })

  test('when the submission does not match its schema, naming the field', async () => {
    const submission = testSubmission(educationReport(1), signer.keyId)
    const bad = { ...submission, header: { ...submission.header, revision: 0 } }
    const error = await writeSignedWorkbook(bad, signer).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ExportBlockedError)
    if (error instanceof ExportBlockedError) {
      expect(error.findings[0]).toMatchObject({
        level: 'error',
        rule: 'schema',
        measure: 'header.revision',
      })
    }
  })

  test('when the key is not the one the header names', async () => {
    const other = await testSigner()
    const submission = testSubmission(educationReport(1), signer.keyId)
    await expect(writeSignedWorkbook(submission, other)).rejects.toThrow(/names signing key/)
  })

  test('when the private key does not match the public key', async () => {
    const other = await testSigner()
    const submission = testSubmission(educationReport(1), signer.keyId)
    const mixed = { privateKey: other.privateKey, publicKeyRaw: signer.publicKeyRaw }
    await expect(writeSignedWorkbook(submission, mixed)).rejects.toThrow(/does not match/)
  })
})
