import { describe, expect, it } from 'vitest'
import { reportCycleOf, reportHash } from './report-route'

describe('the report address', () => {
  it('reads back the cycle it was made for', () => {
    expect(reportCycleOf(reportHash('AY2025-26'))).toBe('AY2025-26')
  })

  it('is no report for any other address', () => {
    for (const hash of [
      '',
      '#',
      '#/report/',
      '#/report/AY2025-26/x',
      '#/report/../AY2025-26',
      '#/report/ay2025-26',
    ]) {
      expect(reportCycleOf(hash)).toBeNull()
    }
  })
})
