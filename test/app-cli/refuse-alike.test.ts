// One truth per rule, from both ends: the same figures, entered in the app (IndexedDB, the app's
// own export path with last period's figures on this computer) and given to `allied-pipeline
// sign` (with last period's signed workbook as --previous), are refused with the same findings.
import { writeFile } from 'node:fs/promises'
import { beforeAll, expect, test, vi } from 'vitest'
import { InstitutionId } from '../../shared/domain/ids'
import { academicYear } from '../../shared/domain/periods'
import type { Profile } from '../../shared/domain/profile'
import { Report } from '../../shared/reports/schemas'
import type { Finding } from '../../shared/rules'
import { database } from '../../renderer/db/database'
import { saveProfile } from '../../renderer/db/profile-repository'
import {
  createPeriod,
  saveProgram,
  setPeriodRows,
  writeCells,
} from '../../renderer/db/reporting-repository'
import { exportSubmission } from '../../renderer/institution/export-submission'
import {
  CONTACT,
  GOOD_VALUES,
  SLOW,
  cli,
  educationReport,
  listed,
  temporaryFolder,
  workbooksIn,
} from '../cli/run-cli'

// The one edge that cannot run here: the save dialog. Nothing may get as far as saving.
const saveFile = vi.hoisted(() => vi.fn(() => Promise.resolve(true)))
vi.mock('../../renderer/platform', () => ({ platform: { saveFile } }))

const folder = temporaryFolder()
const at = (name: string) => folder.path(name)
const HCC = InstitutionId.parse('holyoke-community-college')
const profile: Profile = {
  institutionId: HCC,
  role: 'education',
  contactName: 'Pat Registrar',
  contactEmail: 'pat.registrar@example.org',
  updatedAt: '2026-11-01T12:00:00.000Z',
}
const owner = {
  institution: { id: HCC, name: 'Holyoke Community College' },
  contact: { name: profile.contactName, email: profile.contactEmail },
}

/** Last year 10 completers; this year 17 (+70%), passes above takers, applicants left empty. */
const LAST_YEAR: Record<string, number> = { ...GOOD_VALUES, completers: 10 }
const THIS_YEAR: Record<string, number | null> = {
  ...GOOD_VALUES,
  examPasses: 20,
  applicants: null,
}

async function enter(startYear: number, values: Record<string, number | null>) {
  const db = database()
  const rp = await createPeriod(db, 'education', academicYear(startYear))
  await setPeriodRows(db, rp.id, ['radiography'])
  await writeCells(
    db,
    rp.id,
    Object.entries(values).map(([measure, value]) => ({ rowId: 'radiography', measure, value })),
  )
  return rp.id
}

let previousWorkbook = ''

beforeAll(async () => {
  const db = database()
  await saveProfile(db, profile)
  const report = Report.parse(educationReport(LAST_YEAR))
  const program = report.kind === 'education' ? report.programs[0] : undefined
  if (!program) throw new Error('the test report has no program')
  await saveProgram(db, program)
  await enter(2024, LAST_YEAR)
  await enter(2025, THIS_YEAR)

  expect((await cli(['keygen', '--institution', HCC, '--out', at('key.json')])).code).toBe(0)
  await writeFile(at('last.json'), JSON.stringify(educationReport(LAST_YEAR)))
  const lastYear = await cli([
    'sign',
    '--key',
    at('key.json'),
    '--in',
    at('last.json'),
    '--period',
    'AY2024-25',
    ...CONTACT,
    '--out',
    at('last/'),
  ])
  expect(lastYear.code).toBe(0)
  ;[previousWorkbook = ''] = await workbooksIn(at('last'))
}, SLOW)

test(
  'the app’s export and allied-pipeline sign refuse the same report with the same findings',
  async () => {
    const refused: unknown = await exportSubmission('AY2025-26', profile, owner).catch(
      (error: unknown) => error,
    )
    expect(refused).toBeInstanceOf(Error)
    const inApp = ((refused as { findings?: readonly Finding[] }).findings ?? []).map((f) => ({
      level: f.level,
      rowId: f.rowId,
      measure: f.measure,
      text: f.message.replace(/^Radiography: /, ''),
    }))
    expect(saveFile).not.toHaveBeenCalled()

    const thisYear = Object.fromEntries(
      Object.entries(THIS_YEAR).filter((entry): entry is [string, number] => entry[1] !== null),
    )
    await writeFile(at('this.json'), JSON.stringify(educationReport(thisYear)))
    const run = await cli([
      'sign',
      '--key',
      at('key.json'),
      '--in',
      at('this.json'),
      '--period',
      'AY2025-26',
      ...CONTACT,
      '--out',
      at('this/'),
      '--previous',
      previousWorkbook,
    ])
    expect(run.code).toBe(1)
    expect(listed(run.stderr)).toEqual(inApp)
    // The three kinds of reason are all there, the change from last period among them.
    expect(inApp.map((f) => f.measure).sort()).toEqual(['applicants', 'completers', 'examPasses'])
  },
  SLOW,
)
