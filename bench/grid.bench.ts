// Browser benchmark: opening a period whose grid has 200 programs × 20 measures, in Debian's
// Chromium against the built app, as a ratio to laying out a plain 200 × 21 HTML table in the
// same page. The data arrives the way a user's would: restored from a backup file.
import { spawn } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { InstitutionId } from '../shared/domain/ids'
import { academicYear } from '../shared/domain/periods'
import { EDUCATION_MEASURES } from '../shared/reports/measures'
import { createBackup } from '../renderer/backup/backup'
import { openDatabase } from '../renderer/db/database'
import { saveProfile } from '../renderer/db/profile-repository'
import {
  createPeriod,
  saveProgram,
  setPeriodRows,
  writeCells,
} from '../renderer/db/reporting-repository'
import { ROW_VALUES, programs } from './fixtures'
import { printFigures } from './measure'

const PORT = 4199

async function backupWith200Programs(): Promise<Uint8Array> {
  const db = openDatabase(`bench-${Date.now()}`)
  await saveProfile(db, {
    institutionId: InstitutionId.parse('springfield-technical-community-college'),
    role: 'education',
    contactName: 'Bench Registrar',
    contactEmail: 'bench@example.edu',
    updatedAt: new Date().toISOString(),
  })
  const list = programs(200)
  for (const p of list) await saveProgram(db, p)
  const rp = await createPeriod(db, 'education', academicYear(2025))
  await setPeriodRows(
    db,
    rp.id,
    list.map((p) => p.id),
  )
  await writeCells(
    db,
    rp.id,
    list.flatMap((p) =>
      EDUCATION_MEASURES.map((m, i) => ({
        rowId: p.id,
        measure: m.key,
        value: ROW_VALUES[i] ?? null,
      })),
    ),
  )
  const bytes = await createBackup(db, new Date(), 'bench')
  db.close()
  return bytes
}

export async function benchGrid(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'allied-bench-'))
  const backupFile = join(dir, 'allied-pipeline-backup.json')
  await writeFile(backupFile, await backupWith200Programs())

  const server = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--config',
      'renderer/vite.config.ts',
      '--host',
      '127.0.0.1',
      '--port',
      String(PORT),
      '--strictPort',
    ],
    {
      stdio: 'ignore',
    },
  )
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
    for (let i = 0; ; i++) {
      try {
        await page.goto(`http://127.0.0.1:${PORT}/`)
        break
      } catch (error) {
        if (i > 50) throw error
        await new Promise((r) => setTimeout(r, 200))
      }
    }
    await page
      .getByLabel('Your institution')
      .selectOption({ label: 'Springfield Technical Community College' })
    await page.getByLabel('Your name').fill('Bench Registrar')
    await page.getByLabel('Your work email').fill('bench@example.edu')
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.getByRole('button', { name: 'Settings' }).click()
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Restore from a backup…' }).click()
    await (await chooser).setFiles(backupFile)
    await page.getByRole('button', { name: 'Replace my data' }).click()
    await page.getByRole('button', { name: 'My reports' }).click()

    const openTimes: number[] = []
    for (let i = 0; i < 7; i++) {
      const started = Date.now()
      await page.getByRole('button', { name: 'Open AY 2025–26' }).click()
      await page
        .locator('[role="row"][aria-rowindex="202"] [role="gridcell"][aria-colindex="21"]')
        .waitFor()
      await page.evaluate(
        () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
      )
      openTimes.push(Date.now() - started)
      await page.getByRole('button', { name: '← All periods' }).click()
    }
    const baselineTimes = await page.evaluate(() => {
      const times: number[] = []
      for (let i = 0; i < 7; i++) {
        const started = performance.now()
        const table = document.createElement('table')
        for (let r = 0; r < 200; r++) {
          const tr = table.insertRow()
          for (let c = 0; c < 21; c++) tr.insertCell().textContent = String(r * c)
        }
        document.body.append(table)
        void table.offsetHeight
        times.push(performance.now() - started)
        table.remove()
      }
      return times
    })
    const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
    printFigures('Grid (Chromium)', 'lay out a plain 200 × 21 HTML table', mid(baselineTimes), [
      { name: 'open a period with 200 programs × 20 measures', medianMs: mid(openTimes) },
    ])
  } finally {
    await browser.close()
    server.kill()
  }
}
