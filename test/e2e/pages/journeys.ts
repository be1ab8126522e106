// Common openings of a test, in the user's words: a registrar who has set up the app, started
// AY 2025–26 and added programs, and is looking at the figures.
import type { Page } from '@playwright/test'
import { ReportsPage } from './reports-page'
import { SetupPage, type Who } from './setup-page'

export async function registrarWithPrograms(
  page: Page,
  who: Who,
  programs: readonly { occupation: string; name: string }[],
): Promise<ReportsPage> {
  const setup = new SetupPage(page)
  await setup.open()
  await setup.introduceMyself(who)
  const reports = new ReportsPage(page, 'education')
  await reports.startPeriod({ academicYear: 'AY 2025–26' })
  await reports.showRows()
  for (const program of programs) await reports.addProgram(program)
  await reports.showFigures()
  return reports
}
