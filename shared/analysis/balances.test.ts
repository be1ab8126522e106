import { describe, expect, it } from 'vitest'
import { apprenticeshipBalance, clinicalBalance } from './balances'
import { open } from './suppression'

describe('balances across partner kinds', () => {
  it('sets the slots employers host against the slots programs need', () => {
    const b = clinicalBalance(24, 18, open(30))
    expect(b.balance.value).toBe(6)
    expect(b.words.value).toBe(
      'Employers host 30 clinical student slots; programs need 24 and have secured 18',
    )
  })

  it('shows apprenticeship slots going unfilled, or short', () => {
    expect(apprenticeshipBalance(4, open(10)).balance.value).toBe(6)
    expect(apprenticeshipBalance(12, open(10)).balance.value).toBe(-2)
    expect(apprenticeshipBalance(12, open(10)).words.value).toBe(
      'Employers offer 10 apprenticeship slots; programs have 12 apprentices',
    )
  })

  it('is as confidential as the employers’ figure it draws on', () => {
    const b = clinicalBalance(24, 18, {
      value: 30,
      employers: 2,
      protection: 'fewer-than-3-employers',
    })
    expect([b.balance.protection, b.words.protection]).toEqual([
      'fewer-than-3-employers',
      'fewer-than-3-employers',
    ])
  })

  it('is unknown where a side is missing', () => {
    expect(clinicalBalance(null, null, open(30)).balance.value).toBeNull()
    expect(apprenticeshipBalance(3, open<number>(null)).words.value).toBeNull()
  })
})
