// What becomes of each file in an import batch: exactly one status, with its reasons, decided
// from what verification found, what the trust registry says of the signer, the cycle being
// collected and what the board already holds. Pure: the same batch against the same holdings
// always gives the same decisions, and nothing is stored here (Merge stores the accepted ones).
//
// The revision ratchet: per institution, report kind and period, the highest accepted revision
// wins; a lower one is refused, the same revision with other content is a conflict, and a file
// whose payload the board already holds changes nothing.
import type { KeyId } from '../domain/ids'
import { periodKey } from '../domain/periods'
import type { Submission } from '../submission/payload'
import type { SignedEvidence } from '../workbook/verify'
import { trustOf, type TrustRegistry } from '../trust/registry'
import { day, findInstitution, spoken } from '../trust/registry-file'
import { periodInCycle, describeCycleWindow, type CollectionCycle, type ReportKind } from './cycle'

export const IMPORT_STATUSES = [
  'accepted',
  'newer-revision',
  'identical',
  'older-revision',
  'conflict',
  'tampered',
  'unknown-signer',
  'key-changed',
  'revoked-key',
  'outside-cycle',
  'not-a-submission',
  'unreadable',
] as const
export type ImportStatus = (typeof IMPORT_STATUSES)[number]

export const IMPORT_STATUS_LABELS: Record<ImportStatus, string> = {
  accepted: 'Accepted',
  'newer-revision': 'Accepted as a newer revision',
  identical: 'Identical to one already merged',
  'older-revision': 'Older revision refused',
  conflict: 'Conflict',
  tampered: 'Tampered',
  'unknown-signer': 'Unknown signer',
  'key-changed': 'Key changed',
  'revoked-key': 'Revoked key',
  'outside-cycle': 'Outside this cycle',
  'not-a-submission': 'Not a submission',
  unreadable: 'Unreadable',
}

/** Statuses whose file Merge stores. */
export const MERGED_STATUSES: ReadonlySet<ImportStatus> = new Set(['accepted', 'newer-revision'])

/** What verification made of one file. */
export type FileCheck =
  /** The safe reader refused it (damaged, hostile, too large, not a zip…). */
  | { readonly outcome: 'unreadable'; readonly reasons: readonly string[] }
  /** A readable workbook that carries no signed submission (a blank template, any other file). */
  | { readonly outcome: 'not-a-submission'; readonly reasons: readonly string[] }
  /** The signature fails, or the visible cells differ from the payload: every change named. */
  | { readonly outcome: 'tampered'; readonly reasons: readonly string[] }
  | {
      readonly outcome: 'intact'
      readonly submission: Submission
      /** Hex SHA-256 of the canonical payload bytes the signature covers. */
      readonly payloadHash: string
      readonly keyId: KeyId
      /** The signed payload as the file carries it: the evidence Merge keeps. */
      readonly signed: SignedEvidence
    }

export interface IncomingFile {
  /** Unique within the batch (the UI's row id). */
  readonly id: string
  /** As the user knows it: "AHWG_…_r2.xlsx", or "Re: figures.eml › AHWG_…_r2.xlsx". */
  readonly name: string
  /** Hex SHA-256 of the file's bytes. */
  readonly sha256: string
  readonly check: FileCheck
}

/** One revision the board holds (merged earlier). */
export interface HeldRevision {
  readonly ratchetKey: string
  readonly revision: number
  readonly payloadHash: string
  readonly submissionId: string
  readonly fileName: string
  /** When the board merged it (ISO timestamp). */
  readonly mergedAt: string
}

export interface ImportDecision {
  readonly file: IncomingFile
  readonly status: ImportStatus
  /** Why, in staff's words; tampered files name every changed cell. */
  readonly reasons: readonly string[]
  /** Set once the file is known to be an intact submission. */
  readonly submission?: Submission | undefined
  readonly ratchetKey?: string | undefined
  /** Newer revision: the revision it replaces. */
  readonly replaces?: HeldRevision | undefined
  /** Conflict: what it conflicts with (a held revision, or another file of this batch). */
  readonly conflictsWith?:
    | { readonly held: HeldRevision }
    | { readonly fileId: string; readonly fileName: string }
    | undefined
  /** Whether Merge stores this file. */
  readonly merged: boolean
}

