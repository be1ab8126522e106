// The revisions `sign` has written with a key file, kept beside it in KEYFILE.revisions.json,
// so that a new signing of a period is always a higher revision than the last one sent (the
// board refuses a lower one and calls the same one with other figures a conflict). Recorded
// only once the workbook is written; written atomically (temp file, then rename) and readable
// by its owner only, like the key file. A damaged record is refused, never silently reset.
import { open } from 'node:fs/promises'
import { z } from 'zod'
import { InstitutionId, SubmissionId } from '../../shared/domain/ids'
import { CliFailure } from './command'
import { withFileLock, writeAtomically } from './file-lock'

export const REVISIONS_FORMAT = 'allied-pipeline-revisions'

const SignedRevision = z.strictObject({
  /** The period key, as in file names: AY2025-26, S2026-10-01. */
  period: z.string().regex(/^(AY\d{4}-\d{2}|FY\d{4}|S\d{4}-\d{2}-\d{2})$/),
  revision: z.int().min(1).max(10_000),
  submissionId: SubmissionId,
  signedAt: z.iso.datetime(),
  /** Where the workbook was written, to tell the user which file that revision is. */
  file: z.string().max(4096),
})
export type SignedRevision = z.infer<typeof SignedRevision>

const RevisionsFile = z.strictObject({
  format: z.literal(REVISIONS_FORMAT),
  version: z.literal(1),
  institutionId: InstitutionId,
  /** An array, not an object keyed by period: nothing read from disk becomes a key. */
  signed: z.array(SignedRevision).max(100_000),
})
type RevisionsFile = z.infer<typeof RevisionsFile>

const MAX_BYTES = 16 * 1024 * 1024

export function revisionsPath(keyPath: string): string {
  return `${keyPath}.revisions.json`
}

export interface Revisions {
  readonly path: string
  readonly institutionId: InstitutionId
  readonly signed: readonly SignedRevision[]
}

function damaged(path: string, why: string): CliFailure {
  return new CliFailure(
    `cannot use ${path}: the record of revisions signed with this key file is damaged (${why}). ` +
      'It was left as it is. Restore it from a backup; or move it away and give --revision above ' +
      'the last revision you sent the board for this period.',
  )
}

/** The record beside the key file; empty when there is none yet. */
export async function readRevisions(
  keyPath: string,
  institutionId: InstitutionId,
): Promise<Revisions> {
  const path = revisionsPath(keyPath)
  let text: string
  try {
    const handle = await open(path, 'r')
    try {
      if ((await handle.stat()).size > MAX_BYTES) throw damaged(path, 'it is far too large')
      text = await handle.readFile('utf8')
    } finally {
      await handle.close()
    }
  } catch (error) {
    if (error instanceof CliFailure) throw error
    if ((error as { code?: unknown }).code === 'ENOENT') return { path, institutionId, signed: [] }
    throw new CliFailure(`cannot read ${path}: ${(error as Error).message}`)
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw damaged(path, 'it is not JSON text')
  }
  const parsed = RevisionsFile.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.length ? ` at ${issue.path.map(String).join('.')}` : ''
    throw damaged(path, `not an ${REVISIONS_FORMAT} file${where}: ${issue?.message ?? ''}`)
  }
  if (parsed.data.institutionId !== institutionId) {
    throw damaged(
      path,
      `it records revisions of ${parsed.data.institutionId}, not ${institutionId}`,
    )
  }
  return { path, institutionId, signed: parsed.data.signed }
}

/** The highest revision signed for a period, if any. */
export function lastSigned(revisions: Revisions, period: string): SignedRevision | undefined {
  let last: SignedRevision | undefined
  for (const entry of revisions.signed) {
    if (entry.period === period && (!last || entry.revision > last.revision)) last = entry
  }
  return last
}

export interface PlannedRevision {
  readonly revision: number
  /** The id of the revision it replaces: --supersedes, else the last one signed here. */
  readonly supersedes: SubmissionId | null
}

/**
 * The revision to sign: the one after the last signed for the period, or `requested` when it
 * is higher than that. An equal or lower one would rewind the board's record: refused.
 */
export function planRevision(
  revisions: Revisions,
  period: string,
  requested: number | undefined,
  supersedes: SubmissionId | undefined,
): PlannedRevision {
  const last = lastSigned(revisions, period)
  const next = (last?.revision ?? 0) + 1
  if (requested !== undefined && last && requested <= last.revision) {
    throw new CliFailure(
      `--revision ${requested} is not above revision ${last.revision}, which was signed for ${period} ` +
        `with this key file on ${last.signedAt.slice(0, 10)} (${last.file}). A lower or equal ` +
        `revision would be refused by the board; leave --revision out to sign revision ${next}.`,
    )
  }
  const revision = requested ?? next
  if (revision === 1 && supersedes !== undefined) {
    throw new CliFailure('--supersedes goes with revision 2 or higher; this is revision 1')
  }
  return { revision, supersedes: supersedes ?? last?.submissionId ?? null }
}

/** Adds a signed revision to the record: a new file renamed over the old one. */
export async function recordRevision(revisions: Revisions, entry: SignedRevision): Promise<void> {
  await writeRecord(revisions.path, revisions.institutionId, [...revisions.signed, entry])
}

/** A copy of one key file's record for its replacement (keygen --replaces), so counting goes on. */
export async function carryOverRevisions(
  oldKeyPath: string,
  newKeyPath: string,
  institutionId: InstitutionId,
): Promise<boolean> {
  const old = await readRevisions(oldKeyPath, institutionId)
  if (old.signed.length === 0) return false
  const current = await readRevisions(newKeyPath, institutionId)
  const held = new Set(current.signed.map((entry) => entry.submissionId))
  const added = old.signed.filter((entry) => !held.has(entry.submissionId))
  await writeRecord(current.path, institutionId, [...current.signed, ...added])
  return true
}

async function writeRecord(
  path: string,
  institutionId: InstitutionId,
  signed: readonly SignedRevision[],
): Promise<void> {
  const file: RevisionsFile = {
    format: REVISIONS_FORMAT,
    version: 1,
    institutionId,
    signed: signed.map((entry) => SignedRevision.parse(entry)),
  }
  await writeAtomically(path, `${JSON.stringify(file, null, 2)}\n`)
}

/**
 * Runs `work` while holding KEYFILE.revisions.json.lock, so that two signings with one key file
 * at the same moment cannot both take the same revision. A lock left by a process that is no
 * longer running (killed mid-way) is taken over.
 */
export async function withRevisionLock<T>(keyPath: string, work: () => Promise<T>): Promise<T> {
  return withFileLock(
    `${revisionsPath(keyPath)}.lock`,
    'another "allied-pipeline sign" is using this key file',
    work,
  )
}
