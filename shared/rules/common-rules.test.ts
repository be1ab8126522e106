import { describe, expect, it } from 'vitest'
import { isLargeChange } from './common-rules'
import { validateReport } from './validate'
import { educationReport, educationRow, employerReport, program } from './test-reports'

const rulesOf = (report: Parameters<typeof validateReport>[0]) =>
  validateReport(report).map((f) => f.rule)

describe('value-negative', () => {
  it('fires below zero and not at zero', () => {
    expect(validateReport(educationReport({ seats: -3 }))).toEqual([
      {
        level: 'error',
        rule: 'value-negative',
        rowId: 'radiography',
        measure: 'seats',
        related: [],
        message: 'Radiography: Seats (capacity) cannot be negative (-3 entered).',
        explained: false,
      },
    ])
    expect(rulesOf(educationReport({ seats: 0 }))).toEqual([])
  })

  it('applies to FTE and wages too', () => {
    const findings = validateReport(employerReport({ budgetedFte: -0.5, startingWageMin: -1 }))
    expect(findings.map((f) => f.message)).toEqual([
      'Respiratory therapists: Budgeted FTE cannot be negative (-0.5 entered).',
      'Respiratory therapists: Starting wage, low cannot be negative (-$1.00 entered).',
    ])
  })
})

describe('value-not-whole', () => {
  it('fires for a count with decimals and not for a whole count', () => {
    const [f] = validateReport(educationReport({ applicants: 12.5 }))
    expect(f?.rule).toBe('value-not-whole')
    expect(f?.message).toBe('Radiography: Applicants must be a whole number (12.5 entered).')
    expect(rulesOf(educationReport({ applicants: 12 }))).toEqual([])
  })

  it('shows every decimal entered, not a rounded figure', () => {
    const [f] = validateReport(educationReport({ applicants: 12.001 }))
    expect(f?.message).toBe('Radiography: Applicants must be a whole number (12.001 entered).')
  })

  it('treats days as whole and FTE and wages as decimal', () => {
    expect(rulesOf(employerReport({ medianDaysToFill: 45.5 }))).toEqual(['value-not-whole'])
    expect(rulesOf(employerReport({ medianDaysToFill: 45 }))).toEqual([])
    expect(rulesOf(employerReport({ budgetedFte: 12.25, startingWageMin: 28.5 }))).toEqual([])
  })
})

describe('value-above-max', () => {
  it('fires just above the unit limit and not at it', () => {
    const [f] = validateReport(educationReport({ applicants: 100_001 }))
    expect(f?.rule).toBe('value-above-max')
    expect(f?.message).toBe(
      'Radiography: Applicants (100,001) is larger than 100,000, the most this cell accepts; check for a typing error.',
    )
    expect(rulesOf(educationReport({ applicants: 100_000 }))).toEqual([])
  })

  it('uses each unit’s own limit', () => {
    expect(rulesOf(employerReport({ startingWageMax: 1_000 }))).toEqual([])
    const [wage] = validateReport(employerReport({ startingWageMax: 1_000.5 }))
    expect(wage?.message).toBe(
      'Respiratory therapists: Starting wage, high ($1,000.50) is larger than $1,000.00, the most this cell accepts; check for a typing error.',
    )
    expect(rulesOf(employerReport({ medianDaysToFill: 3_651 }))).toEqual(['value-above-max'])
    expect(rulesOf(employerReport({ budgetedFte: 10_000.01 }))).toEqual(['value-above-max'])
  })
})

describe('value-not-a-number', () => {
  it('fires for NaN and Infinity, which only data that skipped the schema can hold', () => {
    expect(rulesOf(educationReport({ seats: Number.NaN }))).toEqual(['value-not-a-number'])
    expect(rulesOf(educationReport({ seats: Number.POSITIVE_INFINITY }))).toEqual([
      'value-not-a-number',
    ])
  })
})

describe('a wrong value is reported once', () => {
  it('is left out of comparisons and change checks', () => {
    const report = educationReport({ seats: 30, enrolled: 420_000 })
    const previous = educationReport({ seats: 30, enrolled: 40 })
    expect(validateReport(report, { previous }).map((f) => f.rule)).toEqual(['value-above-max'])
  })
})

