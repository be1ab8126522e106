// What `merge` is given, made ready: the workbooks named or found in the folders named, the
// collection cycle from --cycle, --snapshots and --expected, and the state file.
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { parseUntrustedJson } from '../../shared/crypto/untrusted-json'
import { CollectionCycle, ExpectedReport, defaultCycle } from '../../shared/intake/cycle'
import {
  MAX_BOARD_STATE_CHARS,
  emptyBoardState,
  readBoardState,
  type BoardState,
} from '../../shared/intake/board-state'
import { CliFailure, UsageError } from './command'
import { readText } from './files'
import { oneLine } from './one-line'

/**
 * The files to merge, in the order given; a folder's workbooks (.xlsx, not Excel's "~$" lock
 * files) in name order, the order a file window lists them. A path that does not exist is a
 * wrong call: nothing is merged.
 */
export async function filesToMerge(paths: readonly string[]): Promise<string[]> {
  const files: string[] = []
  for (const path of paths) {
    let folder: boolean
    try {
      folder = (await stat(path)).isDirectory()
    } catch {
      throw new CliFailure(`cannot read ${path}: no such file or folder; nothing was merged`)
    }
    if (!folder) {
      files.push(path)
      continue
    }
    const names = (await readdir(path))
      .filter((n) => /\.xlsx$/i.test(n) && !n.startsWith('~$'))
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    if (names.length === 0) {
      throw new CliFailure(`${path} holds no .xlsx workbooks; nothing was merged`)
    }
    files.push(...names.map((n) => join(path, n)))
  }
  return files
}

const ExpectedFile = z.array(ExpectedReport).max(2000)
const MAX_EXPECTED_BYTES = 1024 * 1024

async function readExpected(path: string): Promise<ExpectedReport[]> {
  const read = parseUntrustedJson((await readText(path, MAX_EXPECTED_BYTES)).replace(/^\uFEFF/, ''))
  if (!read.ok) throw new CliFailure(`cannot use ${path}: it is not JSON text`)
  const parsed = ExpectedFile.safeParse(read.value)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.length ? ` at ${issue.path.map(String).join('.')}` : ''
    throw new CliFailure(
      `cannot use ${path}: it is not a list of {"institutionId", "kind"} entries${where}: ${oneLine(issue?.message ?? '')}`,
    )
  }
  return parsed.data
}

/** The cycle --cycle names, with the snapshot window and the expected partners if given. */
export async function cycleOf(
  id: string,
  snapshots: string | undefined,
  expectedPath: string | undefined,
): Promise<CollectionCycle> {
  const year = /^AY(\d{4})-(\d{2})$/.exec(id)
  if (!year || (Number(year[1]) + 1) % 100 !== Number(year[2])) {
    throw new UsageError(`--cycle is an academic year such as AY2025-26, not "${oneLine(id)}"`)
  }
  const expected = expectedPath === undefined ? [] : await readExpected(expectedPath)
  const cycle = defaultCycle(Number(year[1]), expected)
  if (snapshots === undefined) return cycle
  const window = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(snapshots)
  if (!window) {
    throw new UsageError('--snapshots is a window of dates FROM..TO, e.g. 2026-07-01..2027-06-30')
  }
  const parsed = CollectionCycle.safeParse({
    ...cycle,
    snapshots: { from: window[1], to: window[2] },
  })
  if (!parsed.success) {
    throw new UsageError(
      `--snapshots ${snapshots}: ${parsed.error.issues[0]?.message ?? 'not a window of dates'}`,
    )
  }
  return parsed.data
}

/** The state file, or an empty state when it does not exist yet. A damaged one is never replaced. */
export async function readState(path: string): Promise<BoardState> {
  let text: string
  try {
    text = await readText(path, MAX_BOARD_STATE_CHARS)
  } catch (error) {
    if (error instanceof CliFailure && /no such file$/.test(error.message)) {
      return emptyBoardState()
    }
    throw error
  }
  const read = await readBoardState(text)
  if (!read.ok) {
    throw new CliFailure(
      `cannot use ${path}: ${read.problem} It was left as it is and nothing was merged; restore it from a backup.`,
    )
  }
  return read.state
}
