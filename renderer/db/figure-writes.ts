// The writes the figures screen makes, each through the save indicator: figures, explanations
// and the unfinished entry kept on every keystroke.
import { database } from './database'
import { loadDraft, saveDraft, type Draft } from './draft-repository'
import { writeCells, writeExplanation, type CellEdit } from './reporting-repository'
import { track } from './save-tracker'

/** One user action's figures, in one strict transaction; rejects when it could not be saved. */
export function saveFigures(periodId: string, edits: readonly CellEdit[]): Promise<void> {
  return track(() => writeCells(database(), periodId, edits))
}

export function saveExplanation(
  periodId: string,
  rowId: string,
  measure: string,
  text: string,
): Promise<void> {
  return track(() => writeExplanation(database(), periodId, rowId, measure, text))
}

export function readDraft(periodId: string): Promise<Draft | null> {
  return loadDraft(database(), periodId)
}

/** Keeps (or, with null, forgets) the entry being typed; a failure here loses nothing stored. */
export function keepDraft(periodId: string, draft: Draft | null): void {
  void saveDraft(database(), periodId, draft).catch(() => undefined)
}
