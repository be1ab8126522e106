// The entry being typed into a cell, kept on every keystroke, so that a crash or a closed
// window in the middle of typing loses nothing: the next visit offers to put it in the cell.
import { z } from 'zod'
import type { AppDatabase } from './database'

export const Draft = z.object({
  rowId: z.string().min(1).max(64),
  measure: z.string().min(1).max(64),
  text: z.string().max(200),
  at: z.iso.datetime(),
})
export type Draft = z.infer<typeof Draft>

/** The setting a period's unfinished entry is kept under. */
export const draftKey = (periodId: string) => `draft:${periodId}`

export async function saveDraft(
  db: AppDatabase,
  periodId: string,
  draft: Draft | null,
): Promise<void> {
  if (draft === null) await db.settings.delete(draftKey(periodId))
  else await db.settings.put({ key: draftKey(periodId), value: Draft.parse(draft) })
}

export async function loadDraft(db: AppDatabase, periodId: string): Promise<Draft | null> {
  const record = await db.settings.get(draftKey(periodId))
  const parsed = Draft.safeParse(record?.value)
  return parsed.success ? parsed.data : null
}
