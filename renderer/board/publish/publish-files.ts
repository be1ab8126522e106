// What the Publish screen saves: the regional workbook signed with the board's key, and the CSV
// files of the merged dataset and of the analysis, all built from the cycle's analysis inputs
// in the shared view (figures from fewer than 3 employers suppressed). exceljs loads only here,
// on demand, when the workbook is written.
import { analyse } from '../../../shared/analysis/analysis'
import { analysisCsv, datasetCsv } from '../../../shared/analysis/csv'
import type { Scenario } from '../../../shared/analysis/scenario'
import type { InstitutionId } from '../../../shared/domain/ids'
import { localIsoDate } from '../../../shared/domain/periods'
import { periodInCycle } from '../../../shared/intake/cycle'
import { reportingMatrix } from '../../../shared/intake/matrix'
import type { ImportStatus } from '../../../shared/intake/statuses'
import type { AnalysisInputsOfCycle } from '../../db/analysis-repository'
import type { HeldSubmission } from '../../db/board-records'
import { mergedRevisionsIn } from '../../db/board-repository'
import type { StoredKey } from '../../db/key-database'
import { platform } from '../../platform'
import { XLSX_FILTER } from '../../platform/filters'

const CSV_FILTER = [{ name: 'CSV (comma-separated values)', extensions: ['csv'] }]

export interface PublishInputs {
  readonly inputs: AnalysisInputsOfCycle
  readonly held: readonly HeldSubmission[]
  readonly scenarios: readonly Scenario[]
  /** The statuses the import gave the cycle's files, from the audit log. */
  readonly decisions: readonly ImportStatus[]
}

/** Saves the signed regional workbook; the file name when saved, null when the user cancelled. */
export async function saveRegionalWorkbook(
  from: PublishInputs,
  board: { readonly id: InstitutionId; readonly name: string },
  key: StoredKey,
  now = new Date(),
): Promise<string | null> {
  const [{ regionalPublication }, { writeRegionalWorkbook }] = await Promise.all([
    import('../../../shared/regional/publication'),
    import('../../../shared/workbook/write-regional'),
  ])
  const { cycle, submissions, context } = from.inputs
  const hashes = new Map(from.held.map((h) => [h.submissionId as string, h.payloadHash]))
  const publication = regionalPublication({
    publicationId: globalThis.crypto.randomUUID(),
    board,
    createdAt: now.toISOString(),
    keyId: key.keyId,
    cycle,
    submissions: submissions.map((submission) => {
      const payloadHash = hashes.get(submission.header.submissionId)
      if (payloadHash === undefined) {
        throw new Error(`The record of ${submission.header.institution.name}’s report is missing.`)
      }
      return { submission, payloadHash }
    }),
    context,
    scenarios: from.scenarios,
    matrix: reportingMatrix(cycle, mergedRevisionsIn(cycle, from.held), localIsoDate(now)),
    decisions: from.decisions,
  })
  const workbook = await writeRegionalWorkbook(publication, {
    privateKey: key.privateKey,
    publicKeyRaw: key.publicKeyRaw,
  })
  const saved = await platform.saveFile(workbook.fileName, workbook.bytes, XLSX_FILTER)
  return saved ? workbook.fileName : null
}

/** Saves the cycle's merged reports as CSV, employers' own figures suppressed. */
export async function saveDatasetCsv(from: PublishInputs): Promise<string | null> {
  const { cycle, submissions } = from.inputs
  const inCycle = submissions.filter((s) => periodInCycle(cycle, s.header.role, s.header.period))
  const name = `AHWG_merged-data_${cycle.id}.csv`
  const text = datasetCsv(inCycle, 'shared')
  return (await platform.saveFile(name, new TextEncoder().encode(text), CSV_FILTER)) ? name : null
}

/** Saves the analysis (and the chosen scenarios, labelled) as CSV, suppression applied. */
export async function saveAnalysisCsv(from: PublishInputs): Promise<string | null> {
  const { cycle, submissions, context } = from.inputs
  const result = analyse(submissions, cycle, context, {
    audience: 'shared',
    scenarios: from.scenarios,
  })
  const name = `AHWG_analysis_${cycle.id}.csv`
  const text = analysisCsv(result)
  return (await platform.saveFile(name, new TextEncoder().encode(text), CSV_FILTER)) ? name : null
}
