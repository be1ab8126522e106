// Review receipts through the repositories of both sides: the board signs one for a merged
// submission and stores it; the partner's computer imports the board's key card and the file,
// and sees it on the period it sent, or is told precisely why not, with nothing stored.
import { afterEach, describe, expect, it } from 'vitest'
import { createKeyCard, keyCardText, type KeyCard } from '../../shared/crypto/key-card'
import { formatFingerprint } from '../../shared/crypto/keys'
import { InstitutionId, SubmissionId } from '../../shared/domain/ids'
import { academicYear } from '../../shared/domain/periods'
import { decideBatch } from '../../shared/intake/statuses'
import { figureAddress } from '../../shared/intake/revision-diff'
import { testSigner, type TestSigner } from '../../shared/workbook/test-fixtures'
import { heldRevisions, listHeld, mergeBatch } from './board-repository'
import {
  NOW,
  STAFF,
  deleteBoardDatabases,
  freshBoardDatabase,
  pinnedPartner,
  signedFile,
  workingCycleFor,
  type BoardPartner,
} from './board-test-data'
import { workingCycle } from './cycle-repository'
import type { AppDatabase } from './database'
import {
  issueReviewReceipt,
  issuedReceiptText,
  listIssuedReceipts,
} from './issued-receipt-repository'
import { saveProfile } from './profile-repository'
import {
  importBoardKeyCard,
  importReceipt,
  listBoardKeyCards,
  periodReview,
  removeBoardKeyCard,
} from './received-receipt-repository'
import { createPeriod, recordExport } from './reporting-repository'
import { loadRegistry } from './trust-repository'

afterEach(deleteBoardDatabases)

const BOARD = {
  id: InstitutionId.parse('masshire-hampden-county-workforce-board'),
  name: 'MassHire Hampden County Workforce Board',
}

async function boardKey(): Promise<{ signer: TestSigner; card: KeyCard }> {
  const signer = await testSigner()
  const card = await createKeyCard({
    institution: BOARD,
    contact: { name: STAFF.name, email: STAFF.email },
    publicKeyRaw: signer.publicKeyRaw,
    now: NOW,
  })
  return { signer, card }
}

/** A board that merged revision 1 of a college's AY 2025–26 report. */
async function boardWithMerge() {
  const db = freshBoardDatabase()
  const college = await pinnedPartner(db, 'college-a', 'education')
  await workingCycleFor(db, [college])
  const { file, merge } = await signedFile(college)
  const cycle = await workingCycle(db)
  if (!cycle) throw new Error('no cycle')
  const decisions = decideBatch([file], {
    registry: await loadRegistry(db),
    cycle,
    held: await heldRevisions(db),
  })
  const merged = await mergeBatch(db, decisions, [merge], STAFF, NOW)
  if (!merged.ok) throw new Error(merged.message)
  const [held] = await listHeld(db)
  if (!held) throw new Error('nothing held')
  return { db, college, held, key: await boardKey() }
}

/** The college's own computer, which exported revisions 1..`sent` of AY 2025–26. */
async function partnerComputer(college: BoardPartner, sent: number, submissionOf1: string) {
  const db = freshBoardDatabase()
  await saveProfile(db, {
    institutionId: college.id,
    role: 'education',
    contactName: 'Pat Registrar',
    contactEmail: 'pat@example.org',
    updatedAt: NOW.toISOString(),
  })
  await createPeriod(db, 'education', academicYear(2025), { now: NOW })
  for (let revision = 1; revision <= sent; revision++) {
    await recordExport(db, {
      id: `AY2025-26#${revision}`,
      periodId: 'AY2025-26',
      revision,
      submissionId: SubmissionId.parse(
        revision === 1 ? submissionOf1 : `00000000-0000-4000-8000-00000000090${revision}`,
      ),
      supersedes: null,
      fileName: `AHWG_college-a_AY2025-26_r${revision}.xlsx`,
      exportedAt: NOW.toISOString(),
      keyId: college.signer.keyId,
    })
  }
  return db
}

const count = async (db: AppDatabase) => db.receivedReceipts.count()

describe('review receipts, the board’s side', () => {
  it('signs a has-issues receipt with questions at the partner’s cells, and lists what it issued', async () => {
    const { db, held, key } = await boardWithMerge()
    const issuer = { board: BOARD, signer: key.signer, staff: STAFF }
    const issued = await issueReviewReceipt(
      db,
      held.id,
      {
        verdict: 'has-issues',
        questions: [{ rowId: 'program-1', measure: 'enrolled', text: 'More enrolled than seats?' }],
      },
      issuer,
      NOW,
    )
    const { submission } = issued.file.receipt
    expect(submission).toMatchObject({
      institution: { id: 'college-a' },
      revision: 1,
      payloadHash: held.payloadHash,
      submissionId: held.submissionId,
    })
    const { loadHeldSubmission } = await import('./board-repository')
    const report = (await loadHeldSubmission(db, held.id)).submission.report
    const at = figureAddress(report, 'program-1', 'enrolled')
    expect(issued.file.receipt.questions).toEqual([
      { rowId: 'program-1', measure: 'enrolled', ...at, text: 'More enrolled than seats?' },
    ])
    expect(issued.issuedBy).toEqual(STAFF)

    await issueReviewReceipt(
      db,
      held.id,
      { verdict: 'accepted', questions: [] },
      issuer,
      new Date('2026-10-12T10:00:00Z'),
    )
    const listed = await listIssuedReceipts(db, [held.id])
    expect(listed.map((r) => r.file.receipt.verdict)).toEqual(['has-issues', 'accepted'])
    expect(JSON.parse(await issuedReceiptText(db, issued.id))).toEqual(issued.file)
  })

  it('refuses a question about a figure the submission does not have, and stores nothing', async () => {
    const { db, held, key } = await boardWithMerge()
    await expect(
      issueReviewReceipt(
        db,
        held.id,
        {
          verdict: 'has-issues',
          questions: [{ rowId: 'program-9', measure: 'enrolled', text: '?' }],
        },
        { board: BOARD, signer: key.signer, staff: STAFF },
      ),
    ).rejects.toThrow(/no figure/)
    expect(await listIssuedReceipts(db, [held.id])).toEqual([])
  })
})