export interface BatchContext {
  readonly registry: TrustRegistry
  readonly cycle: CollectionCycle
  /** Every revision the board holds, of every submission. */
  readonly held: readonly HeldRevision[]
}

/** The ratchet's key: institution, report kind and period. */
export function ratchetKey(submission: Submission): string {
  const { header } = submission
  return ratchetKeyOf(header.institution.id, header.role, periodKey(header.period))
}

/** The same key from its parts, for revisions held without their whole submission at hand. */
export function ratchetKeyOf(institutionId: string, kind: ReportKind, period: string): string {
  return `${institutionId}|${kind}|${period}`
}

interface Candidate {
  readonly file: IncomingFile
  readonly submission: Submission
  readonly payloadHash: string
  readonly key: string
}

/** Decides every file of a batch, in the order given. */
export function decideBatch(
  files: readonly IncomingFile[],
  context: BatchContext,
): ImportDecision[] {
  const decided = new Map<string, ImportDecision>()
  const candidates: Candidate[] = []
  for (const file of files) {
    const early = decideAlone(file, context)
    if ('status' in early) decided.set(file.id, early)
    else candidates.push(early)
  }
  const byKey = new Map<string, Candidate[]>()
  for (const c of candidates) byKey.set(c.key, [...(byKey.get(c.key) ?? []), c])
  for (const [key, group] of byKey) {
    for (const decision of ratchet(key, group, context.held))
      decided.set(decision.file.id, decision)
  }
  return files.map((f) => decided.get(f.id)!)
}

function decision(
  file: IncomingFile,
  status: ImportStatus,
  reasons: readonly string[],
  extra: Partial<Omit<ImportDecision, 'file' | 'status' | 'reasons' | 'merged'>> = {},
): ImportDecision {
  return { file, status, reasons, ...extra, merged: MERGED_STATUSES.has(status) }
}

/** Everything that does not depend on the other files: the file itself, its signer, its period. */
function decideAlone(file: IncomingFile, context: BatchContext): ImportDecision | Candidate {
  const { check } = file
  switch (check.outcome) {
    case 'unreadable':
    case 'not-a-submission':
    case 'tampered':
      return decision(file, check.outcome, check.reasons)
    case 'intact':
      break
  }
  const { submission } = check
  const { header } = submission
  const key = ratchetKey(submission)
  const trust = signerVerdict(context.registry, header.institution.id, check.keyId)
  if (trust) {
    return decision(file, trust.status, [trust.message], { submission, ratchetKey: key })
  }
  const kind: ReportKind = header.role
  if (!periodInCycle(context.cycle, kind, header.period)) {
    return decision(
      file,
      'outside-cycle',
      [
        `${header.institution.name} reports ${header.period.label}; this cycle collects ${describeCycleWindow(context.cycle)}.`,
      ],
      { submission, ratchetKey: key },
    )
  }
  return { file, submission, payloadHash: check.payloadHash, key }
}

/**
 * What the registry says of the signer, as a refusal, or null when the key is pinned for the
 * institution. Another key for an institution that has a pinned one is a changed key, blocking,
 * even when its key card has been imported and waits for confirmation; without a pinned key it
 * is first contact.
 */
function signerVerdict(
  registry: TrustRegistry,
  institutionId: string,
  keyId: string,
): { status: ImportStatus; message: string } | null {
  const trust = trustOf(registry, institutionId, keyId)
  switch (trust.level) {
    case 'trusted':
      return null
    case 'revoked':
      return { status: 'revoked-key', message: trust.message }
    case 'unknown-institution':
      return { status: 'unknown-signer', message: trust.message }
    case 'unknown-key':
      return {
        status: trust.knownKeys.some((k) => k.status === 'pinned')
          ? 'key-changed'
          : 'unknown-signer',
        message: trust.message,
      }
    case 'pending': {
      const pinned = (findInstitution(registry, institutionId)?.keys ?? []).filter(
        (k) => k.status === 'pinned',
      )
      if (pinned.length === 0) return { status: 'unknown-signer', message: trust.message }
      return {
        status: 'key-changed',
        message:
          `WARNING: this file is signed with a new key for ${trust.institutionName} ` +
          `(fingerprint ${spoken(keyId)}), not the one the board pins ` +
          `(${pinned.map((k) => spoken(k.keyId)).join(' and ')}). Its key card was imported on ` +
          `${day(trust.key.addedAt)} and has not been confirmed. Do not accept it until you have ` +
          `called your contact at ${trust.institutionName}, using a number you already have, and compared fingerprints.`,
      }
    }
  }
}

