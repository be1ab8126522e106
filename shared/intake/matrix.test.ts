import { describe, expect, it } from 'vitest'
import { InstitutionId } from '../domain/ids'
import { defaultCycle } from './cycle'
import { reportingMatrix, type MergedRevision } from './matrix'

const id = (s: string) => InstitutionId.parse(s)
const cycle = defaultCycle(2025, [
  { institutionId: id('holyoke-community-college'), kind: 'education' },
  { institutionId: id('springfield-technical-community-college'), kind: 'education' },
  { institutionId: id('baystate-health'), kind: 'employer' },
  { institutionId: id('putnam-academy'), kind: 'high-school' },
])
// Due 2026-10-31.

const revision = (
  institutionId: string,
  kind: MergedRevision['kind'],
  revision: number,
  receivedOn: string,
  periodKey = kind === 'employer' ? 'S2026-10-01' : 'AY2025-26',
): MergedRevision => ({
  institutionId,
  kind,
  periodKey,
  periodLabel: periodKey,
  revision,
  receivedOn,
})

describe('reportingMatrix', () => {
  it('counts on time by the first revision: a late replacement keeps the report on time', () => {
    const matrix = reportingMatrix(
      cycle,
      [
        revision('holyoke-community-college', 'education', 1, '2026-10-20'),
        revision('holyoke-community-college', 'education', 2, '2026-11-15'),
        revision('baystate-health', 'employer', 1, '2026-11-01'),
      ],
      '2026-12-01',
    )
    const states = matrix.cells.map((c) => [c.institutionId, c.state])
    expect(states).toEqual([
      ['holyoke-community-college', 'received'],
      ['springfield-technical-community-college', 'missing'],
      ['baystate-health', 'late'],
      ['putnam-academy', 'missing'],
    ])
    expect(matrix.cells[0]!.periods).toEqual([
      {
        periodKey: 'AY2025-26',
        periodLabel: 'AY2025-26',
        revision: 2,
        receivedOn: '2026-11-15',
        superseded: [1],
      },
    ])
    expect(matrix.totals).toEqual({
      expected: 4,
      actual: 2,
      onTime: 1,
      reportingRate: 0.5,
      onTimeRate: 0.25,
    })
    expect(matrix.byKind.education).toEqual({
      expected: 2,
      actual: 1,
      onTime: 1,
      reportingRate: 0.5,
      onTimeRate: 0.5,
    })
  })

  it('the due day itself is on time; before it an absent report is awaited, not missing', () => {
    const matrix = reportingMatrix(
      cycle,
      [revision('holyoke-community-college', 'education', 1, '2026-10-31')],
      '2026-10-31',
    )
    expect(matrix.cells.map((c) => c.state)).toEqual(['received', 'awaited', 'awaited', 'awaited'])
  })

  it('shows a partner that reported unasked, without counting it in the rates', () => {
    const matrix = reportingMatrix(
      cycle,
      [revision('cooley-dickinson-hospital', 'employer', 1, '2026-10-01')],
      '2026-12-01',
    )
    const extra = matrix.cells.find((c) => c.institutionId === 'cooley-dickinson-hospital')
    expect(extra).toMatchObject({ expected: false, state: 'received' })
    expect(matrix.totals.actual).toBe(0)
  })

  it('lists each employer snapshot of the window, and has no rate when nothing is expected', () => {
    const matrix = reportingMatrix(
      defaultCycle(2025),
      [
        revision('baystate-health', 'employer', 1, '2026-10-02', 'S2026-10-01'),
        revision('baystate-health', 'employer', 1, '2027-03-02', 'S2027-03-01'),
      ],
      '2027-04-01',
    )
    expect(matrix.cells[0]!.periods.map((p) => p.periodKey)).toEqual(['S2026-10-01', 'S2027-03-01'])
    expect(matrix.cells[0]!.firstReceivedOn).toBe('2026-10-02')
    expect(matrix.totals.reportingRate).toBeNull()
  })
})
