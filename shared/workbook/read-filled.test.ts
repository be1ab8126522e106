import { beforeAll, describe, expect, test, vi } from 'vitest'
import type { Workbook } from 'exceljs'
import { EDUCATION_MEASURES } from '../reports/measures'
import type { EducationReport } from '../reports/schemas'
import { readFilledWorkbook, type FilledWorkbook } from './read-filled'
import { educationReport, employerReport, testSigner, testSubmission } from './test-fixtures'
import { editWorkbook, sheetOf } from './test-edit'
import { writeTemplate } from './template'
import { writeSignedWorkbook } from './write-signed'

// Each test writes and parses whole workbooks; allow for a busy machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 })

const known = educationReport(1) as EducationReport
let template: Uint8Array

beforeAll(async () => {
  template = await writeTemplate({ kind: 'education', programs: known.programs })
})

let nextId = 0
const options = { newProgramId: () => `new-${++nextId}` }

function problems(result: FilledWorkbook): string[] {
  return result.problems.map((p) => `${p.sheet}${p.cell ? `!${p.cell}` : ''}: ${p.message}`)
}

/** Types a second program into row 3 and some figures, as a registrar would in Excel. */
function fillIn(wb: Workbook): void {
  const programs = sheetOf(wb, 'Programs')
  ;[
    'Surgical Technology',
    'Surgical technologists',
    '51.0909',
    "Associate's degree",
    'Ludlow',
    'CAAHEP',
  ].forEach((v, i) => {
    programs.getCell(3, i + 1).value = v
  })
  const capacity = sheetOf(wb, 'Capacity and admissions')
  capacity.getCell('B2').value = 30
  capacity.getCell('C2').value = 95
  capacity.getCell('B3').value = 24
  sheetOf(wb, 'Clinical and faculty').getCell('D3').value = 2.5
  const explanations = sheetOf(wb, 'Explanations')
  explanations.getCell('A2').value = 'Surgical Technology'
  explanations.getCell('B2').value = 'Faculty FTE'
  explanations.getCell('D2').value = 'One instructor is half time.'
}

describe('a filled template', () => {
  test('reads back into a report, keeping the ids of programs the template was made with', async () => {
    nextId = 0
    const result = await readFilledWorkbook(await editWorkbook(template, fillIn), options)
    expect(problems(result)).toEqual([])
    if (!result.ok || result.report.kind !== 'education') throw new Error('expected a report')
    const { programs, rows } = result.report
    expect(programs).toEqual([
      known.programs[0],
      {
        id: 'new-1',
        name: 'Surgical Technology',
        occupation: 'surgical-technologists',
        cip: '51.0909',
        credential: 'associate',
        campus: 'Ludlow',
        accreditor: 'CAAHEP',
      },
    ])
    const none = Object.fromEntries(EDUCATION_MEASURES.map((m) => [m.key, null]))
    expect(rows).toEqual([
      {
        programId: known.programs[0]?.id,
        values: { ...none, seats: 30, applicants: 95 },
        explanations: {},
      },
      {
        programId: 'new-1',
        values: { ...none, seats: 24, facultyFte: 2.5 },
        explanations: { facultyFte: 'One instructor is half time.' },
      },
    ])
  })

  test('accepts figures typed as text and codes typed as numbers or in other case', async () => {
    const filled = await editWorkbook(template, (wb) => {
      fillIn(wb)
      sheetOf(wb, 'Programs').getCell('C3').value = 51.0909
      sheetOf(wb, 'Programs').getCell('B3').value = 'SURGICAL'
      sheetOf(wb, 'Capacity and admissions').getCell('C2').value = '1,095'
    })
    const result = await readFilledWorkbook(filled, options)
    expect(problems(result)).toEqual([])
    if (result.ok && result.report.kind === 'education') {
      expect(result.report.programs[1]?.cip).toBe('51.0909')
      expect(result.report.rows[0]?.values.applicants).toBe(1095)
    }
  })

  test('an unknown sheet is ignored with a note', async () => {
    const filled = await editWorkbook(template, (wb) => {
      fillIn(wb)
      wb.addWorksheet('My notes').getCell('A1').value = 'call Dana'
    })
    const result = await readFilledWorkbook(filled, options)
    expect(result.ok).toBe(true)
    expect(result.notes).toEqual([
      {
        sheet: 'My notes',
        message: 'The sheet “My notes” is not part of the template and was not read.',
      },
    ])
  })
})