describe('large-change', () => {
  const change = (before: number | null, after: number | null) =>
    validateReport(educationReport({ completers: after }), {
      previous: educationReport({ completers: before }),
    })

  it('fires above +50% with the message the registrar reads', () => {
    expect(change(20, 35)).toEqual([
      {
        level: 'warning',
        rule: 'large-change',
        rowId: 'radiography',
        measure: 'completers',
        related: [],
        message: 'Radiography: Completers changed from 20 last period to 35 (+75%).',
        explained: false,
      },
    ])
  })

  it('does not fire at exactly 50%, up or down', () => {
    expect(change(20, 30)).toEqual([])
    expect(change(20, 10)).toEqual([])
  })

  it('fires for a fall of more than half', () => {
    expect(change(20, 9).map((f) => f.message)).toEqual([
      'Radiography: Completers changed from 20 last period to 9 (-55%).',
    ])
  })

  it('shows a share with one decimal when it is not whole', () => {
    expect(change(30, 50).map((f) => f.message)).toEqual([
      'Radiography: Completers changed from 30 last period to 50 (+66.7%).',
    ])
  })

  it('needs a minimum change so that small rows stay quiet', () => {
    expect(change(4, 7)).toEqual([]) // +75% but only 3 people
    expect(change(4, 9).map((f) => f.rule)).toEqual(['large-change'])
  })

  it('from zero fires only when the new value is sizeable, and shows no percentage', () => {
    expect(change(0, 4)).toEqual([])
    expect(change(0, 5).map((f) => f.message)).toEqual([
      'Radiography: Completers changed from 0 last period to 5.',
    ])
    expect(change(0, 0)).toEqual([])
  })

  it('needs both values', () => {
    expect(change(null, 35)).toEqual([])
    expect(change(20, null)).toEqual([])
  })

  it('compares the same row only, and only a report of the same kind', () => {
    const current = educationReport({ completers: 35 })
    const otherProgram: typeof current = {
      kind: 'education',
      programs: [program({ id: 'radiography-evening' })],
      rows: [educationRow('radiography-evening', { completers: 20 })],
    }
    expect(validateReport(current, { previous: otherProgram })).toEqual([])
    expect(validateReport(current, { previous: employerReport({ openVacancies: 1 }) })).toEqual([])
  })

  it('formats each unit in the message', () => {
    const findings = validateReport(employerReport({ budgetedFte: 4.5, startingWageMin: 31 }), {
      previous: employerReport({ budgetedFte: 2.25, startingWageMin: 20 }),
    })
    expect(findings.map((f) => f.message)).toEqual([
      'Respiratory therapists: Budgeted FTE changed from 2.25 last period to 4.5 (+100%).',
      'Respiratory therapists: Starting wage, low changed from $20.00 last period to $31.00 (+55%).',
    ])
  })

  it('is marked explained when the cell has an explanation', () => {
    const findings = validateReport(
      educationReport(
        { completers: 35 },
        { completers: 'A second evening cohort finished this year.' },
      ),
      { previous: educationReport({ completers: 20 }) },
    )
    expect(findings.map((f) => f.explained)).toEqual([true])
  })
})

describe('isLargeChange', () => {
  it('uses the share and the unit’s minimum, robust to binary fractions', () => {
    expect(isLargeChange('fte', 2.2, 3.3)).toBe(false) // exactly +50%
    expect(isLargeChange('fte', 2, 3.01)).toBe(true)
    expect(isLargeChange('fte', 0.5, 1.25)).toBe(false) // +150% but under 1 FTE
    expect(isLargeChange('fte', 1.2, 2.2)).toBe(true) // exactly the 1 FTE minimum
    expect(isLargeChange('days', 20, 34)).toBe(false) // +70% but under 15 days
    expect(isLargeChange('days', 20, 35)).toBe(true)
    expect(isLargeChange('dollars-per-hour', 3, 4.9)).toBe(false)
    expect(isLargeChange('dollars-per-hour', 3, 5)).toBe(true)
    expect(isLargeChange('count', 10, 16)).toBe(true)
    expect(isLargeChange('count', 10, 15)).toBe(false)
  })
})
