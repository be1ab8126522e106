// Which period was open, so that a reload (or the next start) returns to it. Kept per
// institution: a profile switched to another institution never opens the old one's period.
import { z } from 'zod'
import type { InstitutionId } from '../../shared/domain/ids'
import type { AppDatabase } from './database'

const keyOf = (institutionId: InstitutionId) => `open-period:${institutionId}`
const PeriodId = z.string().min(1).max(40)

export async function loadOpenPeriod(
  db: AppDatabase,
  institutionId: InstitutionId,
): Promise<string | null> {
  const parsed = PeriodId.safeParse((await db.settings.get(keyOf(institutionId)))?.value)
  return parsed.success ? parsed.data : null
}

export async function saveOpenPeriod(
  db: AppDatabase,
  institutionId: InstitutionId,
  periodId: string | null,
): Promise<void> {
  if (periodId === null) await db.settings.delete(keyOf(institutionId))
  else await db.settings.put({ key: keyOf(institutionId), value: PeriodId.parse(periodId) })
}
