import { describe, expect, test } from 'vitest'
import { exportReadiness } from '../../shared/submission/export-gate'
import { DEMO_PARTNERS } from './demo-data'

describe('demo partners', () => {
  test.each(DEMO_PARTNERS.map((p) => [p.institution.name, p] as const))(
    '%s: the export gate lets the report through, as the app would',
    (_name, partner) => {
      const readiness = exportReadiness(partner.report)
      expect(readiness.blocking).toEqual([])
      expect(readiness.ok).toBe(true)
    },
  )

  test('one warning is there, explained, as a real file would carry it', () => {
    const warnings = DEMO_PARTNERS.flatMap((p) =>
      exportReadiness(p.report).findings.filter((f) => f.level === 'warning'),
    )
    expect(warnings.map((w) => [w.rowId, w.measure, w.explained])).toEqual([
      ['respiratory-care', 'clinicalSlotsSecured', true],
    ])
  })
})
