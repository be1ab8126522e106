import { afterEach, describe, expect, it } from 'vitest'
import { decideBatch, type IncomingFile } from '../../shared/intake/statuses'
import {
  MergeError,
  heldRevisions,
  heldSubmissionAt,
  listAudit,
  listHeld,
  loadHeldSubmission,
  mergeBatch,
  originalFile,
  revisionsOf,
  type MergeFile,
} from './board-repository'
import {
  NOW,
  STAFF,
  deleteBoardDatabases,
  freshBoardDatabase,
  pinnedPartner,
  refusedFile,
  signedFile,
  workingCycleFor,
} from './board-test-data'
import { workingCycle } from './cycle-repository'
import type { AppDatabase } from './database'
import { loadRegistry } from './trust-repository'

afterEach(deleteBoardDatabases)

type Batch = { file: IncomingFile; merge: MergeFile }[]

/** The dry run, as the import screen makes it: decided against what is stored now. */
async function dryRun(db: AppDatabase, batch: Batch) {
  const cycle = await workingCycle(db)
  if (!cycle) throw new Error('no cycle')
  return decideBatch(
    batch.map((b) => b.file),
    { registry: await loadRegistry(db), cycle, held: await heldRevisions(db) },
  )
}

async function merge(db: AppDatabase, batch: Batch, at = NOW) {
  return mergeBatch(
    db,
    await dryRun(db, batch),
    batch.map((b) => b.merge),
    STAFF,
    at,
  )
}

async function board() {
  const db = freshBoardDatabase()
  const college = await pinnedPartner(db, 'hcc-fictional', 'education')
  const hospital = await pinnedPartner(db, 'hmc-fictional', 'employer')
  await workingCycleFor(db, [college, hospital])
  return { db, college, hospital }
}

async function counts(db: AppDatabase) {
  return {
    held: await db.heldSubmissions.count(),
    evidence: await db.evidence.count(),
    audit: await db.auditLog.count(),
  }
}

