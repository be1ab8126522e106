// `merge`: the board's import, headless. Each workbook is read, verified in the worker pool a
// few at a time (only what verification made of it is kept, never its bytes), and the whole
// batch decided at once by the same rules as the app's import (shared/intake): one status per
// file, the revision ratchet against what --state holds. The accepted revisions are added to
// the state, the per-file table and the reporting-status matrix printed, the summary written.
import { incomingFile, sha256Hex } from '../../shared/intake/file-check'
import {
  heldRevisions,
  mergedRevisionsIn,
  withMerged,
  boardStateText,
  emptyBoardState,
  submissionsInForce,
  type BoardState,
} from '../../shared/intake/board-state'
import type { CollectionCycle } from '../../shared/intake/cycle'
import { reportingMatrix } from '../../shared/intake/matrix'
import { decideBatch, type ImportDecision, type IncomingFile } from '../../shared/intake/statuses'
import { MergeSummary, mergeSummary } from '../../shared/intake/summary'
import { readTrustRegistry, type TrustRegistry } from '../../shared/trust/registry'
import { ZIP_LIMITS } from '../../shared/workbook/zip-entries'
import {
  CliFailure,
  EXIT,
  UsageError,
  parseOptions,
  required,
  type ExitCode,
  type Output,
} from './command'
import { withFileLock, writeAtomically } from './file-lock'
import { FileTooLarge, readBytes, readText } from './files'
import { inOrder } from './in-order'
import { cycleOf, filesToMerge, readState } from './merge-inputs'
import { mergedThisRun, outputRequest, publish } from './merge-outputs'
import { printSummary } from './merge-print'
import { oneLine, oneLineEverywhere } from './one-line'
import { createVerifyPool, poolSize, type VerifyPool } from './verify-pool'

/** What `merge` takes; help/merge.ts describes each option to the user. */
export const options = {
  trust: { type: 'string' },
  cycle: { type: 'string' },
  snapshots: { type: 'string' },
  expected: { type: 'string' },
  json: { type: 'string' },
  state: { type: 'string' },
  context: { type: 'string' },
  key: { type: 'string' },
  out: { type: 'string' },
  csv: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const

const MAX_REGISTRY_BYTES = 16 * 1024 * 1024

/** Statuses that leave nothing to do; any other is a file refused. */
const GOOD = new Set(['accepted', 'newer-revision', 'identical'])

export async function run(args: string[], output: Output): Promise<ExitCode> {
  const { values, positionals } = parseOptions(args, options, true)
  if (positionals.length === 0) throw new UsageError('give the workbooks or folders to merge')
  const trustPath = required(values.trust, 'trust')
  const cycle = await cycleOf(required(values.cycle, 'cycle'), values.snapshots, values.expected)
  const registry = await loadRegistry(trustPath)
  const files = await filesToMerge(positionals)
  // Read and checked before anything is merged: a bad context or key file changes nothing.
  const request = await outputRequest(values)
  const statePath = values.state
  const work = async () => {
    const state = statePath === undefined ? emptyBoardState() : await readState(statePath)
    const merged = await mergeFiles(files, registry, cycle, state)
    // The outputs first: when one cannot be written, the state stays as it was.
    const published =
      request &&
      (await publish(
        request,
        statePath === undefined
          ? mergedThisRun(merged.decisions)
          : await submissionsInForce(merged.next),
        cycle,
        merged.summary,
        merged.decisions,
        merged.now,
      ))
    if (statePath !== undefined)
      await writeAtomically(statePath, boardStateText(merged.next), 0o600)
    const summary = published
      ? MergeSummary.parse({ ...merged.summary, analysis: published.analysis })
      : merged.summary
    return { ...merged, summary, written: published?.written ?? [] }
  }
  // The state is read and written under its lock: two runs never interleave their merges.
  const { summary, next, notRead, written } =
    statePath === undefined
      ? await work()
      : await withFileLock(
          `${statePath}.lock`,
          'another "allied-pipeline merge" is using this state file',
          work,
        )
  const shown = oneLineEverywhere(summary)
  if (values.json !== undefined) {
    await writeAtomically(values.json, `${JSON.stringify(shown, null, 2)}\n`, 0o644)
  }
  printSummary(output, shown, statePath === undefined ? undefined : next.merged.length)
  for (const path of written) output.out(`Written: ${oneLine(path)}`)
  // The others were merged; a file that could not be read at all is a read error.
  for (const n of notRead) output.err(`${oneLine(n.path)}: CANNOT READ: ${n.message}`)
  if (notRead.length > 0) return EXIT.usage
  return shown.files.every((f) => GOOD.has(f.status)) ? EXIT.ok : EXIT.no
}

async function loadRegistry(path: string): Promise<TrustRegistry> {
  const read = await readTrustRegistry(await readText(path, MAX_REGISTRY_BYTES))
  if (!read.ok) throw new CliFailure(`cannot use ${path}: ${read.problem}`)
  return read.registry
}

async function mergeFiles(
  paths: readonly string[],
  registry: TrustRegistry,
  cycle: CollectionCycle,
  state: BoardState,
): Promise<{
  summary: MergeSummary
  next: BoardState
  notRead: NotRead[]
  decisions: ImportDecision[]
  now: Date
}> {
  const pool = createVerifyPool()
  let checked: (IncomingFile | NotRead)[]
  try {
    // Twice the workers in flight keeps them busy while the next files are read.
    checked = await inOrder(paths, poolSize() * 2, (path, index) => checkFile(path, index, pool))
  } finally {
    await pool.close()
  }
  const files = checked.filter((c): c is IncomingFile => 'check' in c)
  const notRead = checked.filter((c): c is NotRead => !('check' in c))
  const now = new Date()
  const decisions = decideBatch(files, { registry, cycle, held: heldRevisions(state) })
  const next = withMerged(state, decisions, cycle.id, now)
  const matrix = reportingMatrix(
    cycle,
    mergedRevisionsIn(next, cycle),
    now.toISOString().slice(0, 10),
  )
  return { summary: mergeSummary(cycle, decisions, matrix, now), next, notRead, decisions, now }
}

/** A file that could not be read from disk (gone, no permission, far too large): not in the batch. */
interface NotRead {
  readonly path: string
  readonly message: string
}

/** One file read, hashed and verified; its bytes go out of scope when this returns. */
async function checkFile(
  path: string,
  index: number,
  pool: VerifyPool,
): Promise<IncomingFile | NotRead> {
  let bytes: Uint8Array
  try {
    bytes = await readBytes(path, ZIP_LIMITS.maxFileBytes)
  } catch (error) {
    if (!(error instanceof CliFailure)) throw error
    const message =
      error instanceof FileTooLarge
        ? `${error.message}; no report workbook is that large, so it was not opened`
        : error.message
    return { path, message }
  }
  const fileSha256 = await sha256Hex(bytes)
  return incomingFile(`file-${index + 1}`, path, fileSha256, await pool.verify(bytes))
}
