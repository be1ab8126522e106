// Test data for the backup tests: databases filled through the repositories, the way the app
// fills them, and a reader that dumps every table for before/after comparisons.
import { Dexie } from 'dexie'
import { InstitutionId, KeyId, ProgramId, SubmissionId } from '../../shared/domain/ids'
import { academicYear } from '../../shared/domain/periods'
import type { Profile } from '../../shared/domain/profile'
import { analysisRowsAtV6, boardRowsAtV5 } from '../db/board-rows'
import { openDatabase, type AppDatabase } from '../db/database'
import { saveProfile } from '../db/profile-repository'
import {
  createPeriod,
  recordExport,
  saveProgram,
  setPeriodRows,
  writeCells,
  writeExplanation,
} from '../db/reporting-repository'

/** A row in every board table, as the board's computer holds them. */
export async function fillBoardTables(db: AppDatabase): Promise<void> {
  const rows = { ...boardRowsAtV5(), ...analysisRowsAtV6() }
  await db.transaction('rw', db.tables, async () => {
    for (const [table, list] of Object.entries(rows)) await db.table(table).bulkAdd(list)
  })
}

const opened: { name: string; db: AppDatabase }[] = []

/** A database under a name no other test uses. */
export function freshDatabase(): AppDatabase {
  const name = `backup-test-${opened.length}-${Math.random().toString(36).slice(2)}`
  const db = openDatabase(name)
  opened.push({ name, db })
  return db
}

export async function deleteTestDatabases(): Promise<void> {
  await Promise.all(
    opened.splice(0).map(({ name, db }) => {
      db.close()
      return Dexie.delete(name)
    }),
  )
}

/** Every table's rows, in key order, for deep comparison. */
export async function dumpTables(db: AppDatabase): Promise<Record<string, unknown[]>> {
  return db.transaction('r', db.tables, async () => {
    const dump: Record<string, unknown[]> = {}
    for (const table of db.tables) dump[table.name] = (await table.toArray()) as unknown[]
    return dump
  })
}

export const DANA: Profile = {
  institutionId: InstitutionId.parse('holyoke-community-college'),
  role: 'education',
  contactName: 'Dana Whitfield',
  contactEmail: 'dwhitfield@example.edu',
  updatedAt: '2026-11-01T12:00:00.000Z',
}

const EDUCATION_VALUES = [
  'seats',
  'applicants',
  'qualifiedApplicants',
  'admitted',
  'waitlisted',
  'enrolled',
  'completers',
  'expectedCompletersNextYear',
]

/**
 * A registrar's data: her profile, a local institution, a setting, two programs and two periods with 16 figures
 * in the newer one (8 per program), one empty cell carrying an explanation.
 */
export async function fillAsRegistrar(db: AppDatabase): Promise<void> {
  const now = new Date('2026-11-20T15:30:00.000Z')
  await saveProfile(db, DANA)
  await db.settings.put({
    key: 'grid.columnWidths',
    value: { seats: 80, notes: [1, 'two', null, true] },
  })
  // A partner missing from the shipped directory, added on this computer.
  await db.institutions.put({
    id: InstitutionId.parse('westfield-vocational-academy'),
    name: 'Westfield Vocational Academy',
    kind: 'high-school',
    county: 'Hampden',
    custom: true,
  })
  const rt = await saveProgram(db, {
    id: ProgramId.parse('hcc-rad-tech'),
    occupation: 'radiologic-technologists',
    name: 'Radiologic Technology',
    cip: '51.0911',
    credential: 'associate',
    campus: 'Main campus',
    accreditor: 'JRCERT',
  })
  const mlt = await saveProgram(db, {
    id: ProgramId.parse('hcc-mlt'),
    occupation: 'clinical-laboratory',
    name: 'Medical Laboratory Technician',
    cip: '51.1004',
    credential: 'associate',
    campus: '',
    accreditor: 'NAACLS',
  })
  await createPeriod(db, 'education', academicYear(2024), { now })
  const current = await createPeriod(db, 'education', academicYear(2025), { now })
  await setPeriodRows(db, current.id, [rt.id, mlt.id])
  for (const [p, program] of [rt, mlt].entries()) {
    await writeCells(
      db,
      current.id,
      EDUCATION_VALUES.map((measure, i) => ({
        rowId: program.id,
        measure,
        value: 10 * (p + 1) + i,
      })),
      now,
    )
  }
  await writeExplanation(
    db,
    current.id,
    rt.id,
    'facultyFte',
    'Faculty search under way; figure follows in spring.',
    now,
  )
  await recordExport(db, {
    id: `${current.id}#1`,
    periodId: current.id,
    revision: 1,
    submissionId: SubmissionId.parse('0b7a8f0e-4c1d-4f7e-9a51-3c2b1d0e9f11'),
    supersedes: null,
    fileName: 'AHWG_holyoke-community-college_AY2025-26_r1.xlsx',
    exportedAt: '2026-11-21T09:00:00.000Z',
    keyId: KeyId.parse('a'.repeat(64)),
  })
}

/** Someone else's data on another computer: a hospital HR analyst at a custom institution. */
export async function fillAsAnalyst(db: AppDatabase): Promise<void> {
  const id = InstitutionId.parse('westfield-medical-group')
  await saveProfile(
    db,
    {
      institutionId: id,
      role: 'employer',
      contactName: 'Ray Ortiz',
      contactEmail: 'ray.ortiz@example.org',
      updatedAt: '2026-10-02T09:00:00.000Z',
    },
    { id, name: 'Westfield Medical Group', kind: 'employer', county: 'Hampden', custom: true },
  )
  await createPeriod(db, 'employer', {
    kind: 'snapshot',
    start: '2026-10-01',
    end: '2026-10-01',
    label: 'Snapshot 2026-10-01',
  })
  await setPeriodRows(db, 'S2026-10-01', ['respiratory-therapists'])
  await writeCells(db, 'S2026-10-01', [
    { rowId: 'respiratory-therapists', measure: 'budgetedFte', value: 12.5 },
  ])
}
