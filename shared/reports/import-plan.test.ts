import { describe, expect, it } from 'vitest'
import { educationRow, employerRow, program } from '../rules/test-reports'
import { planImport } from './import-plan'
import type { Report } from './schemas'

const here = [
  program({ id: 'hcc-rad', name: 'Radiologic Technology' }),
  program({ id: 'hcc-st', name: 'Surgical Technology', occupation: 'surgical-technologists' }),
]

const file: Report = {
  kind: 'education',
  programs: [
    // Filled on another computer: another id, the same program by name (in other letters).
    program({ id: 'rad-from-template', name: 'RADIOLOGIC TECHNOLOGY' }),
    program({ id: 'hcc-st', name: 'Surgical Technology', occupation: 'surgical-technologists' }),
    program({
      id: 'mlt',
      name: 'Medical Laboratory Technician',
      occupation: 'clinical-laboratory',
    }),
  ],
  rows: [
    educationRow('rad-from-template', { seats: 30, enrolled: 28 }),
    educationRow('hcc-st', { seats: 12 }),
    educationRow('mlt', { seats: 16, completers: null }),
  ],
}

describe('planImport', () => {
  it('lands each program on the one here with its id, or its occupation and name', () => {
    const plan = planImport(file, here, [])
    expect(Object.fromEntries(plan.rowMap)).toEqual({
      'rad-from-template': 'hcc-rad',
      'hcc-st': 'hcc-st',
      mlt: 'mlt',
    })
    expect(plan.newPrograms.map((p) => p.name)).toEqual(['Medical Laboratory Technician'])
  })

  it('does not match a program of the same name under another occupation', () => {
    const other = program({
      id: 'x',
      name: 'Radiologic Technology',
      occupation: 'clinical-laboratory',
    })
    const plan = planImport(file, [other], [])
    expect(plan.rowMap.get('rad-from-template')).toBe('rad-from-template')
    expect(plan.newPrograms).toHaveLength(3)
  })

  it('counts the file’s figures and the different ones it would replace, not blanks or equal ones', () => {
    const plan = planImport(file, here, [
      { rowId: 'hcc-rad', measure: 'seats', value: 30 }, // the same: not replaced
      { rowId: 'hcc-rad', measure: 'enrolled', value: 25 }, // different: replaced
      { rowId: 'hcc-st', measure: 'seats', value: null }, // empty here: filled, not replaced
      { rowId: 'hcc-st', measure: 'applicants', value: 40 }, // blank in the file: kept
    ])
    expect(plan.figures).toBe(4)
    expect(plan.replaced).toBe(1)
  })

  it('keys employer rows by occupation', () => {
    const report: Report = {
      kind: 'employer',
      rows: [employerRow('respiratory-therapists', { budgetedFte: 12 })],
    }
    const plan = planImport(report, here, [
      { rowId: 'respiratory-therapists', measure: 'budgetedFte', value: 10 },
    ])
    expect(plan).toMatchObject({ newPrograms: [], figures: 1, replaced: 1 })
    expect(plan.rowMap.get('respiratory-therapists')).toBe('respiratory-therapists')
  })
})