describe('mergeBatch', () => {
  it('stores each accepted file with its evidence and audits every decision', async () => {
    const { db, college, hospital } = await board()
    const good = await signedFile(college)
    const batch = [
      good,
      await signedFile(hospital),
      await refusedFile('tampered', ['Programs!E7 changed after signing: 24 → 42']),
    ]
    const outcome = await merge(db, batch)
    expect(outcome.ok).toBe(true)
    expect(await counts(db)).toEqual({ held: 2, evidence: 2, audit: 3 })

    const audit = await listAudit(db)
    expect(audit.map((e) => e.status).sort()).toEqual(['accepted', 'accepted', 'tampered'])
    const tampered = audit.find((e) => e.status === 'tampered')
    expect(tampered).toMatchObject({
      who: STAFF,
      cycleId: 'AY2025-26',
      merged: false,
      fileSha256: batch[2]!.file.sha256,
      reasons: ['Programs!E7 changed after signing: 24 → 42'],
    })

    const [first] = await revisionsOf(db, 'hcc-fictional|education|AY2025-26')
    expect(first).toMatchObject({ revision: 1, mergedBy: STAFF, fileName: good.file.name })
    // The evidence verifies again and gives back the submission; the file comes back byte for byte.
    const loaded = await loadHeldSubmission(db, first!.id)
    expect(loaded.submission).toEqual(
      good.file.check.outcome === 'intact' && good.file.check.submission,
    )
    expect(await heldSubmissionAt(db, first!.ratchetKey, 1)).toEqual(loaded.submission)
    expect(await heldSubmissionAt(db, first!.ratchetKey, 2)).toBeUndefined()
    expect(await originalFile(db, first!.id)).toEqual({
      fileName: good.file.name,
      bytes: good.merge.bytes,
    })
  })

  it('changes nothing when the same file is imported again: the second time it is identical', async () => {
    const { db, college } = await board()
    const file = await signedFile(college)
    await merge(db, [file])
    const before = await listHeld(db)
    // The same submission in other bytes (re-saved by Excel) is the same submission.
    const again = [await signedFile(college, { copy: 1 })]
    const decisions = await dryRun(db, again)
    expect(decisions.map((d) => d.status)).toEqual(['identical'])
    const outcome = await mergeBatch(
      db,
      decisions,
      again.map((b) => b.merge),
      STAFF,
      NOW,
    )
    expect(outcome.ok).toBe(true)
    expect(await listHeld(db)).toEqual(before)
    expect((await listAudit(db)).map((e) => e.status)).toEqual(['identical', 'accepted'])
  })

  it('keeps a newer revision beside the one it replaces, and audits what it replaced', async () => {
    const { db, college } = await board()
    await merge(db, [await signedFile(college)])
    await merge(db, [await signedFile(college, { revision: 2, variant: 1 })])
    const revisions = await revisionsOf(db, 'hcc-fictional|education|AY2025-26')
    expect(revisions.map((r) => r.revision)).toEqual([1, 2])
    const [latest] = await listAudit(db)
    expect(latest).toMatchObject({
      status: 'newer-revision',
      revision: 2,
      replacedRevision: 1,
      merged: true,
    })
  })

  it('leaves nothing behind when a write fails in the middle of a batch', async () => {
    const { db, college, hospital } = await board()
    const batch = [await signedFile(college), await signedFile(hospital)]
    const decisions = await dryRun(db, batch)
    let written = 0
    // The second file's evidence cannot be written (the disk fills, the window closes…).
    db.evidence.hook('creating', () => {
      written += 1
      if (written === 2) throw new Error('QuotaExceededError')
    })
    await expect(
      mergeBatch(
        db,
        decisions,
        batch.map((b) => b.merge),
        STAFF,
        NOW,
      ),
    ).rejects.toThrow('QuotaExceededError')
    expect(await counts(db)).toEqual({ held: 0, evidence: 0, audit: 0 })
  })

  it('checks the ratchet again inside the transaction: a batch decided before another window merged stores nothing', async () => {
    const { db, college } = await board()
    const first = [await signedFile(college)]
    const staleDecisions = await dryRun(db, first)
    expect(staleDecisions.map((d) => d.status)).toEqual(['accepted'])
    // Meanwhile another window merges revision 2 of the same period.
    await merge(db, [await signedFile(college, { revision: 2, variant: 1 })])
    const before = await counts(db)

    const outcome = await mergeBatch(
      db,
      staleDecisions,
      first.map((b) => b.merge),
      STAFF,
      NOW,
    )
    expect(outcome.ok).toBe(false)
    if (outcome.ok) return
    expect(outcome.decisions.map((d) => d.status)).toEqual(['older-revision'])
    expect(outcome.changed).toEqual([
      { fileName: first[0]!.file.name, was: 'Accepted', now: 'Older revision refused' },
    ])
    expect(await counts(db)).toEqual(before)
  })

  it('stores nothing for a key revoked after the dry run', async () => {
    const { db, college } = await board()
    const batch = [await signedFile(college)]
    const decisions = await dryRun(db, batch)
    const { revokeRegistryKey } = await import('./trust-repository')
    await revokeRegistryKey(
      db,
      { institutionId: college.id, keyId: college.signer.keyId, who: STAFF },
      NOW,
    )
    const outcome = await mergeBatch(
      db,
      decisions,
      batch.map((b) => b.merge),
      STAFF,
      NOW,
    )
    expect(outcome.ok).toBe(false)
    if (!outcome.ok) expect(outcome.decisions[0]?.status).toBe('revoked-key')
    expect(await counts(db)).toEqual({ held: 0, evidence: 0, audit: 0 })
  })

  it('refuses evidence that is not the file that was checked, before storing anything', async () => {
    const { db, college, hospital } = await board()
    const a = await signedFile(college)
    const b = await signedFile(hospital)
    const decisions = await dryRun(db, [a, b])
    // The bytes of one file given for the other.
    await expect(
      mergeBatch(db, decisions, [a.merge, { ...b.merge, bytes: a.merge.bytes }], STAFF, NOW),
    ).rejects.toBeInstanceOf(MergeError)
    // Signed parts of another submission under the second file's check.
    const [da, db2] = decisions
    if (a.file.check.outcome !== 'intact' || b.file.check.outcome !== 'intact') throw new Error()
    const swapped = {
      ...db2!,
      file: { ...db2!.file, check: { ...b.file.check, signed: a.file.check.signed } },
    }
    await expect(mergeBatch(db, [da!, swapped], [a.merge, b.merge], STAFF, NOW)).rejects.toThrow(
      /signed parts are not the ones that were checked/,
    )
    expect(await counts(db)).toEqual({ held: 0, evidence: 0, audit: 0 })
  })

  it('lists the audit log newest first, filtered by cycle, status, institution and text', async () => {
    const { db, college, hospital } = await board()
    await merge(db, [await signedFile(college)])
    await merge(db, [
      await signedFile(hospital),
      await refusedFile('unreadable', ['The file is not a zip archive.']),
    ])
    expect((await listAudit(db)).map((e) => e.seq)).toEqual([3, 2, 1])
    expect(await listAudit(db, { status: 'unreadable' })).toHaveLength(1)
    expect(await listAudit(db, { institutionId: college.id })).toHaveLength(1)
    expect(await listAudit(db, { cycleId: 'AY2024-25' })).toHaveLength(0)
    expect(await listAudit(db, { text: 'not a zip' })).toHaveLength(1)
  })
})
