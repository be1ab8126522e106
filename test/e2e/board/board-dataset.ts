// A board's computer with the demo set merged, as a backup file to restore in the browser twin.
// Built by the product's own code (verification, the import statuses, mergeBatch, createBackup)
// against an in-memory IndexedDB, so the screens under test show what a real merge leaves.
import 'fake-indexeddb/auto'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Dexie } from 'dexie'
import { DEMO_PARTNERS } from '../../../electron/cli/demo-data'
import { InstitutionId } from '../../../shared/domain/ids'
import { defaultCycle, type ExpectedReport } from '../../../shared/intake/cycle'
import { incomingFile, sha256Hex } from '../../../shared/intake/file-check'
import { decideBatch } from '../../../shared/intake/statuses'
import { verifyWorkbook } from '../../../shared/workbook/verify'
import { createBackup } from '../../../renderer/backup/backup'
import type { BoardContext } from '../../../shared/analysis/context'
import type { Scenario } from '../../../shared/analysis/scenario'
import { saveBoardContext, saveScenario } from '../../../renderer/db/analysis-repository'
import { mergeBatch, heldRevisions } from '../../../renderer/db/board-repository'
import { staffOf } from '../../../renderer/db/board-staff'
import { saveCycle, workingCycle } from '../../../renderer/db/cycle-repository'
import { openDatabase, type AppDatabase } from '../../../renderer/db/database'
import { saveProfile } from '../../../renderer/db/profile-repository'
import { loadRegistry, replaceRegistry } from '../../../renderer/db/trust-repository'

export const BOARD_STAFF = {
  institution: 'MassHire Hampden County Workforce Board',
  name: 'Jordan Rivera',
  email: 'jrivera@example.org',
}

const profile = {
  institutionId: InstitutionId.parse('masshire-hampden-county-workforce-board'),
  role: 'board' as const,
  contactName: BOARD_STAFF.name,
  contactEmail: BOARD_STAFF.email,
  updatedAt: '2026-10-01T12:00:00.000Z',
}

/** `allied-pipeline demo` into a fresh folder. */
export function demoFolder(): string {
  const out = join(mkdtempSync(join(tmpdir(), 'board-e2e-')), 'demo')
  execFileSync(process.execPath, ['bin/allied-pipeline.js', 'demo', '--out', out])
  return out
}

async function mergeFiles(
  db: AppDatabase,
  files: { name: string; bytes: Uint8Array }[],
  at: string,
) {
  const incoming = await Promise.all(
    files.map(async (f, i) =>
      incomingFile(`f${i}`, f.name, await sha256Hex(f.bytes), await verifyWorkbook(f.bytes)),
    ),
  )
  const cycle = await workingCycle(db)
  if (!cycle) throw new Error('no cycle')
  const decisions = decideBatch(incoming, {
    registry: await loadRegistry(db),
    cycle,
    held: await heldRevisions(db),
  })
  const outcome = await mergeBatch(
    db,
    decisions,
    files.map((f, i) => ({ fileId: `f${i}`, bytes: f.bytes })),
    staffOf(profile),
    new Date(at),
  )
  if (!outcome.ok) throw new Error(outcome.message)
}

/**
 * The demo set merged in two batches (five on time, one late, plus a file that is no workbook
 * and a second copy of one already merged), a cycle expecting the six demo partners and one
 * listed partner that never reported, and the demo registry. Returns the backup's bytes.
 */
export async function boardBackup(
  demo: string,
  analysis: { context?: BoardContext; scenarios?: readonly Scenario[] } = {},
): Promise<Buffer> {
  const name = `board-e2e-${Math.random().toString(36).slice(2)}`
  const db = openDatabase(name)
  try {
    await saveProfile(db, profile)
    const registry = await replaceRegistry(
      db,
      readFileSync(join(demo, 'trust-registry.json'), 'utf8'),
      new Date('2026-10-01T12:00:00Z'),
    )
    if (!registry.ok) throw new Error(registry.problem)
    const expected: ExpectedReport[] = DEMO_PARTNERS.map((p) => ({
      institutionId: p.institution.id,
      kind: p.report.kind,
    }))
    expected.push({
      institutionId: InstitutionId.parse('holyoke-community-college'),
      kind: 'education',
    })
    await saveCycle(db, defaultCycle(2025, expected))
    const workbooks = readdirSync(demo)
      .filter((f) => f.endsWith('.xlsx'))
      .sort()
      .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(demo, f))) }))
    const late = workbooks.find((w) => w.name.includes('sample-regional-hospital'))
    if (!late) throw new Error('the demo set changed')
    await mergeFiles(
      db,
      [
        ...workbooks.filter((w) => w !== late),
        { name: 'notes.xlsx', bytes: new TextEncoder().encode('not a workbook') },
      ],
      '2026-10-20T14:00:00.000Z',
    )
    await mergeFiles(
      db,
      [late, { name: `copy of ${workbooks[0]!.name}`, bytes: workbooks[0]!.bytes }],
      '2026-11-04T09:30:00.000Z',
    )
    if (analysis.context) {
      await saveBoardContext(
        db,
        analysis.context,
        staffOf(profile),
        null,
        new Date('2026-11-05T09:00:00Z'),
      )
    }
    for (const scenario of analysis.scenarios ?? []) {
      await saveScenario(db, { cycleId: 'AY2025-26', scenario }, staffOf(profile))
    }
    return Buffer.from(await createBackup(db, new Date('2026-11-05T10:00:00Z'), 'e2e'))
  } finally {
    db.close()
    await Dexie.delete(name)
  }
}
