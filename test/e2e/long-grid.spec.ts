// A registrar with 120 programs: the grid draws only the rows in view, yet the keyboard, the
// screen reader's row count, jumps, typing and pasting reach every row as before.
import { expect, test, type Page } from '@playwright/test'
import { OCCUPATIONS, suggestedCip } from '../../shared/domain/occupations'
import { measuresFor } from '../../shared/reports/schemas'
import { BackupSettings } from './pages/backup-settings'
import { ReportsPage } from './pages/reports-page'
import { SetupPage } from './pages/setup-page'

const PROGRAMS = 120
const FILLED = 60
const LAST_MEASURE = measuresFor('education').at(-1)!.key
const name = (i: number) => `Program ${String(i + 1).padStart(3, '0')}`

/** A backup of one period of 120 programs, with seats filled in the first 60 only. */
function backupOfLongPeriod(): Buffer {
  const institutionId = 'springfield-technical-community-college'
  const at = '2026-11-30T15:00:00.000Z'
  const occupation = OCCUPATIONS[0]!
  const programs = Array.from({ length: PROGRAMS }, (_, i) => ({
    id: `p${String(i + 1).padStart(3, '0')}`,
    name: name(i),
    occupation: occupation.id,
    cip: suggestedCip(occupation.id),
    credential: 'associate',
    campus: 'Main campus',
    accreditor: occupation.accreditors.join(' / '),
  }))
  const backup = {
    format: 'allied-pipeline-backup',
    formatVersion: 1,
    databaseVersion: 4,
    appVersion: '0.1.0',
    createdAt: at,
    tables: {
      profile: [
        {
          key: 'me',
          institutionId,
          role: 'education',
          contactName: 'Ana Souza',
          contactEmail: 'asouza@example.edu',
          updatedAt: at,
        },
      ],
      institutions: [],
      settings: [],
      exports: [],
      revisions: [],
      programs,
      periods: [
        {
          id: 'AY2025-26',
          institutionId,
          kind: 'education',
          period: {
            kind: 'academic-year',
            label: 'AY 2025–26',
            start: '2025-07-01',
            end: '2026-06-30',
          },
          rowIds: programs.map((p) => p.id),
          createdAt: at,
          updatedAt: at,
        },
      ],
      cells: programs.slice(0, FILLED).map((p) => ({
        periodId: 'AY2025-26',
        institutionId,
        rowId: p.id,
        measure: 'seats',
        value: 30,
        explanation: '',
        updatedAt: at,
      })),
    },
  }
  return Buffer.from(JSON.stringify(backup))
}

async function openLongPeriod(page: Page): Promise<ReportsPage> {
  const setup = new SetupPage(page)
  await setup.open()
  await setup.introduceMyself({
    institution: 'Springfield Technical Community College',
    name: 'Ana Souza',
    email: 'asouza@example.edu',
  })
  const restore = new BackupSettings(page)
  await restore.open()
  await restore.chooseBackup({
    name: 'stcc-backup.json',
    mimeType: 'application/json',
    buffer: backupOfLongPeriod(),
  })
  await restore.confirmation().getByRole('button', { name: 'Replace my data' }).click()
  await page.getByRole('button', { name: 'My reports' }).click()
  const reports = new ReportsPage(page, 'education')
  await reports.openPeriod('AY 2025–26')
  await reports.expectOpen('AY 2025–26')
  await reports.showFigures()
  return reports
}

test('every row of a long grid is reachable from the keyboard and counted', async ({ page }) => {
  const reports = await openLongPeriod(page)
  await expect(reports.grid).toHaveAttribute('aria-rowcount', String(PROGRAMS + 2))
  await expect(reports.shown(name(0), 'seats')).toHaveText('30')

  // Ctrl+Down jumps to the last filled cell of the column, far below the first screen.
  await reports.cell(name(0), 'seats').click()
  await page.keyboard.press('Control+ArrowDown')
  const lastFilled = reports.cell(name(FILLED - 1), 'seats')
  await expect(lastFilled).toBeFocused()
  await expect(lastFilled).toHaveText('30')
  await expect(lastFilled).toBeInViewport()
  await expect(reports.row(name(FILLED - 1))).toHaveAttribute('aria-rowindex', String(FILLED + 2))

  // Ctrl+End goes to the very last cell; a figure typed there is kept when the row scrolls
  // out of view and back.
  await page.keyboard.press('Control+End')
  const lastCell = reports.cell(name(PROGRAMS - 1), LAST_MEASURE)
  await expect(lastCell).toBeFocused()
  await expect(lastCell).toBeInViewport()
  await page.keyboard.type('4')
  await page.keyboard.press('Enter')
  await reports.expectAllSaved()
  await page.keyboard.press('Control+Home')
  await expect(reports.cell(name(0), 'seats')).toBeFocused()
  await expect(reports.cell(name(0), 'seats')).toBeInViewport()
  await page.keyboard.press('Control+End')
  await expect(reports.shown(name(PROGRAMS - 1), LAST_MEASURE)).toHaveText('4')

  // Arrow keys walk down past the first screen one row at a time, the cell always in view.
  await page.keyboard.press('Control+Home')
  for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowDown')
  await expect(reports.cell(name(30), 'seats')).toBeFocused()
  await expect(reports.cell(name(30), 'seats')).toBeInViewport()
})

test('a paste and a range selection reach rows not drawn yet', async ({ page }) => {
  const reports = await openLongPeriod(page)
  // The premise: the last rows are not drawn until they are scrolled to.
  await expect(reports.row(name(PROGRAMS - 1))).toHaveCount(0)
  const column = Array.from({ length: PROGRAMS }, (_, i) => String(100 + i)).join('\r\n')
  await reports.paste(name(0), 'applicants', column)
  await reports.expectAllSaved()
  await page.keyboard.press('Control+End')
  await page.keyboard.press('Home')
  await page.keyboard.press('ArrowRight')
  await expect(reports.shown(name(PROGRAMS - 1), 'applicants')).toHaveText('219')

  // Shift+Ctrl+Up selects from the last row up to the first, then Delete clears all of them.
  await page.keyboard.press('Shift+Control+ArrowUp')
  await expect(reports.cell(name(0), 'applicants')).toBeInViewport()
  await expect(reports.cell(name(0), 'applicants')).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Delete')
  await reports.expectAllSaved()
  await expect(reports.shown(name(0), 'applicants')).toHaveText('')
  await page.keyboard.press('Control+End')
  await expect(reports.shown(name(PROGRAMS - 1), 'applicants')).toHaveText('')
})
