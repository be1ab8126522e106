import { describe, expect, it } from 'vitest'
import { InstitutionId } from '../domain/ids'
import { academicYear, snapshot } from '../domain/periods'
import { CollectionCycle, defaultCycle, periodInCycle } from './cycle'

describe('collection cycles', () => {
  it('defaults to the academic year and the twelve months of snapshots after it ends', () => {
    const cycle = defaultCycle(2025)
    expect(cycle).toMatchObject({
      id: 'AY2025-26',
      snapshots: { from: '2026-07-01', to: '2027-06-30' },
      dueDate: '2026-10-31',
    })
    expect(periodInCycle(cycle, 'education', academicYear(2025))).toBe(true)
    expect(periodInCycle(cycle, 'high-school', academicYear(2024))).toBe(false)
    expect(periodInCycle(cycle, 'employer', snapshot('2026-10-01'))).toBe(true)
    expect(periodInCycle(cycle, 'employer', academicYear(2025))).toBe(false)
    expect(periodInCycle(cycle, 'education', snapshot('2026-10-01'))).toBe(false)
  })

  it('refuses a cycle that does not hold together, saying what is wrong', () => {
    const base = defaultCycle(2025)
    const twice = {
      institutionId: InstitutionId.parse('baystate-health'),
      kind: 'employer',
    } as const
    const problems = (value: unknown) =>
      CollectionCycle.safeParse(value).error?.issues.map((i) => i.message) ?? []
    expect(problems({ ...base, id: 'AY2024-25' })).toEqual([
      'The cycle id does not match its academic year',
    ])
    expect(problems({ ...base, snapshots: { from: '2027-01-01', to: '2026-01-01' } })).toEqual([
      'The snapshot window ends before it starts',
    ])
    expect(problems({ ...base, expected: [twice, twice] })).toEqual([
      'A partner is expected twice for the same kind of report',
    ])
  })
})