describe('review receipts, the partner’s side', () => {
  async function issued(verdict: 'accepted' | 'has-issues') {
    const setup = await boardWithMerge()
    const receipt = await issueReviewReceipt(
      setup.db,
      setup.held.id,
      verdict === 'accepted'
        ? { verdict, questions: [] }
        : { verdict, questions: [{ rowId: 'program-1', measure: 'seats', text: 'Seats?' }] },
      { board: BOARD, signer: setup.key.signer, staff: STAFF },
      NOW,
    )
    return { ...setup, text: await issuedReceiptText(setup.db, receipt.id) }
  }

  it('holds a board’s key card, refuses its own card and a non-card, and removes a card', async () => {
    const { college, held, key } = await boardWithMerge()
    const db = await partnerComputer(college, 1, held.submissionId)
    const added = await importBoardKeyCard(db, keyCardText(key.card), college.id, NOW)
    expect(added).toMatchObject({ ok: true, already: false })
    expect(await importBoardKeyCard(db, keyCardText(key.card), college.id, NOW)).toMatchObject({
      ok: true,
      already: true,
    })
    const own = await createKeyCard({
      institution: { id: college.id, name: college.name },
      contact: { name: 'Pat Registrar', email: 'pat@example.org' },
      publicKeyRaw: college.signer.publicKeyRaw,
    })
    const refused = await importBoardKeyCard(db, keyCardText(own), college.id, NOW)
    expect(refused.ok ? '' : refused.problem).toMatch(/your own institution/)
    const junk = await importBoardKeyCard(db, 'hello', college.id, NOW)
    expect(junk.ok ? '' : junk.problem).toMatch(/not a usable key card/)
    expect((await listBoardKeyCards(db)).map((c) => c.fingerprint)).toEqual([key.card.fingerprint])
    await removeBoardKeyCard(db, key.card.fingerprint)
    expect(await listBoardKeyCards(db)).toEqual([])
  })

  it('imports a verified receipt onto the period it is about, once', async () => {
    const { college, held, key, text } = await issued('has-issues')
    const db = await partnerComputer(college, 2, held.submissionId)
    await importBoardKeyCard(db, keyCardText(key.card), college.id, NOW)
    const first = await importReceipt(db, text, college.id, NOW)
    expect(first).toMatchObject({ ok: true, already: false, boardName: BOARD.name })
    expect(await importReceipt(db, text, college.id, NOW)).toMatchObject({
      ok: true,
      already: true,
    })
    const review = await periodReview(db, college.id, 'AY2025-26')
    expect(review.latestSent).toBe(2)
    expect(review.receipts).toHaveLength(1)
    expect(review.receipts[0]?.receipt.questions[0]?.text).toBe('Seats?')
    expect(review.receipts[0]?.boardName).toBe(BOARD.name)
  })

  it('refuses, with the reason and nothing stored: no card, tampered, another period or revision', async () => {
    const { college, held, key, text } = await issued('accepted')
    const problem = async (db: AppDatabase, t = text) => {
      const out = await importReceipt(db, t, college.id, NOW)
      return out.ok ? 'imported' : out.problem
    }
    const withoutCard = await partnerComputer(college, 1, held.submissionId)
    expect(await problem(withoutCard)).toContain(
      `fingerprint ${formatFingerprint(key.card.fingerprint).replace('\n', ' ')}`,
    )
    expect(await count(withoutCard)).toBe(0)

    const db = await partnerComputer(college, 1, held.submissionId)
    await importBoardKeyCard(db, keyCardText(key.card), college.id, NOW)
    expect(await problem(db, text.replace('"revision": 1', '"revision": 2'))).toMatch(
      /changed after the board signed it/,
    )
    expect(await problem(db, '{"hello": 1}')).toMatch(/not a review receipt/)

    const notSent = await partnerComputer(college, 0, held.submissionId)
    await importBoardKeyCard(notSent, keyCardText(key.card), college.id, NOW)
    expect(await problem(notSent)).toMatch(/this computer has not sent that period/)

    const other = await partnerComputer(college, 1, '00000000-0000-4000-8000-000000000999')
    await importBoardKeyCard(other, keyCardText(key.card), college.id, NOW)
    expect(await problem(other)).toMatch(/not the one this computer sent/)

    const noPeriod = freshBoardDatabase()
    await importBoardKeyCard(noPeriod, keyCardText(key.card), college.id, NOW)
    expect(await problem(noPeriod)).toMatch(/AY 2025–26, a period this computer does not hold/)

    for (const d of [db, notSent, other, noPeriod]) expect(await count(d)).toBe(0)
  })
})
