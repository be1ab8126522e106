// The board dataset `allied-pipeline merge --state` keeps between runs: every revision merged,
// of every cycle, with its evidence (the signed payload, its hash, the original file's SHA-256
// and name), so that the ratchet holds across runs, later cycles can look back at earlier years'
// figures, and the file can be checked again without the workbooks. Reading it checks every
// entry against its own signed payload: an edited entry could otherwise make the board refuse a
// partner's genuine revision as older.
import { z } from 'zod'
import { fromBase64 } from '../crypto/bytes'
import { fingerprint } from '../crypto/keys'
import { parseUntrustedJson } from '../crypto/untrusted-json'
import { InstitutionId, KeyId, SubmissionId } from '../domain/ids'
import { Period, periodKey } from '../domain/periods'
import { openSignedPayload } from '../submission/format-upgrade'
import { SUBMISSION_PAYLOAD, type Submission } from '../submission/payload'
import { CollectionCycle, ReportKind, periodInCycle } from './cycle'
import { payloadHash } from './file-check'
import type { MergedRevision } from './matrix'
import { ratchetKeyOf, type HeldRevision, type ImportDecision } from './statuses'

export const BOARD_STATE_FORMAT = 'allied-pipeline-board-state'
export const BOARD_STATE_VERSION = 1
/** About 100,000 demo-sized submissions: years of a state roll-up. */
export const MAX_BOARD_STATE_CHARS = 512 * 1024 * 1024

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/)

export const MergedEvidence = z.strictObject({
  /** The canonical payload text the signature covers, exactly as signed. */
  payload: z.string(),
  formatVersion: z.int().min(1),
  /** Base64 of the raw Ed25519 public key. */
  publicKey: z.string().max(100),
  /** Base64 of the Ed25519 signature of the payload's UTF-8 bytes. */
  signature: z.string().max(200),
})

export const MergedSubmission = z.strictObject({
  institutionId: InstitutionId,
  institutionName: z.string(),
  kind: ReportKind,
  period: Period,
  revision: z.int().min(1),
  submissionId: SubmissionId,
  keyId: KeyId,
  /** Hex SHA-256 of the payload's UTF-8 bytes. */
  payloadHash: Sha256,
  /** Hex SHA-256 of the workbook file as received. */
  fileSha256: Sha256,
  fileName: z.string().max(1000),
  mergedAt: z.iso.datetime(),
  /** The cycle of the run that merged it. */
  cycleId: CollectionCycle.shape.id,
  signed: MergedEvidence,
})
export type MergedSubmission = z.infer<typeof MergedSubmission>

export const BoardState = z.strictObject({
  format: z.literal(BOARD_STATE_FORMAT),
  version: z.literal(BOARD_STATE_VERSION),
  /** In the order merged; an array, so nothing read from the file becomes an object key. */
  merged: z.array(MergedSubmission),
})
export type BoardState = z.infer<typeof BoardState>

export function emptyBoardState(): BoardState {
  return { format: BOARD_STATE_FORMAT, version: BOARD_STATE_VERSION, merged: [] }
}

export function boardStateText(state: BoardState): string {
  return `${JSON.stringify(BoardState.parse(state), null, 1)}\n`
}

export type BoardStateReadResult = { ok: true; state: BoardState } | { ok: false; problem: string }

/** Reads a state file and checks every entry against its signed payload. Never throws. */
export async function readBoardState(text: string): Promise<BoardStateReadResult> {
  const refuse = (reason: string) => ({
    ok: false as const,
    problem: `This is not a usable board state file: ${reason}.`,
  })
  try {
    if (text.length > MAX_BOARD_STATE_CHARS) {
      return refuse(`it is larger than ${MAX_BOARD_STATE_CHARS} characters`)
    }
    const read = parseUntrustedJson(text.replace(/^\uFEFF/, ''))
    if (!read.ok) {
      return refuse(read.reason === 'not-json' ? 'it is not JSON text' : 'it has a "__proto__" key')
    }
    const parsed = BoardState.safeParse(read.value)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const path = issue?.path.map(String).join('.') ?? ''
      return refuse(`${path ? `${path}: ` : ''}${issue?.message ?? 'it does not match the format'}`)
    }
    for (const [index, entry] of parsed.data.merged.entries()) {
      const problem = await evidenceProblem(entry)
      if (problem) return refuse(`entry ${index + 1} (${entry.fileName}) ${problem}`)
    }
    return { ok: true, state: parsed.data }
  } catch {
    return refuse('it could not be read')
  }
}

