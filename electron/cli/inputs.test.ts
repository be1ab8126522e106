import { describe, expect, test } from 'vitest'
import { UsageError } from './command'
import { checkPeriodFits, contact, institutionName, periodOption } from './inputs'
import { InstitutionId } from '../../shared/domain/ids'

describe('periodOption', () => {
  test.each([
    ['AY2025-26', { kind: 'academic-year', start: '2025-07-01', end: '2026-06-30' }],
    ['AY1999-00', { kind: 'academic-year', start: '1999-07-01', end: '2000-06-30' }],
    ['FY2026', { kind: 'fiscal-year', start: '2025-07-01', end: '2026-06-30' }],
    ['S2026-10-01', { kind: 'snapshot', start: '2026-10-01', end: '2026-10-01' }],
  ])('%s', (text, period) => {
    expect(periodOption(text)).toMatchObject(period)
  })

  test.each(['AY2025-27', 'AY2025', '2025-26', 'S2026-13-01', 'S2026-02-30', 'ay2025-26', ''])(
    'refuses %j',
    (text) => {
      expect(() => periodOption(text)).toThrow(UsageError)
    },
  )

  test('employers report a snapshot, the others a year', () => {
    expect(() => checkPeriodFits('employer', periodOption('AY2025-26'))).toThrow(/snapshot/)
    expect(() => checkPeriodFits('education', periodOption('S2026-10-01'))).toThrow(/covers a year/)
    expect(() => checkPeriodFits('high-school', periodOption('FY2026'))).not.toThrow()
  })
})

describe('institutions and contacts', () => {
  test('a listed institution is named from the directory; others need a name', () => {
    expect(institutionName(InstitutionId.parse('baystate-health'), undefined)).toBe(
      'Baystate Health',
    )
    const other = InstitutionId.parse('example-clinic')
    expect(() => institutionName(other, undefined)).toThrow(/--institution-name/)
    expect(institutionName(other, ' Example Clinic (fictional) ')).toBe(
      'Example Clinic (fictional)',
    )
  })

  test('a contact needs a name and an e-mail address', () => {
    expect(contact(' Pat Registrar ', 'pat@example.org')).toEqual({
      name: 'Pat Registrar',
      email: 'pat@example.org',
    })
    expect(() => contact('Pat', 'pat at example')).toThrow(/not an e-mail address/)
    expect(() => contact(undefined, 'pat@example.org')).toThrow(/required/)
  })
})
