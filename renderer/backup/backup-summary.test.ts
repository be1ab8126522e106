import { describe, expect, it } from 'vitest'
import { InstitutionId } from '../../shared/domain/ids'
import {
  backupFileName,
  describeCurrentData,
  formatDay,
  replaceQuestion,
  restoredMessage,
  summarize,
  type DataSummary,
} from './backup-summary'

const current: DataSummary = {
  contactName: 'Dana Whitfield',
  institutionName: 'Holyoke Community College',
  periods: 3,
  programs: 4,
  figures: 212,
}
const incoming: DataSummary = {
  contactName: 'Dana Whitfield',
  institutionName: 'Holyoke Community College',
  periods: 2,
  programs: 4,
  figures: 198,
}
// Local afternoon, so the day is the same in every time zone the tests may run in.
const made = new Date(2026, 10, 28, 15, 0)

describe('backup summary', () => {
  it('asks exactly what will be replaced, and with what', () => {
    expect(replaceQuestion(current, incoming, made)).toBe(
      'This replaces everything stored on this computer — your profile (Dana Whitfield, Holyoke Community College), ' +
        '3 periods, 4 programs and 212 figures — with the backup from 28 Nov 2026 (Dana Whitfield, Holyoke Community College, ' +
        '2 periods, 4 programs, 198 figures). This cannot be undone; save a backup of the current data first if you may need it.',
    )
  })

  it('says what was restored', () => {
    expect(restoredMessage(incoming, made)).toBe(
      'Restored: the backup from 28 Nov 2026 (Dana Whitfield, Holyoke Community College, 2 periods, 4 programs, 198 figures).',
    )
  })

  it('counts in words, one or many, and names a missing profile', () => {
    const empty: DataSummary = {
      contactName: null,
      institutionName: null,
      periods: 1,
      programs: 1,
      figures: 1,
    }
    expect(describeCurrentData(empty)).toBe('no profile, 1 period, 1 program and 1 figure')
    expect(describeCurrentData({ ...current, figures: 12_345 })).toContain('12,345 figures')
  })

  it('counts figures, not empty cells, and finds institutions added locally', () => {
    expect(
      summarize({
        profile: [{ contactName: 'Sam Lee', institutionId: 'westfield-vocational-academy' }],
        institutions: [
          {
            id: InstitutionId.parse('westfield-vocational-academy'),
            name: 'Westfield Vocational Academy',
            kind: 'high-school',
            county: 'Hampden',
            custom: true,
          },
        ],
        periods: [{}],
        programs: [],
        cells: [{ value: 0 }, { value: null }, { value: 3.5 }],
      }),
    ).toEqual({
      contactName: 'Sam Lee',
      institutionName: 'Westfield Vocational Academy',
      periods: 1,
      programs: 0,
      figures: 2,
    })
  })

  it('dates files and messages in this computer’s time zone', () => {
    expect(backupFileName(new Date(2026, 0, 5, 23, 59))).toBe(
      'allied-pipeline-backup-2026-01-05.json',
    )
    expect(formatDay(new Date(2026, 8, 1, 0, 1))).toBe('1 Sep 2026')
  })
})
