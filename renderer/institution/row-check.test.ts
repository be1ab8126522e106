import { describe, expect, it } from 'vitest'
import { InstitutionId } from '../../shared/domain/ids'
import { academicYear } from '../../shared/domain/periods'
import { newReportingPeriod, type Cell } from '../../shared/reports/draft'
import { validateReport } from '../../shared/rules'
import { educationRow, program } from '../../shared/rules/test-reports'
import { assembleReport } from '../../shared/reports/draft'
import type { StoredRow } from '../db/period-figures'
import { checkRow, previousByRow } from './row-check'

const programs = [
  program({ id: 'radiography', name: 'Radiography AS' }),
  program({
    id: 'surgical',
    name: 'Surgical Technology',
    occupation: 'surgical-technologists',
    cip: '51.0909',
    accreditor: 'CAAHEP',
  }),
]
const rp = newReportingPeriod(
  InstitutionId.parse('holyoke-community-college'),
  'education',
  academicYear(2025),
  ['radiography', 'surgical'],
  new Date('2026-11-01T10:00:00Z'),
)
const cell = (rowId: string, measure: string, value: number, explanation = ''): Cell => ({
  periodId: rp.id,
  institutionId: rp.institutionId,
  rowId,
  measure,
  value,
  explanation,
  updatedAt: '2026-11-01T10:00:00.000Z',
})
const cells = [
  cell('radiography', 'seats', 30),
  cell('radiography', 'enrolled', 42, 'Two cohorts at census.'),
  cell('radiography', 'completers', 200),
  cell('surgical', 'examTakers', 8),
  cell('surgical', 'examPasses', 10),
  cell('surgical', 'applicants', -3),
]
const rowOf = (rowId: string): StoredRow => ({
  rowId,
  cells: new Map(cells.filter((c) => c.rowId === rowId).map((c) => [c.measure, c])),
})
const previous = {
  kind: 'education' as const,
  programs,
  rows: [educationRow('radiography', { completers: 20 }), educationRow('surgical', {})],
}

describe('checking one row at a time', () => {
  it('finds, row by row, exactly what the whole report’s validation finds', () => {
    const whole = validateReport(assembleReport(rp, cells, programs), { previous })
    const lastYear = previousByRow(previous)
    const byRow = rp.rowIds.flatMap(
      (rowId, i) =>
        checkRow(rowOf(rowId), {
          rp,
          program: programs[i],
          previous: lastYear.get(rowId),
          label: programs[i]!.name,
        }).findings,
    )
    expect(whole.length).toBeGreaterThan(3)
    expect(byRow).toEqual(whole)
  })

  it('says which cells are flagged and whether a warning is explained', () => {
    const check = checkRow(rowOf('radiography'), {
      rp,
      program: programs[0],
      previous: undefined,
      label: 'Radiography AS',
    })
    expect(check.states.get('enrolled')).toMatchObject({ level: 'warning', explained: true })
    expect(check.states.has('seats')).toBe(false)
    expect(check.missing).toContain('applicants')
  })
})
