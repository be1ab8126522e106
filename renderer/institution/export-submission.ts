// Builds, signs and saves a period's submission workbook. exceljs is loaded only here, on
// demand, so it stays out of the start-up bundle.
import { SubmissionId } from '../../shared/domain/ids'
import { periodKey, previousPeriod } from '../../shared/domain/periods'
import type { Profile } from '../../shared/domain/profile'
import {
  REPORT_SCHEMA_VERSION,
  SUBMISSION_FORMAT,
  SUBMISSION_FORMAT_VERSION,
  type Submission,
} from '../../shared/submission/payload'
import { database } from '../db/database'
import { listExports, loadReport, recordExport } from '../db/reporting-repository'
import { ensureKey, keyDatabase, type KeyOwner } from '../keys/key-store'
import { platform } from '../platform'
import { XLSX_FILTER } from '../platform/filters'

export type ExportOutcome = { saved: true; fileName: string; revision: number } | { saved: false }

export async function exportSubmission(
  periodId: string,
  profile: Profile,
  owner: KeyOwner,
  now = new Date(),
): Promise<ExportOutcome> {
  const db = database()
  const loaded = await loadReport(db, periodId)
  if (!loaded) throw new Error('This period no longer exists.')
  const { period: rp, report } = loaded
  if (rp.kind !== profile.role)
    throw new Error(`Your role is ${profile.role}, but this period holds ${rp.kind} figures.`)

  const previous = (await loadReport(db, periodKey(previousPeriod(rp.period))))?.report
  const last = (await listExports(db, periodId))[0]
  const key = await ensureKey(keyDatabase(), owner, now)
  const submission: Submission = {
    header: {
      format: SUBMISSION_FORMAT,
      formatVersion: SUBMISSION_FORMAT_VERSION,
      schemaVersion: REPORT_SCHEMA_VERSION,
      submissionId: SubmissionId.parse(crypto.randomUUID()),
      institution: { id: owner.institution.id, name: owner.institution.name },
      contact: owner.contact,
      role: rp.kind,
      period: rp.period,
      revision: (last?.revision ?? 0) + 1,
      supersedes: last?.submissionId ?? null,
      createdAt: now.toISOString(),
      keyId: key.keyId,
    },
    report,
  }
  const { writeSignedWorkbook } = await import('../../shared/workbook/write-signed')
  const workbook = await writeSignedWorkbook(
    submission,
    { privateKey: key.privateKey, publicKeyRaw: key.publicKeyRaw },
    { previous },
  )
  const saved = await platform.saveFile(workbook.fileName, workbook.bytes, XLSX_FILTER)
  if (!saved) return { saved: false }
  await recordExport(db, {
    id: `${periodId}#${submission.header.revision}`,
    periodId,
    revision: submission.header.revision,
    submissionId: submission.header.submissionId,
    supersedes: submission.header.supersedes,
    fileName: workbook.fileName,
    exportedAt: now.toISOString(),
    keyId: key.keyId,
  })
  return { saved: true, fileName: workbook.fileName, revision: submission.header.revision }
}
