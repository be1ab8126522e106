import { describe, expect, it } from 'vitest'
import { KNOWN_CIP_CODES, OCCUPATIONS, occupation, suggestedCip } from './occupations'
import { PARTNER_DIRECTORY, mergeDirectory } from './partners'

describe('reference data', () => {
  it('holds the four occupations with their SOC 2018 codes', () => {
    expect(OCCUPATIONS.map((o) => o.soc.code)).toEqual(['29-1126', '29-2034', '29-2055', '29-2010'])
    expect(occupation('clinical-laboratory').socDetail.map((s) => s.code)).toEqual([
      '29-2011',
      '29-2012',
    ])
  })

  it('suggests the CIP 2020 code a program usually carries', () => {
    expect(suggestedCip('respiratory-therapists')).toBe('51.0908')
    expect(suggestedCip('radiologic-technologists')).toBe('51.0911')
    expect(suggestedCip('surgical-technologists')).toBe('51.0909')
    expect(suggestedCip('clinical-laboratory')).toBe('51.1005')
    expect(KNOWN_CIP_CODES.get('51.1004')).toBe('clinical-laboratory')
    expect(KNOWN_CIP_CODES.has('51.0907')).toBe(false)
  })

  it('lists the work group’s fifteen partners with unique ids', () => {
    expect(PARTNER_DIRECTORY).toHaveLength(15)
    expect(new Set(PARTNER_DIRECTORY.map((p) => p.id)).size).toBe(15)
  })

  it('adds local institutions to the directory without shadowing shipped ones', () => {
    const local = { ...PARTNER_DIRECTORY[0]!, name: 'Renamed', custom: true }
    const extra = {
      id: 'x-college',
      name: 'X College',
      kind: 'college',
      county: null,
      custom: true,
    } as const
    const merged = mergeDirectory([local, extra as never])
    expect(merged).toHaveLength(16)
    expect(merged.find((p) => p.id === local.id)?.name).toBe(PARTNER_DIRECTORY[0]!.name)
  })
})