const revisionText = (h: HeldRevision) =>
  `revision ${h.revision} (merged ${h.mergedAt.slice(0, 10)} from ${h.fileName})`

/** The revision ratchet for one institution, kind and period. */
function ratchet(
  key: string,
  group: readonly Candidate[],
  allHeld: readonly HeldRevision[],
): ImportDecision[] {
  const held = allHeld.filter((h) => h.ratchetKey === key)
  const heldByHash = new Map(held.map((h) => [h.payloadHash, h]))
  const top = held.reduce<HeldRevision | undefined>(
    (best, h) => (best === undefined || h.revision > best.revision ? h : best),
    undefined,
  )
  const out: ImportDecision[] = []
  const open: Candidate[] = []
  const firstOfHash = new Map<string, Candidate>()
  for (const c of group) {
    const same = heldByHash.get(c.payloadHash)
    const extra = { submission: c.submission, ratchetKey: key }
    const revision = c.submission.header.revision
    if (same) {
      out.push(
        decision(
          c.file,
          'identical',
          [
            `The board already holds this exact submission: ${revisionText(same)}. Nothing changes.`,
          ],
          extra,
        ),
      )
    } else if (top && revision < top.revision) {
      out.push(
        decision(
          c.file,
          'older-revision',
          [`This is revision ${revision}; the board already holds ${revisionText(top)}.`],
          extra,
        ),
      )
    } else if (top && revision === top.revision) {
      out.push(
        decision(
          c.file,
          'conflict',
          [
            `This is revision ${revision}, but its figures differ from the ${revisionText(top)}. Ask the partner which is right, and for a new revision.`,
          ],
          { ...extra, conflictsWith: { held: top } },
        ),
      )
    } else {
      const earlier = firstOfHash.get(c.payloadHash)
      if (earlier) {
        out.push(
          decision(
            c.file,
            'identical',
            [`The same submission as ${earlier.file.name}, earlier in this batch.`],
            extra,
          ),
        )
      } else {
        firstOfHash.set(c.payloadHash, c)
        open.push(c)
      }
    }
  }
  if (open.length === 0) return out
  const best = Math.max(...open.map((c) => c.submission.header.revision))
  const atBest = open.filter((c) => c.submission.header.revision === best)
  for (const c of open) {
    const extra = { submission: c.submission, ratchetKey: key }
    const revision = c.submission.header.revision
    if (revision < best) {
      const newer = atBest[0]!
      out.push(
        decision(
          c.file,
          'older-revision',
          [`This is revision ${revision}; ${newer.file.name} in this batch is revision ${best}.`],
          extra,
        ),
      )
    } else if (atBest.length > 1) {
      const other = atBest.find((o) => o !== c)!
      out.push(
        decision(
          c.file,
          'conflict',
          [
            `${other.file.name} in this batch is also revision ${revision}, with other figures. Exclude the wrong one, or ask the partner for a new revision.`,
          ],
          { ...extra, conflictsWith: { fileId: other.file.id, fileName: other.file.name } },
        ),
      )
    } else if (top) {
      out.push(
        decision(
          c.file,
          'newer-revision',
          [`Revision ${revision} replaces ${revisionText(top)}.`],
          { ...extra, replaces: top },
        ),
      )
    } else {
      const { header } = c.submission
      out.push(
        decision(
          c.file,
          'accepted',
          [
            `Signed by ${header.institution.name} with a pinned key; revision ${revision} of ${header.period.label}.`,
          ],
          extra,
        ),
      )
    }
  }
  return out
}
