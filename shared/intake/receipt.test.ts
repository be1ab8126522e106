import { beforeAll, describe, expect, it } from 'vitest'
import { createKeyCard, keyCardText, type KeyCard } from '../crypto/key-card'
import { exportPublicKeyRaw, formatFingerprint, generateSigningKeyPair } from '../crypto/keys'
import { InstitutionId, SubmissionId } from '../domain/ids'
import { academicYear } from '../domain/periods'
import {
  issueReceipt,
  readReceipt,
  receiptFileName,
  receiptSummary,
  receiptText,
  type BoardSigner,
  type ReceiptPayload,
} from './receipt'

const board = {
  id: InstitutionId.parse('masshire-hampden-county'),
  name: 'MassHire Hampden County Workforce Board',
}
const college = InstitutionId.parse('holyoke-community-college')
let signer: BoardSigner
let card: KeyCard

beforeAll(async () => {
  const pair = await generateSigningKeyPair()
  signer = { privateKey: pair.privateKey, publicKeyRaw: await exportPublicKeyRaw(pair.publicKey) }
  card = await createKeyCard({
    institution: board,
    contact: { name: 'Pat Analyst', email: 'pat@example.org' },
    publicKeyRaw: signer.publicKeyRaw,
  })
})

const about = (): Omit<
  ReceiptPayload,
  'format' | 'version' | 'keyId' | 'verdict' | 'questions'
> => ({
  board,
  submission: {
    submissionId: SubmissionId.parse('1b4e28ba-2fa1-41d2-883f-0016d3cca427'),
    institution: { id: college, name: 'Holyoke Community College' },
    role: 'education',
    period: academicYear(2025),
    revision: 2,
    payloadHash: 'a'.repeat(64),
  },
  issuedAt: '2026-10-12T14:00:00.000Z',
})

const question = {
  rowId: 'radiography',
  measure: 'examPasses',
  sheet: 'Outcomes',
  cell: 'C4',
  text: '18 passes of 15 takers?',
}

describe('review receipts', () => {
  it('an accepted receipt reads back on the partner’s side and says who accepted what', async () => {
    const file = await issueReceipt({ ...about(), verdict: 'accepted', questions: [] }, signer)
    const read = await readReceipt(receiptText(file), [card], college)
    expect(read.ok).toBe(true)
    if (!read.ok) return
    expect(receiptSummary(read.receipt)).toBe(
      'Accepted by MassHire Hampden County Workforce Board on Oct 12, 2026, revision 2',
    )
    expect(receiptFileName(read.receipt)).toBe(
      'AHWG_receipt_holyoke-community-college_AY2025-26_r2.json',
    )
  })

  it('carries questions tied to sheet and cell', async () => {
    const file = await issueReceipt(
      { ...about(), verdict: 'has-issues', questions: [question] },
      signer,
    )
    const read = await readReceipt(receiptText(file), [card], college)
    if (!read.ok) throw new Error(read.problem)
    expect(read.receipt.questions).toEqual([question])
    expect(receiptSummary(read.receipt)).toBe(
      'MassHire Hampden County Workforce Board has 1 question about revision 2 (Oct 12, 2026)',
    )
  })

  it('refuses a verdict that contradicts its questions', async () => {
    await expect(
      issueReceipt({ ...about(), verdict: 'accepted', questions: [question] }, signer),
    ).rejects.toThrow(/no open questions/)
    await expect(
      issueReceipt({ ...about(), verdict: 'has-issues', questions: [] }, signer),
    ).rejects.toThrow(/at least one question/)
  })

  it('refuses a changed receipt, an unknown board key, another partner’s receipt, and junk', async () => {
    const file = await issueReceipt(
      { ...about(), verdict: 'has-issues', questions: [question] },
      signer,
    )
    const text = receiptText(file)
    const problem = async (t: string, cards = [card], who: string = college) => {
      const read = await readReceipt(t, cards, who)
      return read.ok ? 'accepted' : read.problem
    }
    expect(await problem(text.replace('18 passes', '19 passes'))).toMatch(
      /changed after the board signed it/,
    )
    expect(await problem(text, [])).toMatch(/do not hold a board key card for/)
    // The fingerprint of the key it needs, as the partner would read it on the card.
    expect(await problem(text, [])).toContain(
      formatFingerprint(file.receipt.keyId).replace('\n', ' '),
    )
    expect(await problem(text, [])).toMatch(/Import the board’s key card in Settings first/)
    expect(await problem(keyCardText(card))).toMatch(/it is a key card, not a review receipt/)
    expect(await problem(text, [card], 'springfield-technical-community-college')).toMatch(
      /about Holyoke Community College's submission, not yours/,
    )
    expect(await problem('not json')).toMatch(/not JSON text/)
    expect(await problem('{"receipt": {}}')).toMatch(/not a review receipt/)
    expect(await problem(' '.repeat(300_000))).toMatch(/at most 262,144/)
    expect(await problem('{"__proto__": {"polluted": true}}')).toMatch(/not a review receipt/)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('says the day in the reader’s locale and the board by the name on its card', async () => {
    const file = await issueReceipt({ ...about(), verdict: 'accepted', questions: [] }, signer)
    expect(
      receiptSummary(file.receipt, {
        boardName: 'MassHire Hampden County',
        locale: 'en-GB',
        timeZone: 'America/New_York',
      }),
    ).toBe('Accepted by MassHire Hampden County on 12 Oct 2026, revision 2')
  })
})
