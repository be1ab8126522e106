import { describe, expect, it } from 'vitest'
import { InstitutionId } from '../domain/ids'
import { AuditEntry, auditCsv, matchesAudit } from './audit'

const entry = (over: Partial<AuditEntry> = {}): AuditEntry =>
  AuditEntry.parse({
    seq: 1,
    batchId: '6f1c1d52-3f4e-4b7a-9a51-3c2b1d0e9f11',
    at: '2026-10-02T15:00:00.000Z',
    who: {
      name: 'Jordan Staff',
      email: 'jordan@example.org',
      institutionId: InstitutionId.parse('masshire-hampden-county-workforce-board'),
    },
    cycleId: 'AY2025-26',
    fileName: 'AHWG_hcc_AY2025-26_r2.xlsx',
    fileSha256: 'a'.repeat(64),
    status: 'newer-revision',
    reasons: ['Revision 2 replaces revision 1.'],
    merged: true,
    institutionId: 'hcc',
    institutionName: 'Holyoke CC',
    kind: 'education',
    periodKey: 'AY2025-26',
    periodLabel: 'AY 2025–26',
    revision: 2,
    replacedRevision: 1,
    ...over,
  })

describe('audit CSV', () => {
  it('writes one row per entry under the header, with the status in words', () => {
    const csv = auditCsv([entry()])
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n')
    expect(lines[0]).toBe(
      'When,Who,Who (email),Cycle,File,File SHA-256,Status,Merged,Institution,Report kind,Period,Revision,Replaced revision,Reasons',
    )
    expect(lines[1]).toBe(
      `2026-10-02T15:00:00.000Z,Jordan Staff,jordan@example.org,AY2025-26,AHWG_hcc_AY2025-26_r2.xlsx,${'a'.repeat(64)},Accepted as a newer revision,yes,Holyoke CC,education,AY 2025–26,2,1,Revision 2 replaces revision 1.`,
    )
    expect(lines[2]).toBe('')
  })

  it('never lets a value become a formula in Excel, and quotes commas, quotes and line breaks', () => {
    const csv = auditCsv([
      entry({ fileName: '=cmd|"/c calc"!A1.xlsx', reasons: ['one, two', 'line\nbreak'] }),
    ])
    expect(csv).toContain(`"'=cmd|""/c calc""!A1.xlsx"`)
    expect(csv).toContain('"one, two | line\nbreak"')
  })
})

describe('audit filters', () => {
  it('filters by cycle, status, institution and text in any field staff see', () => {
    const e = entry()
    expect(matchesAudit(e, {})).toBe(true)
    expect(matchesAudit(e, { cycleId: 'AY2024-25' })).toBe(false)
    expect(matchesAudit(e, { status: 'accepted' })).toBe(false)
    expect(matchesAudit(e, { status: 'newer-revision', institutionId: 'hcc' })).toBe(true)
    expect(matchesAudit(e, { institutionId: 'stcc' })).toBe(false)
    expect(matchesAudit(e, { text: 'JORDAN' })).toBe(true)
    expect(matchesAudit(e, { text: 'replaces revision' })).toBe(true)
    expect(matchesAudit(e, { text: 'newer revision' })).toBe(true)
    expect(matchesAudit(e, { text: 'tampered' })).toBe(false)
  })
})
