// A partner's computer that sent the board one of the demo workbooks: its profile, the period
// with the programs and figures of that workbook, and the export record of the revision sent,
// as a backup file to restore in the browser twin. Built by the product's own repositories
// against an in-memory IndexedDB, from the very workbook the board merged, so a receipt the
// board issues for it is about a period and revision this computer holds.
import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { Dexie } from 'dexie'
import { periodKey } from '../../../shared/domain/periods'
import type { Submission } from '../../../shared/submission/payload'
import { verifyWorkbook } from '../../../shared/workbook/verify'
import { createBackup } from '../../../renderer/backup/backup'
import { openDatabase } from '../../../renderer/db/database'
import { saveProfile } from '../../../renderer/db/profile-repository'
import {
  createPeriod,
  recordExport,
  saveProgram,
  setPeriodRows,
  writeCells,
} from '../../../renderer/db/reporting-repository'

export const PARTNER_CONTACT = { name: 'Pat Registrar', email: 'pat.registrar@example.org' }

/** The submission a workbook carries, verified. */
export async function submissionIn(path: string): Promise<Submission> {
  const result = await verifyWorkbook(new Uint8Array(readFileSync(path)))
  if (!result.submission) throw new Error(`${path} does not verify`)
  return result.submission
}

/** The backup of the education partner's computer that exported `workbook`. */
export async function partnerBackup(workbook: string): Promise<Buffer> {
  const submission = await submissionIn(workbook)
  const { header, report } = submission
  if (report.kind !== 'education') throw new Error('expected an education workbook')
  const name = `partner-e2e-${Math.random().toString(36).slice(2)}`
  const db = openDatabase(name)
  try {
    await saveProfile(
      db,
      {
        institutionId: header.institution.id,
        role: 'education',
        contactName: PARTNER_CONTACT.name,
        contactEmail: PARTNER_CONTACT.email,
        updatedAt: header.createdAt,
      },
      {
        id: header.institution.id,
        name: header.institution.name,
        kind: 'college',
        county: 'Hampden',
        custom: true,
      },
    )
    for (const program of report.programs) await saveProgram(db, program)
    const rp = await createPeriod(db, 'education', header.period)
    await setPeriodRows(
      db,
      rp.id,
      report.rows.map((r) => r.programId),
    )
    await writeCells(
      db,
      rp.id,
      report.rows.flatMap((r) =>
        Object.entries(r.values).map(([measure, value]) => ({
          rowId: r.programId,
          measure,
          value: value ?? null,
        })),
      ),
    )
    await recordExport(db, {
      id: `${periodKey(header.period)}#${header.revision}`,
      periodId: rp.id,
      revision: header.revision,
      submissionId: header.submissionId,
      supersedes: header.supersedes,
      fileName: workbook.split('/').at(-1) ?? 'workbook.xlsx',
      exportedAt: header.createdAt,
      keyId: header.keyId,
    })
    return Buffer.from(await createBackup(db, new Date(), 'e2e'))
  } finally {
    db.close()
    await Dexie.delete(name)
  }
}
