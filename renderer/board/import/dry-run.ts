// The dry run: what Merge would do with the files staff brought in, decided with the shared
// rules (decideBatch) against what the board holds, and nothing stored until Merge is pressed.
// Excluding a file takes it out of the batch: the others are decided again without it, so a
// conflict between two files of the batch goes once the wrong one is excluded.
import type { CollectionCycle } from '../../../shared/intake/cycle'
import {
  decideBatch,
  type BatchContext,
  type HeldRevision,
  type ImportDecision,
  type ImportStatus,
} from '../../../shared/intake/statuses'
import type { Submission } from '../../../shared/submission/payload'
import type { TrustRegistry } from '../../../shared/trust/registry'
import type { BatchEntry } from './read-batch'

/** What the dry run decides against, read from the board's dataset at one moment. */
export interface ImportHoldings {
  readonly registry: TrustRegistry
  /** The cycle being collected; none yet means nothing can be decided (nor merged). */
  readonly cycle: CollectionCycle | undefined
  readonly held: readonly HeldRevision[]
}

/** The bytes of a file of the batch, by its entry's id: Merge keeps the original file. */
export interface MergeFile {
  readonly fileId: string
  readonly bytes: Uint8Array
}

export type MergeResult =
  | { readonly ok: true; readonly decisions: readonly ImportDecision[] }
  | {
      /** What the board holds changed since the dry run: nothing stored, decided again. */
      readonly ok: false
      readonly decisions: readonly ImportDecision[]
      readonly message: string
    }

/**
 * The board's dataset as the import sees it. The board repository satisfies it (renderer/db):
 * `mergeBatch` stores the merged decisions' evidence and an audit entry for every decision in
 * one transaction, checking the ratchet again inside it.
 */
export interface ImportStore {
  holdings(): Promise<ImportHoldings>
  /** A held revision's submission, to show a conflict with it side by side. */
  heldSubmission(ratchetKey: string, revision: number): Promise<Submission | undefined>
  merge(
    decisions: readonly ImportDecision[],
    files: readonly MergeFile[],
    now: Date,
  ): Promise<MergeResult>
}

/** The decisions on the files staff kept in the batch, in the batch's order. */
export function decideIncluded(
  entries: readonly BatchEntry[],
  excluded: ReadonlySet<string>,
  holdings: ImportHoldings,
): ImportDecision[] {
  if (!holdings.cycle) return []
  const context: BatchContext = {
    registry: holdings.registry,
    cycle: holdings.cycle,
    held: holdings.held,
  }
  // The decisions carry their file: without its bytes, which stay with the batch for Merge.
  const files = entries
    .filter((e) => !excluded.has(e.id))
    .map(({ id, name, sha256, check }) => ({ id, name, sha256, check }))
  return decideBatch(files, context)
}

/** The dry run's summary, DHIS2's way: what Merge would import, update and ignore. */
export interface DryRunSummary {
  /** New submissions. */
  readonly imported: number
  /** Newer revisions that replace one held. */
  readonly updated: number
  /** Identical to one held: nothing changes. */
  readonly unchanged: number
  readonly conflicts: number
  /** Refused for another reason (tampered, untrusted, older, outside the cycle, unreadable). */
  readonly refused: number
  readonly excluded: number
}

const REFUSED: ReadonlySet<ImportStatus> = new Set([
  'older-revision',
  'tampered',
  'unknown-signer',
  'key-changed',
  'revoked-key',
  'outside-cycle',
  'not-a-submission',
  'unreadable',
])

export function dryRunSummary(
  decisions: readonly ImportDecision[],
  excluded: number,
): DryRunSummary {
  const count = (test: (s: ImportStatus) => boolean) =>
    decisions.filter((d) => test(d.status)).length
  return {
    imported: count((s) => s === 'accepted'),
    updated: count((s) => s === 'newer-revision'),
    unchanged: count((s) => s === 'identical'),
    conflicts: count((s) => s === 'conflict'),
    refused: count((s) => REFUSED.has(s)),
    excluded,
  }
}

/** The bytes Merge keeps: those of the files it stores. */
export function mergeFiles(
  decisions: readonly ImportDecision[],
  entries: readonly BatchEntry[],
): MergeFile[] {
  const byId = new Map(entries.map((e) => [e.id, e]))
  return decisions.flatMap((d) => {
    const entry = d.merged ? byId.get(d.file.id) : undefined
    return entry ? [{ fileId: entry.id, bytes: entry.bytes }] : []
  })
}
