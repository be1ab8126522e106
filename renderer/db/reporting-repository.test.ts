import { Dexie } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { academicYear } from '../../shared/domain/periods'
import { openDatabase } from './database'
import { saveProfile } from './profile-repository'
import { InstitutionId, KeyId, SubmissionId } from '../../shared/domain/ids'
import { planImport } from '../../shared/reports/import-plan'
import { educationRow, program } from '../../shared/rules/test-reports'
import { saveDraft, loadDraft } from './draft-repository'
import {
  addPeriodRow,
  applyImport,
  createPeriod,
  deletePeriod,
  getPeriod,
  hasExportHistory,
  listExports,
  listOtherInstitutionsPeriods,
  listPeriods,
  loadCells,
  loadImportContext,
  nextRevision,
  recordExport,
  removePeriodRow,
  saveProgram,
  writeCells,
  writeExplanation,
} from './reporting-repository'

const names: string[] = []
const HCC = InstitutionId.parse('holyoke-community-college')
/** A database whose profile names Holyoke Community College, as after first-run setup. */
const fresh = async () => {
  const name = `reporting-${Math.random().toString(36).slice(2)}`
  names.push(name)
  const db = openDatabase(name)
  await saveProfile(db, {
    institutionId: HCC,
    role: 'education',
    contactName: 'Dana Whitfield',
    contactEmail: 'dwhitfield@example.edu',
    updatedAt: '2026-11-01T12:00:00.000Z',
  })
  return db
}
afterEach(async () => {
  await Promise.all(names.splice(0).map((n) => Dexie.delete(n)))
})

