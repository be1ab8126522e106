import { describe, expect, it } from 'vitest'
import { analyse } from './analysis'
import { analysisCsv, datasetCsv } from './csv'
import { Scenario } from './scenario'
import { CYCLE, education, employer } from './test-data'
import { region, regionContext } from './test-region'

/** Rows of a CSV this module wrote (no field here spans lines). */
function rowsOf(text: string): string[] {
  expect(text.startsWith('\uFEFF')).toBe(true)
  return text.slice(1).trimEnd().split('\r\n')
}

describe('CSV of the analysis', () => {
  const result = analyse(region(), CYCLE, regionContext(), {
    scenarios: [Scenario.parse({ name: 'More slots', programs: [] })],
  })
  const rows = rowsOf(analysisCsv(result))

  it('has one row per occupation and demand basis, exact figures, then the scenario’s', () => {
    expect(rows[0]).toMatch(/^Figures,Occupation,Demand basis,Demand,Supply,/)
    const radiology = rows.filter((r) => r.startsWith('Reported,Radiologic technologists'))
    expect(radiology).toEqual([
      'Reported,Radiologic technologists,Employer-reported demand,25,9,16,0.36,Severe shortage,no,,Clinical placements: 18 secured for 24 needed,0.8,0.8,0.75',
      'Reported,Radiologic technologists,Published annual openings,48,9,39,0.1875,Severe shortage,no,,Clinical placements: 18 secured for 24 needed,0.8,0.8,0.75',
    ])
    expect(
      rows.filter((r) =>
        r.startsWith('"Scenario: More slots (what-if figures, not reported ones)",'),
      ),
    ).toHaveLength(8)
  })

  it('writes suppressed figures as suppressed, never their values', () => {
    const surgical = rows.find((r) => r.startsWith('Reported,Surgical technologists,Employer'))
    expect(surgical).toBe(
      'Reported,Surgical technologists,Employer-reported demand,suppressed (fewer than 3 employers),0,suppressed (fewer than 3 employers),suppressed (fewer than 3 employers),suppressed (fewer than 3 employers),no,,No capacity figures reported,,,',
    )
  })

  it('keeps a program name that looks like a formula as text', () => {
    const hostile = [
      education('holyoke-community-college', 2025, [
        { name: '=HYPERLINK("http://x","y")', values: { expectedCompletersNextYear: 4 } },
      ]),
    ]
    const text = analysisCsv(analyse(hostile, CYCLE, regionContext()))
    expect(text).toContain(
      `"=HYPERLINK(""http://x"",""y"") (Holyoke Community College)`.replace('"=', `"'=`),
    )
    expect(text).not.toMatch(/[,"]=HYPERLINK/)
  })
})

describe('CSV of the merged dataset', () => {
  it('lists every reported value, one a row, and suppresses employers’ own figures for sharing', () => {
    const submissions = [
      education('holyoke-community-college', 2025, [
        { name: 'Radiography', values: { seats: 24, completers: 17 } },
      ]),
      employer('baystate-health', [{ values: { openVacancies: 4 } }]),
    ]
    const shared = rowsOf(datasetCsv(submissions))
    expect(shared).toEqual([
      'Institution,Institution id,Report,Period,Revision,Program,Occupation,Measure,Value',
      'Holyoke Community College,holyoke-community-college,education,AY2025-26,1,Radiography,radiologic-technologists,Seats (capacity),24',
      'Holyoke Community College,holyoke-community-college,education,AY2025-26,1,Radiography,radiologic-technologists,Completers,17',
      'Baystate Health,baystate-health,employer,S2026-10-01,1,,radiologic-technologists,Open vacancies,suppressed (fewer than 3 employers)',
    ])
    expect(rowsOf(datasetCsv(submissions, 'board')).at(-1)).toMatch(/,Open vacancies,4$/)
  })

  it('quotes text with commas and neutralises a leading minus in text, not in numbers', () => {
    const submissions = [
      education('holyoke-community-college', 2025, [
        { name: '-Radiography, evening', values: { seats: 24 } },
      ]),
    ]
    expect(rowsOf(datasetCsv(submissions))[1]).toBe(
      `Holyoke Community College,holyoke-community-college,education,AY2025-26,1,"'-Radiography, evening",radiologic-technologists,Seats (capacity),24`,
    )
  })
})
