// The board's merged dataset: every revision it merged, with the evidence that proves it (the
// signed payload as signed, the signature and key, the original file), and the audit log of
// every import decision. Merge is one transaction: a batch is stored whole or not at all, and
// the revision ratchet is checked again inside it against what is stored by then.
import { fromBase64 } from '../../shared/crypto/bytes'
import { fingerprint } from '../../shared/crypto/keys'
import { verify } from '../../shared/crypto/sign'
import { localIsoDate, periodKey } from '../../shared/domain/periods'
import {
  AuditEntry,
  matchesAudit,
  type AuditFilter,
  type StaffMember,
} from '../../shared/intake/audit'
import { periodInCycle, type CollectionCycle } from '../../shared/intake/cycle'
import { payloadHash as payloadHashOf, sha256Hex } from '../../shared/intake/file-check'
import type { MergedRevision } from '../../shared/intake/matrix'
import {
  IMPORT_STATUS_LABELS,
  decideBatch,
  type HeldRevision,
  type ImportDecision,
} from '../../shared/intake/statuses'
import { openSignedPayload } from '../../shared/submission/format-upgrade'
import { SUBMISSION_PAYLOAD, type Submission } from '../../shared/submission/payload'
import { HeldSubmission, SubmissionEvidence } from './board-records'
import { workingCycle } from './cycle-repository'
import type { AppDatabase } from './database'
import { loadRegistry } from './trust-repository'

/**
 * The bytes of one file of a batch, by the IncomingFile's id (its signed parts travel in the
 * intact FileCheck). The original file is kept as evidence, so Merge needs its bytes.
 */
export interface MergeFile {
  readonly fileId: string
  readonly bytes: Uint8Array
}

export type MergeOutcome =
  | {
      readonly ok: true
      readonly batchId: string
      /** The decisions as stored (the same statuses as given). */
      readonly decisions: readonly ImportDecision[]
      readonly merged: readonly HeldSubmission[]
    }
  | {
      readonly ok: false
      /**
       * What is stored changed since the dry run (another window merged, a key was confirmed or
       * revoked, the working cycle changed): nothing was stored, and these are the decisions now.
       */
      readonly decisions: readonly ImportDecision[]
      readonly changed: readonly { fileName: string; was: string; now: string }[]
      readonly message: string
    }

/** Evidence that does not belong to its decision: a mistake in the caller, never stored. */
export class MergeError extends Error {
  override readonly name = 'MergeError'
}

export function heldId(ratchetKey: string, revision: number): string {
  return `${ratchetKey}#r${revision}`
}

function toHeldRevision(h: HeldSubmission): HeldRevision {
  return {
    ratchetKey: h.ratchetKey,
    revision: h.revision,
    payloadHash: h.payloadHash,
    submissionId: h.submissionId,
    fileName: h.fileName,
    mergedAt: h.mergedAt,
  }
}

/** Every held submission, oldest merge first. */
export async function listHeld(db: AppDatabase): Promise<HeldSubmission[]> {
  const rows = await db.heldSubmissions.toArray()
  return rows
    .map((r) => HeldSubmission.parse(r))
    .sort((a, b) => a.mergedAt.localeCompare(b.mergedAt) || a.id.localeCompare(b.id))
}

/** What the ratchet needs: every revision the board holds, of every submission. */
export async function heldRevisions(db: AppDatabase): Promise<HeldRevision[]> {
  return (await listHeld(db)).map(toHeldRevision)
}

/** Every held revision of one institution, kind and period, lowest revision first. */
export async function revisionsOf(db: AppDatabase, ratchetKey: string): Promise<HeldSubmission[]> {
  const rows = await db.heldSubmissions.where('ratchetKey').equals(ratchetKey).toArray()
  return rows.map((r) => HeldSubmission.parse(r)).sort((a, b) => a.revision - b.revision)
}

/** The revisions the reporting matrix counts for a cycle: those whose period it collects. */
export function mergedRevisionsIn(
  cycle: CollectionCycle,
  held: readonly HeldSubmission[],
): MergedRevision[] {
  return held
    .filter((h) => periodInCycle(cycle, h.kind, h.period))
    .map((h) => ({
      institutionId: h.institutionId,
      kind: h.kind,
      periodKey: h.periodKey,
      periodLabel: h.period.label,
      revision: h.revision,
      receivedOn: h.receivedOn,
    }))
}

/** A held submission read back from its evidence, whose signature is checked again. */
export async function loadHeldSubmission(
  db: AppDatabase,
  id: string,
): Promise<{ held: HeldSubmission; submission: Submission }> {
  const [row, evidenceRow] = await db.transaction('r', db.heldSubmissions, db.evidence, () =>
    Promise.all([db.heldSubmissions.get(id), db.evidence.get(id)]),
  )
  if (!row || !evidenceRow) throw new Error('The board holds no such submission.')
  const held = HeldSubmission.parse(row)
  return { held, submission: await openEvidence(held, evidenceRow) }
}