describe('reporting repository', () => {
  it('keeps every program when several are added at once', async () => {
    const db = await fresh()
    const rp = await createPeriod(db, 'education', academicYear(2025))
    await Promise.all(['a', 'b', 'c', 'a'].map((id) => addPeriodRow(db, rp.id, id)))
    expect((await getPeriod(db, rp.id))?.rowIds.sort()).toEqual(['a', 'b', 'c'])
    await Promise.all(['a', 'c'].map((id) => removePeriodRow(db, rp.id, id)))
    expect((await getPeriod(db, rp.id))?.rowIds).toEqual(['b'])
  })

  it('refuses to start a period twice, with a message that says where to find it', async () => {
    const db = await fresh()
    await createPeriod(db, 'employer', academicYear(2025))
    await expect(createPeriod(db, 'employer', academicYear(2025))).rejects.toThrow(
      'AY 2025–26 already exists: open it from the list.',
    )
  })

  it('keeps an explanation when the figure it explains is changed', async () => {
    const db = await fresh()
    const rp = await createPeriod(db, 'education', academicYear(2025))
    await writeCells(db, rp.id, [{ rowId: 'a', measure: 'enrolled', value: 42 }])
    await writeExplanation(db, rp.id, 'a', 'enrolled', 'Two cohorts')
    await writeCells(db, rp.id, [{ rowId: 'a', measure: 'enrolled', value: 44 }])
    expect(await loadCells(db, rp.id)).toMatchObject([
      { rowId: 'a', measure: 'enrolled', value: 44, explanation: 'Two cohorts' },
    ])
  })

  it('stamps every figure with the institution of its period', async () => {
    const db = await fresh()
    const rp = await createPeriod(db, 'education', academicYear(2025))
    expect(rp.institutionId).toBe(HCC)
    await writeCells(db, rp.id, [{ rowId: 'a', measure: 'seats', value: 30 }])
    await writeExplanation(db, rp.id, 'a', 'enrolled', 'Two cohorts')
    expect((await loadCells(db, rp.id)).map((c) => c.institutionId)).toEqual([HCC, HCC])
  })

  it('refuses a snapshot date in the future, saying which dates it takes', async () => {
    const db = await fresh()
    const now = new Date(2026, 10, 28, 12)
    const tomorrow = {
      kind: 'snapshot',
      start: '2026-11-29',
      end: '2026-11-29',
      label: 'Snapshot 2026-11-29',
    } as const
    await expect(createPeriod(db, 'employer', tomorrow, { now })).rejects.toThrow(
      'A snapshot describes your staffing on a day that has come; 2026-11-29 is in the future. Choose today (2026-11-28) or an earlier date.',
    )
    const today = {
      ...tomorrow,
      start: '2026-11-28',
      end: '2026-11-28',
      label: 'Snapshot 2026-11-28',
    }
    await expect(createPeriod(db, 'employer', today, { now })).resolves.toMatchObject({
      id: 'S2026-11-28',
    })
  })

  describe('after the profile is switched to another institution', () => {
    const switchTo = (db: Awaited<ReturnType<typeof fresh>>, id: string) =>
      saveProfile(db, {
        institutionId: InstitutionId.parse(id),
        role: 'education',
        contactName: 'Dana Whitfield',
        contactEmail: 'dwhitfield@example.edu',
        updatedAt: '2026-11-02T12:00:00.000Z',
      })

    it('lists only the new institution’s periods and counts the others', async () => {
      const db = await fresh()
      await createPeriod(db, 'education', academicYear(2024))
      await switchTo(db, 'springfield-technical-community-college')
      const stcc = InstitutionId.parse('springfield-technical-community-college')
      await createPeriod(db, 'education', academicYear(2025))
      expect((await listPeriods(db, stcc, 'education')).map((p) => p.id)).toEqual(['AY2025-26'])
      expect((await listPeriods(db, HCC, 'education')).map((p) => p.id)).toEqual(['AY2024-25'])
      expect(await listOtherInstitutionsPeriods(db, stcc)).toEqual([
        { institutionId: HCC, periods: 1 },
      ])
    })

    it('refuses to start a period the old institution holds, saying how to get back to it', async () => {
      const db = await fresh()
      await createPeriod(db, 'education', academicYear(2025))
      await switchTo(db, 'springfield-technical-community-college')
      await expect(createPeriod(db, 'education', academicYear(2025))).rejects.toThrow(
        'AY 2025–26 is already held on this computer for another institution (holyoke-community-college). Switch back to it in Settings → Who you are to open it.',
      )
    })
  })

  it('applies an import: new programs, rows and figures, keeping what blank cells leave alone', async () => {
    const db = await fresh()
    const rad = await saveProgram(db, program({ id: 'hcc-rad', name: 'Radiologic Technology' }))
    const rp = await createPeriod(db, 'education', academicYear(2025))
    await addPeriodRow(db, rp.id, rad.id)
    await writeCells(db, rp.id, [
      { rowId: 'hcc-rad', measure: 'seats', value: 28 },
      { rowId: 'hcc-rad', measure: 'applicants', value: 90 },
    ])
    const report = {
      kind: 'education' as const,
      programs: [
        program({ id: 'from-file', name: 'radiologic technology' }),
        program({
          id: 'mlt',
          name: 'Medical Laboratory Technician',
          occupation: 'clinical-laboratory',
        }),
      ],
      rows: [
        educationRow('from-file', { seats: 30 }, { seats: 'Two new seats' }),
        educationRow('mlt', { seats: 16 }),
      ],
    }
    const here = await loadImportContext(db, rp.id)
    const plan = planImport(report, here.programs, here.cells)
    expect(plan).toMatchObject({ figures: 2, replaced: 1 })
    await applyImport(db, rp.id, report, plan)

    expect((await getPeriod(db, rp.id))?.rowIds).toEqual(['hcc-rad', 'mlt'])
    const cells = await loadCells(db, rp.id)
    const at = (rowId: string, measure: string) =>
      cells.find((c) => c.rowId === rowId && c.measure === measure)
    expect(at('hcc-rad', 'seats')).toMatchObject({
      value: 30,
      explanation: 'Two new seats',
      institutionId: HCC,
    })
    expect(at('hcc-rad', 'applicants')?.value).toBe(90)
    expect(at('mlt', 'seats')).toMatchObject({ value: 16, institutionId: HCC })
  })

  it('refuses to import figures of another kind and changes nothing', async () => {
    const db = await fresh()
    const rp = await createPeriod(db, 'education', academicYear(2025))
    const report = { kind: 'employer' as const, rows: [] }
    await expect(applyImport(db, rp.id, report, planImport(report, [], []))).rejects.toThrow(
      'The workbook holds employer figures; this period holds education figures.',
    )
    expect(await loadCells(db, rp.id)).toEqual([])
  })

  it('deletes a period with its figures, unfinished entry and exports, but never lowers its revision', async () => {
    const db = await fresh()
    const rp = await createPeriod(db, 'education', academicYear(2025))
    await writeCells(db, rp.id, [{ rowId: 'a', measure: 'seats', value: 30 }])
    await saveDraft(db, rp.id, {
      rowId: 'a',
      measure: 'enrolled',
      text: '2',
      at: '2026-11-28T10:00:00.000Z',
    })
    await recordExport(db, {
      id: `${rp.id}#1`,
      periodId: rp.id,
      revision: 1,
      submissionId: SubmissionId.parse('0b7a8f0e-4c1d-4f7e-9a51-3c2b1d0e9f11'),
      supersedes: null,
      fileName: 'AHWG_holyoke-community-college_AY2025-26_r1.xlsx',
      exportedAt: '2026-11-28T10:00:00.000Z',
      keyId: KeyId.parse('a'.repeat(64)),
    })
    const other = await createPeriod(db, 'education', academicYear(2024))
    await writeCells(db, other.id, [{ rowId: 'a', measure: 'seats', value: 29 }])

    await deletePeriod(db, rp.id)
    expect(await getPeriod(db, rp.id)).toBeUndefined()
    expect(await loadCells(db, rp.id)).toEqual([])
    expect(await loadDraft(db, rp.id)).toBeNull()
    expect(await listExports(db, rp.id)).toEqual([])
    expect(await loadCells(db, other.id)).toHaveLength(1)
    // Started again, it exports above what the board already holds.
    await createPeriod(db, 'education', academicYear(2025))
    expect(await nextRevision(db, HCC, rp.id)).toEqual({
      revision: 2,
      supersedes: '0b7a8f0e-4c1d-4f7e-9a51-3c2b1d0e9f11',
    })
    expect(await hasExportHistory(db, HCC)).toBe(true)
  })
})
