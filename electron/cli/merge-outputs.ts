// What `merge` publishes beside the merge itself: the analysis of everything the board holds
// (the submissions this run accepted plus, with --state, every earlier one, so multi-year rates
// look back over earlier cycles), the signed regional workbook (--out, with the board's --key),
// and the CSV files of the merged dataset and of the analysis (--csv). Every input is read and
// checked before anything is merged; every file is written whole to a temporary name, then
// renamed, so a full disk or an unwritable folder leaves no half file.
import { randomUUID } from 'node:crypto'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { analyse } from '../../shared/analysis/analysis'
import {
  MAX_BOARD_CONTEXT_CHARS,
  emptyBoardContext,
  readBoardContext,
  type BoardContext,
} from '../../shared/analysis/context'
import { analysisCsv, datasetCsv } from '../../shared/analysis/csv'
import { summaryOf, type AnalysisSummary } from '../../shared/analysis/summary'
import type { ImportedKey } from '../../shared/crypto/key-file'
import { PARTNER_DIRECTORY } from '../../shared/domain/partners'
import { periodInCycle, type CollectionCycle } from '../../shared/intake/cycle'
import type { ImportDecision } from '../../shared/intake/statuses'
import type { MergeSummary } from '../../shared/intake/summary'
import type { HeldSubmission } from '../../shared/regional/publication'
import { CliFailure, UsageError } from './command'
import { writeAtomically } from './file-lock'
import { readKeyFile, readText, reason } from './files'

export interface OutputRequest {
  readonly context: BoardContext
  readonly board: { readonly key: ImportedKey; readonly name: string } | null
  readonly out: string | null
  readonly csv: string | null
}

export interface OutputOptions {
  readonly context?: string | undefined
  readonly key?: string | undefined
  readonly out?: string | undefined
  readonly csv?: string | undefined
}

/** The options checked and their files read, or null when no output was asked for. */
export async function outputRequest(options: OutputOptions): Promise<OutputRequest | null> {
  const { context, key, out, csv } = options
  if (out !== undefined && key === undefined) {
    throw new UsageError('--out writes the signed regional workbook: give the board’s --key too')
  }
  if (key !== undefined && out === undefined) {
    throw new UsageError('--key signs the regional workbook: give --out REGIONAL.xlsx too')
  }
  if (context === undefined && out === undefined && csv === undefined) return null
  return {
    context: context === undefined ? emptyBoardContext() : await contextFile(context),
    board: key === undefined ? null : await boardKey(key),
    out: out ?? null,
    csv: csv ?? null,
  }
}

async function contextFile(path: string): Promise<BoardContext> {
  const read = readBoardContext(await readText(path, MAX_BOARD_CONTEXT_CHARS * 4))
  if (!read.ok) throw new CliFailure(`cannot use ${path}: ${read.problem} Nothing was merged.`)
  return read.context
}

async function boardKey(path: string): Promise<{ key: ImportedKey; name: string }> {
  const key = await readKeyFile(path)
  const board = PARTNER_DIRECTORY.find((p) => p.id === key.institutionId)
  if (board?.kind !== 'workforce-board') {
    throw new CliFailure(
      `cannot use ${path}: it is the key of "${key.institutionId}", not of a workforce board; the regional workbook is signed with the board's own key (keygen --institution masshire-hampden-county-workforce-board). Nothing was merged.`,
    )
  }
  return { key, name: board.name }
}

/** The submissions this run merged, as held submissions (without --state). */
export function mergedThisRun(decisions: readonly ImportDecision[]): HeldSubmission[] {
  return decisions.flatMap((d) =>
    d.merged && d.file.check.outcome === 'intact'
      ? [{ submission: d.file.check.submission, payloadHash: d.file.check.payloadHash }]
      : [],
  )
}

export interface Published {
  readonly analysis: AnalysisSummary
  readonly written: readonly string[]
}

/** The analysis, and the files asked for written. */
export async function publish(
  request: OutputRequest,
  held: readonly HeldSubmission[],
  cycle: CollectionCycle,
  summary: MergeSummary,
  decisions: readonly ImportDecision[],
  now: Date,
): Promise<Published> {
  const submissions = held.map((h) => h.submission)
  const result = analyse(submissions, cycle, request.context, { audience: 'shared' })
  const written: string[] = []
  if (request.csv !== null) {
    try {
      await mkdir(request.csv, { recursive: true })
    } catch (error) {
      throw new CliFailure(`cannot write into ${request.csv}: ${reason(error)}`)
    }
    const dataset = join(request.csv, `AHWG_merged-data_${cycle.id}.csv`)
    const analysis = join(request.csv, `AHWG_analysis_${cycle.id}.csv`)
    // Only the cycle's own reports: earlier years are in their own cycle's files.
    await writeAtomically(dataset, datasetCsv(inCycle(held, cycle), 'shared'), 0o644)
    await writeAtomically(analysis, analysisCsv(result), 0o644)
    written.push(dataset, analysis)
  }
  if (request.out !== null && request.board !== null) {
    const [{ regionalPublication }, { writeRegionalWorkbook }] = await Promise.all([
      import('../../shared/regional/publication'),
      import('../../shared/workbook/write-regional'),
    ])
    const { key, name } = request.board
    const publication = regionalPublication({
      publicationId: randomUUID(),
      board: { id: key.institutionId, name },
      createdAt: now.toISOString(),
      keyId: key.keyId,
      cycle,
      submissions: held,
      context: request.context,
      scenarios: [],
      matrix: summary.matrix,
      decisions: decisions.map((d) => d.status),
    })
    const workbook = await writeRegionalWorkbook(publication, key)
    await writeAtomically(request.out, workbook.bytes, 0o644)
    written.push(request.out)
  }
  return { analysis: summaryOf(result), written }
}

function inCycle(held: readonly HeldSubmission[], cycle: CollectionCycle) {
  return held
    .map((h) => h.submission)
    .filter((s) => periodInCycle(cycle, s.header.role, s.header.period))
}