/** The submission a held revision's evidence carries, its signature checked again. */
async function openEvidence(held: HeldSubmission, row: unknown): Promise<Submission> {
  const evidence = SubmissionEvidence.parse(row)
  const opened = await openSignedPayload(
    {
      payload: evidence.payload,
      formatVersion: evidence.formatVersion,
      publicKeyRaw: fromBase64(evidence.publicKey),
      signature: fromBase64(evidence.signature),
    },
    SUBMISSION_PAYLOAD,
  )
  if (!opened.ok) {
    throw new Error(
      `The stored evidence of ${held.fileName} no longer verifies: ${opened.problems[0]?.message ?? ''}`,
    )
  }
  return opened.value
}

/**
 * Held revisions never change once merged (a revision is stored once, under its own id), so a
 * submission read back from its evidence is kept here and the evidence (with the original file's
 * bytes) is read only for revisions not read before. Keyed per database, by held id and payload
 * hash (a restored backup may hold another file under the same id).
 */
const openedEvidence = new WeakMap<AppDatabase, Map<string, Submission>>()
const openedKey = (held: HeldSubmission) => `${held.id}@${held.payloadHash}`

/**
 * What the analysis reads: the highest revision held of every institution, report kind and
 * period, of every cycle (earlier years feed the multi-year rates), each read back from its
 * evidence.
 */
export async function latestHeldSubmissions(db: AppDatabase): Promise<Submission[]> {
  let cache = openedEvidence.get(db)
  if (!cache) openedEvidence.set(db, (cache = new Map<string, Submission>()))
  const known = cache
  const { latest, evidence } = await db.transaction(
    'r',
    db.heldSubmissions,
    db.evidence,
    async () => {
      const highest = new Map<string, HeldSubmission>()
      for (const row of await db.heldSubmissions.toArray()) {
        const held = HeldSubmission.parse(row)
        const kept = highest.get(held.ratchetKey)
        if (!kept || kept.revision < held.revision) highest.set(held.ratchetKey, held)
      }
      const latest = [...highest.values()].sort((a, b) => a.id.localeCompare(b.id))
      const unread = latest.filter((h) => !known.has(openedKey(h))).map((h) => h.id)
      const rows = await db.evidence.bulkGet(unread)
      return { latest, evidence: new Map(unread.map((id, i) => [id, rows[i]])) }
    },
  )
  return Promise.all(
    latest.map(async (held) => {
      const cached = known.get(openedKey(held))
      if (cached) return cached
      const row = evidence.get(held.id)
      if (!row) throw new Error(`The evidence of ${held.fileName} is missing from this computer.`)
      const submission = await openEvidence(held, row)
      known.set(openedKey(held), submission)
      return submission
    }),
  )
}

/** The held submission of one revision, read back from its evidence; undefined when not held. */
export async function heldSubmissionAt(
  db: AppDatabase,
  ratchetKey: string,
  revision: number,
): Promise<Submission | undefined> {
  const id = heldId(ratchetKey, revision)
  if (!(await db.heldSubmissions.get(id))) return undefined
  return (await loadHeldSubmission(db, id)).submission
}

/** The original workbook as the board received it, to save back out. */
export async function originalFile(
  db: AppDatabase,
  id: string,
): Promise<{ fileName: string; bytes: Uint8Array }> {
  const [row, evidenceRow] = await db.transaction('r', db.heldSubmissions, db.evidence, () =>
    Promise.all([db.heldSubmissions.get(id), db.evidence.get(id)]),
  )
  if (!row || !evidenceRow) throw new Error('The board holds no such submission.')
  return { fileName: row.fileName, bytes: evidenceRow.fileBytes }
}

interface Prepared {
  readonly held: HeldSubmission
  readonly evidence: SubmissionEvidence
}

/** Checks, outside the transaction (hashing is asynchronous), that each file's evidence is its own. */
async function prepare(
  decision: ImportDecision,
  file: MergeFile | undefined,
  who: StaffMember,
  now: Date,
  cycleId: string,
): Promise<Prepared> {
  const { check, name } = decision.file
  if (!file) throw new MergeError(`${name}: its bytes were not given to Merge.`)
  if (check.outcome !== 'intact' || !decision.ratchetKey) {
    throw new MergeError(`${name}: only an intact submission can be merged.`)
  }
  const evidence = check.signed
  const publicKeyRaw = fromBase64(evidence.publicKey)
  const [fileSha, payloadHash, keyId, signed] = await Promise.all([
    sha256Hex(file.bytes),
    payloadHashOf(evidence.payload),
    fingerprint(publicKeyRaw),
    verify(
      publicKeyRaw,
      new TextEncoder().encode(evidence.payload),
      fromBase64(evidence.signature),
    ),
  ])
  if (fileSha !== decision.file.sha256)
    throw new MergeError(`${name}: its bytes are not the file that was checked.`)
  if (payloadHash !== check.payloadHash || keyId !== check.keyId || !signed) {
    throw new MergeError(`${name}: its signed parts are not the ones that were checked.`)
  }
  const { header } = check.submission
  const id = heldId(decision.ratchetKey, header.revision)
  return {
    held: HeldSubmission.parse({
      id,
      ratchetKey: decision.ratchetKey,
      institutionId: header.institution.id,
      institutionName: header.institution.name,
      kind: header.role,
      period: header.period,
      periodKey: periodKey(header.period),
      revision: header.revision,
      submissionId: header.submissionId,
      supersedes: header.supersedes,
      keyId,
      payloadHash,
      fileName: name.slice(0, 500),
      fileSha256: fileSha,
      fileSize: file.bytes.byteLength,
      mergedAt: now.toISOString(),
      receivedOn: localIsoDate(now),
      mergedBy: who,
      cycleId,
    }),
    evidence: SubmissionEvidence.parse({
      id,
      payload: evidence.payload,
      formatVersion: evidence.formatVersion,
      signature: evidence.signature,
      publicKey: evidence.publicKey,
      fileBytes: new Uint8Array(file.bytes),
    }),
  }
}

