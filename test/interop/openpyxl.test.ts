// openpyxl as an independent reader and editor: it sees every visible sheet and user text as
// text (never a formula); a cell it edits is named exactly by verification; a template it fills
// in imports.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Submission } from '../../shared/submission/payload'
import { readFilledWorkbook } from '../../shared/workbook/read-filled'
import {
  educationReport,
  testSigner,
  testSubmission,
  type TestSigner,
} from '../../shared/workbook/test-fixtures'
import { writeTemplate } from '../../shared/workbook/template'
import { verifyWorkbook } from '../../shared/workbook/verify'
import { writeSignedWorkbook } from '../../shared/workbook/write-signed'
import { openpyxl, requireOpenpyxl, scratch } from './tools'

const SLOW = 120_000
const RISKY = ['=1+2', '+SUM(A1)', '-2+3', '@cmd']

let dir: string
let cleanup: () => Promise<void>
let signer: TestSigner
let submission: Submission
let signed: Uint8Array

beforeAll(async () => {
  await requireOpenpyxl()
  ;({ dir, remove: cleanup } = await scratch())
  signer = await testSigner()
  const report = educationReport(2)
  if (report.kind === 'education' && report.rows[0]) {
    report.programs[0] = { ...report.programs[0]!, name: RISKY[0]!, campus: RISKY[1]! }
    report.programs[1] = { ...report.programs[1]!, campus: RISKY[2]!, accreditor: RISKY[3]! }
    report.rows[0].explanations = { waitlisted: '=HYPERLINK("http://x.test","more")' }
  }
  submission = testSubmission(report, signer.keyId)
  signed = (await writeSignedWorkbook(submission, signer)).bytes
}, SLOW)

afterAll(async () => {
  await cleanup()
})

interface SheetDump {
  title: string
  state: string
  cells: [string, string, string | number][]
}

const DUMP = `
wb = openpyxl.load_workbook(path)
out = []
for ws in wb.worksheets:
    cells = [[c.coordinate, c.data_type, c.value] for row in ws.iter_rows() for c in row if c.value is not None]
    out.append({"title": ws.title, "state": ws.sheet_state, "cells": cells})
print(json.dumps(out))
`

describe('openpyxl reads the signed workbook', () => {
  let sheets: SheetDump[]

  beforeAll(async () => {
    sheets = (await openpyxl<SheetDump[]>(dir, signed, DUMP)).result
  }, SLOW)

  test('every sheet, with the signature very hidden', () => {
    expect(sheets.map((s) => [s.title, s.state])).toEqual([
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

  test('user text starting with = + - @ is a string cell (data type s), never a formula', () => {
    const all = sheets.flatMap((s) =>
      s.cells.map(([at, type, value]) => ({ sheet: s.title, at, type, value })),
    )
    expect(all.filter((c) => c.type === 'f')).toEqual([])
    // The signature sheet holds base64, which may start with "+" by chance: it is checked above
    // to hold no formula, and is not user text.
    const risky = all.filter(
      (c) => c.sheet !== '_signature' && typeof c.value === 'string' && /^[=+\-@]/.test(c.value),
    )
    expect(risky.map((c) => [c.sheet, c.at, c.type, c.value])).toEqual([
      ['Programs', 'A2', 's', '=1+2'],
      ['Programs', 'E2', 's', '+SUM(A1)'],
      ['Programs', 'E3', 's', '-2+3'],
      ['Programs', 'F3', 's', '@cmd'],
      ...[
        'Capacity and admissions',
        'Enrollment and completion',
        'Outcomes',
        'Clinical and faculty',
        'Pathways',
      ].map((sheet) => [sheet, 'A2', 's', '=1+2']),
      ['Explanations', 'A2', 's', '=1+2'],
      ['Explanations', 'D2', 's', '=HYPERLINK("http://x.test","more")'],
    ])
  })

  test('figures are numbers in their cells', () => {
    const clinical = sheets.find((s) => s.title === 'Clinical and faculty')
    expect(clinical?.cells.filter(([at]) => at.endsWith('2'))).toEqual([
      ['A2', 's', '=1+2'],
      ['B2', 'n', 20],
      ['C2', 'n', 20],
      ['D2', 'n', 3.5],
      ['E2', 'n', 1],
    ])
  })
})

describe('openpyxl edits', () => {
  test(
    'a saved copy without edits still verifies',
    async () => {
      const { bytes } = await openpyxl(
        dir,
        signed,
        'openpyxl.load_workbook(path).save(path)\nprint("null")',
      )
      expect((await verifyWorkbook(bytes)).findings).toEqual([])
    },
    SLOW,
  )

  test(
    'one data cell changed: verification names exactly that cell, old and new value',
    async () => {
      const { bytes } = await openpyxl(
        dir,
        signed,
        `wb = openpyxl.load_workbook(path)
wb["Outcomes"]["C3"] = 42
wb.save(path)
print("null")`,
      )
      expect((await verifyWorkbook(bytes)).findings).toEqual([
        {
          code: 'cell-changed',
          sheet: 'Outcomes',
          cell: 'C3',
          message: 'Outcomes!C3 changed after signing: 15 → 42',
        },
      ])
    },
    SLOW,
  )

  test(
    'a formula typed into a figure cell is named as a formula',
    async () => {
      const { bytes } = await openpyxl(
        dir,
        signed,
        `wb = openpyxl.load_workbook(path)
wb["Capacity and admissions"]["B2"] = "=C2*2"
wb.save(path)
print("null")`,
      )
      expect((await verifyWorkbook(bytes)).findings.map((f) => f.message)).toEqual([
        'Capacity and admissions!B2 holds a formula (=C2*2) where a number belongs; formulas are not accepted.',
      ])
    },
    SLOW,
  )

  test(
    'a template filled in by openpyxl imports',
    async () => {
      const template = await writeTemplate({
        kind: 'high-school',
        occupations: ['surgical-technologists'],
      })
      const { bytes } = await openpyxl(
        dir,
        template,
        `wb = openpyxl.load_workbook(path)
ws = wb["Pathway enrollment"]
for col, value in zip("BCDE", [12, 10, 9, 8]):
    ws[col + "2"] = value
wb["Explanations"]["A2"] = "Surgical technologists"
wb["Explanations"]["B2"] = "Grade 9"
wb["Explanations"]["D2"] = "A new cohort started."
wb.save(path)
print("null")`,
      )
      const result = await readFilledWorkbook(bytes)
      expect(result.problems).toEqual([])
      expect(result.ok && result.report).toEqual({
        kind: 'high-school',
        rows: [
          {
            occupation: 'surgical-technologists',
            values: {
              grade9: 12,
              grade10: 10,
              grade11: 9,
              grade12: 8,
              dualEnrollment: null,
              careerAwarenessReach: null,
            },
            explanations: { grade9: 'A new cohort started.' },
          },
        ],
      })
    },
    SLOW,
  )
})
