import { describe, expect, it } from 'vitest'
import { InstitutionId } from '../domain/ids'
import { academicYear } from '../domain/periods'
import { Program } from './schemas'
import { assembleReport, copyForward, newReportingPeriod, type Cell } from './draft'

const now = new Date('2026-11-28T09:00:00Z')
const hcc = InstitutionId.parse('holyoke-community-college')
const programs = [
  Program.parse({
    id: 'rad',
    occupation: 'radiologic-technologists',
    name: 'Radiography AS',
    cip: '51.0911',
    credential: 'associate',
  }),
  Program.parse({
    id: 'st',
    occupation: 'surgical-technologists',
    name: 'Surgical Technology',
    cip: '51.0909',
    credential: 'certificate-1-to-2-years',
  }),
]
const cell = (rowId: string, measure: string, value: number | null, explanation = ''): Cell => ({
  periodId: 'AY2025-26',
  institutionId: hcc,
  rowId,
  measure,
  value,
  explanation,
  updatedAt: now.toISOString(),
})

describe('period drafts', () => {
  it('copies last period’s programs forward without their figures', () => {
    const last = newReportingPeriod(
      hcc,
      'education',
      academicYear(2024),
      ['rad', 'st', 'gone'],
      now,
    )
    const next = copyForward(last, academicYear(2025), now, new Set(['rad', 'st']))
    expect(next).toMatchObject({
      id: 'AY2025-26',
      institutionId: hcc,
      kind: 'education',
      rowIds: ['rad', 'st'],
    })
    expect(next.period).toEqual(academicYear(2025))
    const report = assembleReport(next, [], programs)
    expect(
      report.kind === 'education' &&
        report.rows.every((r) => Object.values(r.values).every((v) => v === null)),
    ).toBe(true)
  })

  it('assembles cells into a report in row order, with explanations', () => {
    const rp = newReportingPeriod(hcc, 'education', academicYear(2025), ['st', 'rad'], now)
    const report = assembleReport(
      rp,
      [
        cell('rad', 'seats', 30),
        cell('rad', 'enrolled', 42, ' Two cohorts '),
        cell('st', 'seats', 12),
      ],
      programs,
    )
    if (report.kind !== 'education') throw new Error('wrong kind')
    expect(report.rows.map((r) => r.programId)).toEqual(['st', 'rad'])
    expect(report.rows[1]?.values.enrolled).toBe(42)
    expect(report.rows[1]?.explanations).toEqual({ enrolled: 'Two cohorts' })
    expect(report.programs.map((p) => p.id)).toEqual(['rad', 'st'])
  })

  it('ignores cells of rows no longer in the period', () => {
    const rp = newReportingPeriod(
      hcc,
      'employer',
      academicYear(2025),
      ['surgical-technologists'],
      now,
    )
    const report = assembleReport(
      rp,
      [
        cell('respiratory-therapists', 'budgetedFte', 3),
        cell('surgical-technologists', 'budgetedFte', 4.5),
      ],
      [],
    )
    expect(report.rows).toHaveLength(1)
    expect(report.kind === 'employer' && report.rows[0]?.values.budgetedFte).toBe(4.5)
  })
})