function auditEntryOf(
  d: ImportDecision,
  context: { batchId: string; at: string; who: StaffMember; cycleId: string },
): Omit<AuditEntry, 'seq'> {
  const header = d.submission?.header
  const entry: Omit<AuditEntry, 'seq'> = {
    ...context,
    fileName: d.file.name.slice(0, 500),
    fileSha256: d.file.sha256,
    status: d.status,
    // The log keeps what staff were told, bounded so one hostile file cannot bloat it.
    reasons: d.reasons.slice(0, 500).map((r) => r.slice(0, 5000)),
    merged: d.merged,
  }
  if (header) {
    Object.assign(entry, {
      institutionId: header.institution.id,
      institutionName: header.institution.name,
      kind: header.role,
      periodKey: periodKey(header.period),
      periodLabel: header.period.label,
      revision: header.revision,
    })
  }
  if (d.replaces) entry.replacedRevision = d.replaces.revision
  if (d.merged && d.ratchetKey && header) entry.heldId = heldId(d.ratchetKey, header.revision)
  return AuditEntry.omit({ seq: true }).parse(entry)
}

/**
 * Stores every merged decision's evidence and an audit entry for every decision, in one
 * transaction. Inside it the batch is decided again against the registry, working cycle and
 * revisions stored then; if any status differs from the dry run, nothing is stored and the
 * new decisions are returned for staff to review.
 */
export async function mergeBatch(
  db: AppDatabase,
  decisions: readonly ImportDecision[],
  files: readonly MergeFile[],
  who: StaffMember,
  now: Date,
): Promise<MergeOutcome> {
  const cycleBefore = await workingCycle(db)
  if (!cycleBefore) throw new MergeError('Define a collection cycle before merging.')
  const byId = new Map(files.map((f) => [f.fileId, f]))
  const prepared = new Map<string, Prepared>()
  for (const d of decisions) {
    if (d.merged)
      prepared.set(d.file.id, await prepare(d, byId.get(d.file.id), who, now, cycleBefore.id))
  }
  const batchId = globalThis.crypto.randomUUID()
  const tables = [
    db.trustRegistry,
    db.cycles,
    db.settings,
    db.heldSubmissions,
    db.evidence,
    db.auditLog,
  ]
  return db.transaction('rw', tables, async (): Promise<MergeOutcome> => {
    const cycle = await workingCycle(db)
    const registry = await loadRegistry(db)
    const held = await heldRevisions(db)
    const fresh = cycle
      ? decideBatch(
          decisions.map((d) => d.file),
          { registry, cycle, held },
        )
      : []
    const changed = cycle
      ? fresh.flatMap((f, i) => {
          const was = decisions[i]?.status
          return was === f.status
            ? []
            : [
                {
                  fileName: f.file.name,
                  was: was ? IMPORT_STATUS_LABELS[was] : '',
                  now: IMPORT_STATUS_LABELS[f.status],
                },
              ]
        })
      : decisions.map((d) => ({
          fileName: d.file.name,
          was: IMPORT_STATUS_LABELS[d.status],
          now: '',
        }))
    if (!cycle || cycle.id !== cycleBefore.id || changed.length > 0) {
      return {
        ok: false,
        decisions: fresh,
        changed,
        message:
          'Nothing was merged: what the board holds changed since these files were checked (another window merged files, a key or the working cycle changed). Review the list again, then merge.',
      }
    }
    const rows = fresh.flatMap((d) => {
      const p = d.merged ? prepared.get(d.file.id) : undefined
      return p ? [p] : []
    })
    await db.heldSubmissions.bulkAdd(rows.map((r) => r.held))
    await db.evidence.bulkAdd(rows.map((r) => r.evidence))
    const context = { batchId, at: now.toISOString(), who, cycleId: cycle.id }
    await db.auditLog.bulkAdd(fresh.map((d) => auditEntryOf(d, context)))
    return { ok: true, batchId, decisions: fresh, merged: rows.map((r) => r.held) }
  })
}

/** The audit log, newest first, with the filters applied. */
export async function listAudit(db: AppDatabase, filter: AuditFilter = {}): Promise<AuditEntry[]> {
  const rows = await db.auditLog.toArray()
  return rows
    .map((r) => AuditEntry.parse(r))
    .filter((e) => matchesAudit(e, filter))
    .sort((a, b) => b.seq - a.seq)
}
