import { strFromU8, unzipSync } from 'fflate'
import { beforeAll, describe, expect, test, vi } from 'vitest'
import type { Workbook } from 'exceljs'
import { academicYear } from '../domain/periods'
import { newWorkbook } from './excel'
import { educationReport } from './test-fixtures'
import { sheetOf } from './test-edit'
import { writeTemplate } from './template'
import { verifyWorkbook } from './verify'

// Each test writes and parses whole workbooks; allow for a busy machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 })

async function load(bytes: Uint8Array): Promise<Workbook> {
  const workbook = newWorkbook()
  await workbook.xlsx.load(new Uint8Array(bytes).buffer)
  return workbook
}

const report = educationReport(2)
const programs = report.kind === 'education' ? report.programs : []

describe('an education template', () => {
  let bytes: Uint8Array
  let workbook: Workbook

  beforeAll(async () => {
    bytes = await writeTemplate({
      kind: 'education',
      institution: { name: 'Holyoke Community College' },
      period: academicYear(2025),
      programs,
    })
    workbook = await load(bytes)
  })

  test('has the signed layout’s sheets and a very hidden marker, no signature', () => {
    expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
      ['Cover', 'visible'],
      ['Programs', 'visible'],
      ['Capacity and admissions', 'visible'],
      ['Enrollment and completion', 'visible'],
      ['Outcomes', 'visible'],
      ['Clinical and faculty', 'visible'],
      ['Pathways', 'visible'],
      ['Explanations', 'visible'],
      ['_template', 'veryHidden'],
    ])
  })

  test('its cover says it is an unsigned template to import or send to the board', () => {
    const cover = sheetOf(workbook, 'Cover')
    expect(cover.getCell('A1').value).toBe('Allied Pipeline: College program report template')
    expect(cover.getCell('B3').value).toBe('Holyoke Community College')
    expect(cover.getCell('B5').value).toBe('AY 2025–26 (2025-07-01 to 2026-06-30)')
    expect(cover.getCell('B6').value).toBe('Not signed: a template to fill in.')
    expect(cover.getCell('B8').value).toMatch(/import it into Allied Pipeline/)
    expect(cover.getCell('B8').value).toMatch(/send it to the board’s staff/)
  })

  test('lists the known programs; input cells are unlocked, labels locked, sheets protected', () => {
    const sheet = sheetOf(workbook, 'Programs')
    expect(sheet.getCell('A2').value).toBe('Radiography')
    expect(sheet.getCell('A3').value).toBe('Program 2')
    expect(sheet.getCell('A1').protection).toBeUndefined()
    for (const address of ['A2', 'C2', 'F201']) {
      expect(sheet.getCell(address).protection).toMatchObject({ locked: false })
      expect(sheet.getCell(address).numFmt).toBe('@')
    }
    expect(sheet.getCell('A202').protection).toBeUndefined()
    const data = sheetOf(workbook, 'Outcomes')
    expect(data.getCell('B2')).toMatchObject({ numFmt: '#,##0', protection: { locked: false } })
    expect(data.getCell('A2').protection).toBeUndefined()
    expect(data.getCell('A2').formula).toBe('IF(Programs!$A2="","",Programs!$A2)')
    const parts = unzipSync(bytes)
    for (let n = 1; n <= 8; n++) {
      const xml = strFromU8(parts[`xl/worksheets/sheet${n}.xml`] ?? new Uint8Array())
      expect(xml).toMatch(/<sheetProtection sheet="1"/)
      expect(xml).not.toMatch(/hashValue|password/)
    }
  })

  test('data validations cover whole ranges: code lists and number bounds', () => {
    const xml = (n: number) =>
      strFromU8(unzipSync(bytes)[`xl/worksheets/sheet${n}.xml`] ?? new Uint8Array())
    const programsXml = xml(2)
    expect(programsXml.match(/<dataValidation /g)).toHaveLength(3)
    expect(programsXml).toContain('sqref="B2:B201"')
    expect(programsXml).toContain('<formula1>&apos;_template&apos;!$E$1:$E$4</formula1>')
    expect(programsXml).toContain('<formula1>&apos;_template&apos;!$F$1:$F$6</formula1>')
    const clinical = xml(6)
    expect(clinical).toMatch(/type="whole"[^>]*sqref="B2:B201"/)
    expect(clinical).toMatch(/type="decimal"[^>]*sqref="D2:D201"/)
    expect(clinical).toContain('<formula1>0</formula1><formula2>10000</formula2>')
    expect(xml(8)).toMatch(/sqref="A2:A4001"/)
    const marker = sheetOf(workbook, '_template')
    expect(marker.getColumn(5).values.slice(1)).toEqual([
      'Respiratory therapists',
      'Radiologic technologists',
      'Surgical technologists',
      'Clinical laboratory technologists and technicians',
    ])
  })

  test('is recognised as an unsigned template, not as a report', async () => {
    expect((await verifyWorkbook(bytes)).findings).toEqual([
      {
        code: 'unsigned-template',
        message:
          'This is an unsigned Allied Pipeline template, not a signed report: nothing in it says who filled it in. Import it into Allied Pipeline and export a signed workbook from there, or pass it to the board’s staff to enter.',
      },
    ])
  })
})

test('an employer template lists the four occupations, one row each', async () => {
  const workbook = await load(await writeTemplate({ kind: 'employer' }))
  const staffing = sheetOf(workbook, 'Staffing')
  expect(staffing.getColumn(1).values.slice(1)).toEqual([
    'Occupation',
    'Respiratory therapists',
    'Radiologic technologists',
    'Surgical technologists',
    'Clinical laboratory technologists and technicians',
  ])
  expect(staffing.getCell('B5').protection).toMatchObject({ locked: false })
  expect(staffing.getCell('B6').protection).toBeUndefined()
  expect(staffing.getCell('A2').protection).toBeUndefined()
})