describe('every problem is named by sheet and cell', () => {
  test('figures that are not numbers, formulas and wrong codes', async () => {
    const filled = await editWorkbook(template, (wb) => {
      fillIn(wb)
      const programs = sheetOf(wb, 'Programs')
      programs.getCell('B2').value = 'Radiologic technologists'
      programs.getCell('C2').value = '51.0907'
      programs.getCell('D3').value = 'Diploma'
      programs.getCell('B4').value = 'Radiology'
      programs.getCell('A4').value = 'Imaging'
      programs.getCell('C4').value = '51.0911'
      programs.getCell('D4').value = 'associate'
      sheetOf(wb, 'Outcomes').getCell('C2').value = 'twelve'
      sheetOf(wb, 'Outcomes').getCell('B3').value = { formula: 'A1*2', date1904: false }
      sheetOf(wb, 'Capacity and admissions').getCell('D2').value = 12.5
    })
    expect(problems(await readFilledWorkbook(filled, options))).toEqual([
      'Programs!C2: 51.0907 is not a CIP code of Radiologic technologists; use 51.0911.',
      "Programs!D3: “Diploma” is not one of the credentials: Certificate (under 1 year), Certificate (1 to 2 years), Associate's degree, Bachelor's degree, Post-baccalaureate certificate, Master's degree.",
      'Programs!B4: “Radiology” is not one of the occupations: Respiratory therapists, Radiologic technologists, Surgical technologists, Clinical laboratory technologists and technicians.',
      'Capacity and admissions!D2: 12.5 is not a whole number (Radiography, Qualified applicants).',
      'Outcomes!C2: “twelve” is not a number (Radiography, First-attempt exam passes).',
      'Outcomes!B3: The cell holds a formula (=A1*2) where a number belongs; type the number itself (Surgical Technology, First-attempt exam takers).',
    ])
  })

  test('more than 200 programs, content outside the table, a changed header', async () => {
    const filled = await editWorkbook(template, (wb) => {
      sheetOf(wb, 'Programs').getCell('A202').value = 'One too many'
      sheetOf(wb, 'Outcomes').getCell('H5').value = 'side note'
      sheetOf(wb, 'Pathways').getCell('B1').value = 'Dual'
    })
    expect(problems(await readFilledWorkbook(filled, options))).toEqual([
      'Programs!A202: A report has at most 200 programs, in rows 2 to 201; rows below must stay empty.',
      'Outcomes!H5: “side note” is outside the table; move it into the table or delete it.',
      'Pathways!B1: The column heading should be “Dual enrollment (number)”, not “Dual”; columns cannot be moved, added or renamed.',
    ])
  })

  test('a figure with no program, a missing sheet, an explanation of nothing known', async () => {
    const filled = await editWorkbook(template, (wb) => {
      sheetOf(wb, 'Outcomes').getCell('B9').value = 4
      wb.removeWorksheet(sheetOf(wb, 'Pathways').id)
      const explanations = sheetOf(wb, 'Explanations')
      explanations.getCell('A2').value = 'Nursing'
      explanations.getCell('B2').value = 'Seats'
      explanations.getCell('D2').value = 'x'
      explanations.getCell('A3').value = 'Radiography'
      explanations.getCell('B3').value = 'Happiness'
      explanations.getCell('D3').value = 'x'
    })
    expect(problems(await readFilledWorkbook(filled, options))).toEqual([
      'Pathways: The sheet “Pathways” is missing; it holds part of the report.',
      'Outcomes!B9: There is no program in row 9 of the Programs sheet for this figure.',
      'Explanations!B3: “Happiness” is not one of the measures of this report.',
      'Explanations!A2: “Nursing” is not a program on the Programs sheet.',
    ])
  })

  test('a file that is not a workbook is refused before it is parsed', async () => {
    const result = await readFilledWorkbook(
      new TextEncoder().encode('name,seats\nRadiography,30\n'),
    )
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          sheet: 'Workbook',
          message: 'This is a text file (such as CSV), not an Excel workbook (.xlsx).',
        },
      ],
      notes: [],
    })
  })
})

describe('a workbook exported earlier', () => {
  test('reads back into the very report it was made from', async () => {
    const signer = await testSigner()
    const report = educationReport(3)
    const { bytes } = await writeSignedWorkbook(testSubmission(report, signer.keyId), signer)
    const result = await readFilledWorkbook(bytes, options)
    expect(problems(result)).toEqual([])
    expect(result.ok && result.report).toEqual(report)
  })

  test('employer: occupations by name on each sheet; rows out of order still land right', async () => {
    const signer = await testSigner()
    const report = employerReport()
    const { bytes } = await writeSignedWorkbook(testSubmission(report, signer.keyId), signer)
    const swapped = await editWorkbook(bytes, (wb) => {
      const wages = sheetOf(wb, 'Wages')
      const [a, b] = [wages.getRow(2).values, wages.getRow(3).values]
      wages.getRow(2).values = b
      wages.getRow(3).values = a
    })
    const result = await readFilledWorkbook(swapped, options)
    expect(problems(result)).toEqual([])
    expect(result.ok && result.report).toEqual(report)
  })

  test('a row of a data sheet that no longer matches Programs is named', async () => {
    const signer = await testSigner()
    const { bytes } = await writeSignedWorkbook(
      testSubmission(educationReport(2), signer.keyId),
      signer,
    )
    const moved = await editWorkbook(bytes, (wb) => {
      sheetOf(wb, 'Outcomes').getCell('A2').value = 'Program 2'
    })
    expect(problems(await readFilledWorkbook(moved, options))).toEqual([
      'Outcomes!A2: This row is “Program 2” but row 2 of Programs is “Radiography”; keep the rows of every sheet in the order of the Programs sheet.',
    ])
  })
})
