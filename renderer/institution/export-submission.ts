// Builds, signs and saves a period's submission workbook. exceljs is loaded only here, on
// demand, so it stays out of the start-up bundle.
import type { Profile } from '../../shared/domain/profile'
import { exportReadiness } from '../../shared/submission/export-gate'
import { newSubmission } from '../../shared/submission/new-submission'
import { reporting, signingKeys } from '../db/app-data'
import type { StoredKey } from '../db/key-database'
import type { KeyOwner } from '../keys/key-store'
import { platform } from '../platform'
import { XLSX_FILTER } from '../platform/filters'

export type ExportOutcome =
  | {
      saved: true
      fileName: string
      revision: number
      /** The key this export made, when this computer had none: its card goes to the board. */
      newKey: StoredKey | null
    }
  | { saved: false; newKey: StoredKey | null }

export async function exportSubmission(
  periodId: string,
  profile: Profile,
  owner: KeyOwner,
  now = new Date(),
): Promise<ExportOutcome> {
  const loaded = await reporting.loadReport(periodId)
  if (!loaded) throw new Error('This period no longer exists.')
  const { period: rp, report } = loaded
  // Never sign one institution's figures under another's name.
  if (rp.institutionId !== profile.institutionId || owner.institution.id !== rp.institutionId)
    throw new Error(
      `${rp.period.label} holds the figures of ${rp.institutionId}, not of ${owner.institution.name}. Nothing was exported.`,
    )
  if (rp.kind !== profile.role)
    throw new Error(`Your role is ${profile.role}, but this period holds ${rp.kind} figures.`)

  const previous = await reporting.loadPreviousReport(rp)
  // The same gate the screen shows; checked before a key is made for a report that cannot go.
  const { ExportBlockedError, writeSignedWorkbook } =
    await import('../../shared/workbook/write-signed')
  const readiness = exportReadiness(report, { previous })
  if (!readiness.ok) throw new ExportBlockedError(readiness)

  const { revision, supersedes } = await reporting.nextRevision(rp.institutionId, periodId)
  const hadKey = (await signingKeys.currentKey(rp.institutionId)) !== undefined
  const key = await signingKeys.ensureKey(owner, now)
  const submission = newSubmission({
    institution: owner.institution,
    contact: owner.contact,
    period: rp.period,
    report,
    keyId: key.keyId,
    revision,
    supersedes,
    now,
  })
  const workbook = await writeSignedWorkbook(
    submission,
    { privateKey: key.privateKey, publicKeyRaw: key.publicKeyRaw },
    { previous },
  )
  const saved = await platform.saveFile(workbook.fileName, workbook.bytes, XLSX_FILTER)
  const newKey = hadKey ? null : key
  if (!saved) return { saved: false, newKey }
  await reporting.recordExport({
    id: `${periodId}#${revision}`,
    periodId,
    revision,
    submissionId: submission.header.submissionId,
    supersedes,
    fileName: workbook.fileName,
    exportedAt: now.toISOString(),
    keyId: key.keyId,
  })
  return { saved: true, fileName: workbook.fileName, revision, newKey }
}
