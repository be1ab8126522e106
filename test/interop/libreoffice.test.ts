// A signed workbook opened and saved again in LibreOffice (as a partner or board member might,
// without changing anything) must still verify; LibreOffice must read every visible sheet; a
// filled template saved by LibreOffice must still import.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Submission } from '../../shared/submission/payload'
import { newWorkbook } from '../../shared/workbook/excel'
import { readFilledWorkbook } from '../../shared/workbook/read-filled'
import {
  educationReport,
  employerReport,
  testSigner,
  testSubmission,
  type TestSigner,
} from '../../shared/workbook/test-fixtures'
import { editWorkbook, sheetOf } from '../../shared/workbook/test-edit'
import { writeTemplate } from '../../shared/workbook/template'
import { verifyWorkbook } from '../../shared/workbook/verify'
import { writeSignedWorkbook } from '../../shared/workbook/write-signed'
import { LibreOffice, parseCsv, scratch } from './tools'

const SLOW = 180_000

let office: LibreOffice
let cleanup: () => Promise<void>
let signer: TestSigner
let submission: Submission
let signed: Uint8Array

beforeAll(async () => {
  const { dir, remove } = await scratch()
  cleanup = remove
  office = await LibreOffice.start(dir)
  signer = await testSigner()
  const report = educationReport(3)
  if (report.kind === 'education' && report.rows[1]) {
    report.programs[1] = { ...report.programs[1]!, campus: '=HYPERLINK("http://x.test")' }
    report.rows[1].explanations = { seats: '-40 seats, as in 2024; see _x0041_ note' }
  }
  submission = testSubmission(report, signer.keyId)
  signed = (await writeSignedWorkbook(submission, signer)).bytes
}, SLOW)

afterAll(async () => {
  await cleanup()
})

describe('a LibreOffice re-save without edits', () => {
  test(
    'still verifies (very hidden becomes hidden, frozen panes go, numbers are rewritten)',
    async () => {
      const resaved = await office.resave(signed)
      const workbook = newWorkbook()
      await workbook.xlsx.load(new Uint8Array(resaved).buffer)
      expect(sheetOf(workbook, '_signature').state).toBe('hidden')
      expect(sheetOf(workbook, 'Outcomes').views[0]?.state).not.toBe('frozen')
      const result = await verifyWorkbook(resaved)
      expect(result.findings).toEqual([])
      expect(result.valid).toBe(true)
      expect(result.submission).toEqual(submission)
    },
    SLOW,
  )

  test(
    'still verifies for an employer report (dollars and FTE)',
    async () => {
      const own = testSubmission(employerReport(), signer.keyId)
      const bytes = (await writeSignedWorkbook(own, signer)).bytes
      expect((await verifyWorkbook(await office.resave(bytes))).findings).toEqual([])
    },
    SLOW,
  )

  test(
    'an edit made before the re-save is still named',
    async () => {
      const edited = await editWorkbook(signed, (wb) => {
        sheetOf(wb, 'Programs').getCell('E3').value = 'Chicopee'
      })
      const result = await verifyWorkbook(await office.resave(edited))
      expect(result.findings.map((f) => f.message)).toEqual([
        'Programs!E3 changed after signing: “=HYPERLINK("http://x.test")” → “Chicopee”',
      ])
    },
    SLOW,
  )
})

test(
  'LibreOffice reads every visible sheet, text starting with = as text',
  async () => {
    const sheets = await office.csvSheets(signed)
    expect([...sheets.keys()].sort()).toEqual(
      [
        'Capacity and admissions',
        'Clinical and faculty',
        'Cover',
        'Enrollment and completion',
        'Explanations',
        'Outcomes',
        'Pathways',
        'Programs',
        '_signature',
      ].sort(),
    )
    const rows = (name: string) => parseCsv(sheets.get(name) ?? '')
    expect(rows('Cover')[2]).toEqual(['Institution', 'Holyoke Community College'])
    expect(rows('Programs')[2]?.[4]).toBe('=HYPERLINK("http://x.test")')
    expect(rows('Capacity and admissions').slice(0, 2)).toEqual([
      [
        'Program',
        'Seats\n(number)',
        'Applicants\n(number)',
        'Qualified\n(number)',
        'Admitted\n(number)',
        'Waitlisted\n(number)',
      ],
      ['Radiography', '40', '120', '80', '40', '12'],
    ])
    expect(rows('Clinical and faculty')[1]).toEqual(['Radiography', '20', '20', '3.5', '1'])
    expect(rows('Explanations')[2]).toEqual([
      'Program 2',
      'Seats (capacity)',
      '41',
      '-40 seats, as in 2024; see _x0041_ note',
    ])
  },
  SLOW,
)

test(
  'a template filled in and saved by LibreOffice still imports',
  async () => {
    const template = await writeTemplate({ kind: 'employer' })
    const filled = await editWorkbook(template, (wb) => {
      sheetOf(wb, 'Staffing').getCell('B3').value = 12.5
      sheetOf(wb, 'Staffing').getCell('C3').value = 11
      sheetOf(wb, 'Wages').getCell('B3').value = 31.5
    })
    const result = await readFilledWorkbook(await office.resave(filled))
    expect(result.problems).toEqual([])
    expect(result.ok && result.report.kind === 'employer' && result.report.rows).toMatchObject([
      {
        occupation: 'radiologic-technologists',
        values: { budgetedFte: 12.5, filledFte: 11, startingWageMin: 31.5 },
      },
    ])
  },
  SLOW,
)

test(
  'an education template saved by LibreOffice computes the row labels and still imports',
  async () => {
    const template = await writeTemplate({ kind: 'education' })
    const filled = await editWorkbook(template, (wb) => {
      const programs = sheetOf(wb, 'Programs')
      ;['Radiography', 'Radiologic technologists', '51.0911', "Associate's degree"].forEach(
        (v, i) => {
          programs.getCell(2, i + 1).value = v
        },
      )
      sheetOf(wb, 'Capacity and admissions').getCell('B2').value = 30
    })
    const resaved = await office.resave(filled)
    const sheets = await office.csvSheets(resaved)
    expect(parseCsv(sheets.get('Capacity and admissions') ?? '')[1]?.slice(0, 2)).toEqual([
      'Radiography',
      '30',
    ])
    const result = await readFilledWorkbook(resaved, { newProgramId: () => 'radiography' })
    expect(result.problems).toEqual([])
    expect(result.ok && result.report.kind === 'education' && result.report.programs).toEqual([
      {
        id: 'radiography',
        name: 'Radiography',
        occupation: 'radiologic-technologists',
        cip: '51.0911',
        credential: 'associate',
        campus: '',
        accreditor: '',
      },
    ])
  },
  SLOW,
)