/** Why an entry does not hold together with its own signed payload, or null. */
async function evidenceProblem(entry: MergedSubmission): Promise<string | null> {
  if ((await payloadHash(entry.signed.payload)) !== entry.payloadHash) {
    return 'does not match its payload hash'
  }
  const publicKeyRaw = fromBase64(entry.signed.publicKey)
  if ((await fingerprint(publicKeyRaw)) !== entry.keyId) return 'names another key than it carries'
  const opened = await openSignedPayload(
    {
      payload: entry.signed.payload,
      formatVersion: entry.signed.formatVersion,
      publicKeyRaw,
      signature: fromBase64(entry.signed.signature),
    },
    SUBMISSION_PAYLOAD,
  )
  if (!opened.ok) return `fails its check: ${opened.problems[0]?.message ?? ''}`
  const { header } = opened.value
  const same =
    header.institution.id === entry.institutionId &&
    header.role === entry.kind &&
    periodKey(header.period) === periodKey(entry.period) &&
    header.revision === entry.revision &&
    header.submissionId === entry.submissionId &&
    header.keyId === entry.keyId
  return same ? null : 'says otherwise than its signed payload'
}

/** Every revision held, as the ratchet (decideBatch) takes them. */
export function heldRevisions(state: BoardState): HeldRevision[] {
  return state.merged.map((m) => ({
    ratchetKey: ratchetKeyOf(m.institutionId, m.kind, periodKey(m.period)),
    revision: m.revision,
    payloadHash: m.payloadHash,
    submissionId: m.submissionId,
    fileName: m.fileName,
    mergedAt: m.mergedAt,
  }))
}

/** The revisions held for `cycle`'s periods, as the reporting matrix takes them. */
export function mergedRevisionsIn(state: BoardState, cycle: CollectionCycle): MergedRevision[] {
  return state.merged
    .filter((m) => periodInCycle(cycle, m.kind, m.period))
    .map((m) => ({
      institutionId: m.institutionId,
      kind: m.kind,
      periodKey: periodKey(m.period),
      periodLabel: m.period.label,
      revision: m.revision,
      receivedOn: m.mergedAt.slice(0, 10),
    }))
}

/** The state with every file the decisions merge added, as merged at `now`. */
export function withMerged(
  state: BoardState,
  decisions: readonly ImportDecision[],
  cycleId: string,
  now: Date,
): BoardState {
  const mergedAt = now.toISOString()
  const added = decisions.flatMap((d): MergedSubmission[] => {
    const { check } = d.file
    if (!d.merged || check.outcome !== 'intact') return []
    const { header } = check.submission
    return [
      {
        institutionId: header.institution.id,
        institutionName: header.institution.name,
        kind: header.role,
        period: header.period,
        revision: header.revision,
        submissionId: header.submissionId,
        keyId: check.keyId,
        payloadHash: check.payloadHash,
        fileSha256: d.file.sha256,
        fileName: d.file.name,
        mergedAt,
        cycleId,
        signed: { ...check.signed },
      },
    ]
  })
  return { ...state, merged: [...state.merged, ...added] }
}

/**
 * The submissions in force: per institution, kind and period the highest revision held, with
 * its payload hash (what the analysis is built from, every cycle's alike). Each was checked
 * against its signature when the state was read or the file merged.
 */
export async function submissionsInForce(
  state: BoardState,
): Promise<{ submission: Submission; payloadHash: string }[]> {
  const latest = new Map<string, MergedSubmission>()
  for (const m of state.merged) {
    const key = ratchetKeyOf(m.institutionId, m.kind, periodKey(m.period))
    const held = latest.get(key)
    if (!held || m.revision > held.revision) latest.set(key, m)
  }
  const found: { submission: Submission; payloadHash: string }[] = []
  for (const m of latest.values()) {
    const opened = await openSignedPayload(
      {
        payload: m.signed.payload,
        formatVersion: m.signed.formatVersion,
        publicKeyRaw: fromBase64(m.signed.publicKey),
        signature: fromBase64(m.signed.signature),
      },
      SUBMISSION_PAYLOAD,
    )
    // Checked when the state was read or the file merged: failing now is a fault, not bad input.
    if (!opened.ok) throw new Error(`The held revision ${m.fileName} no longer verifies.`)
    found.push({ submission: opened.value, payloadHash: m.payloadHash })
  }
  return found
}
