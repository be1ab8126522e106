// One education period of N programs with every figure filled, written through the app's own
// repositories: what the data-path bench measures against and what the grid bench restores.
import { InstitutionId } from '../shared/domain/ids'
import { academicYear } from '../shared/domain/periods'
import { EDUCATION_MEASURES } from '../shared/reports/measures'
import type { AppDatabase } from '../renderer/db/database'
import { saveProfile } from '../renderer/db/profile-repository'
import {
  createPeriod,
  saveProgram,
  setPeriodRows,
  writeCells,
} from '../renderer/db/reporting-repository'
import { ROW_VALUES, programs } from './fixtures'

export async function seedEducationPeriod(db: AppDatabase, n: number): Promise<string> {
  await saveProfile(db, {
    institutionId: InstitutionId.parse('springfield-technical-community-college'),
    role: 'education',
    contactName: 'Bench Registrar',
    contactEmail: 'bench@example.edu',
    updatedAt: new Date().toISOString(),
  })
  const list = programs(n)
  for (const p of list) await saveProgram(db, p)
  const created = await createPeriod(db, 'education', academicYear(2025))
  await setPeriodRows(
    db,
    created.id,
    list.map((p) => p.id),
  )
  await writeCells(
    db,
    created.id,
    list.flatMap((p) =>
      EDUCATION_MEASURES.map((m, i) => ({
        rowId: p.id,
        measure: m.key,
        value: ROW_VALUES[i] ?? null,
      })),
    ),
  )
  return created.id
}
