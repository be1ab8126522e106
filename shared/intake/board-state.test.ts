// The command line's board state: what it merged comes back as the ratchet's held revisions and
// the matrix's rows, and an entry edited after the fact is refused by name.
import { describe, expect, test } from 'vitest'
import { toBase64 } from '../crypto/bytes'
import { canonicalJson } from '../crypto/canonical'
import { exportPublicKeyRaw, fingerprint, generateSigningKeyPair } from '../crypto/keys'
import { sign } from '../crypto/sign'
import { educationReport, testSubmission } from '../workbook/test-fixtures'
import {
  boardStateText,
  emptyBoardState,
  heldRevisions,
  mergedRevisionsIn,
  readBoardState,
  withMerged,
} from './board-state'
import { defaultCycle } from './cycle'
import { payloadHash } from './file-check'
import { decideBatch, ratchetKey, type IncomingFile } from './statuses'
import { addKeyCard, confirmKey, emptyTrustRegistry } from '../trust/registry'
import { createKeyCard } from '../crypto/key-card'

async function signedFile(revision: number) {
  const pair = await generateSigningKeyPair()
  const publicKeyRaw = await exportPublicKeyRaw(pair.publicKey)
  const keyId = await fingerprint(publicKeyRaw)
  const base = testSubmission(educationReport(1), keyId)
  const submission = { ...base, header: { ...base.header, revision } }
  const payload = canonicalJson(submission)
  const signature = await sign(pair.privateKey, new TextEncoder().encode(payload))
  const file: IncomingFile = {
    id: 'f1',
    name: `AHWG_r${revision}.xlsx`,
    sha256: 'ab'.repeat(32),
    check: {
      outcome: 'intact',
      submission,
      payloadHash: await payloadHash(payload),
      keyId,
      signed: {
        payload,
        formatVersion: 1,
        publicKey: toBase64(publicKeyRaw),
        signature: toBase64(signature),
      },
    },
  }
  const now = new Date('2026-09-01T12:00:00Z')
  const card = await createKeyCard({
    institution: submission.header.institution,
    contact: submission.header.contact,
    publicKeyRaw,
    now,
  })
  const confirmed = confirmKey(
    (await addKeyCard(emptyTrustRegistry(), card, now)).registry,
    card.institution.id,
    keyId,
    now,
  )
  if (!confirmed.ok) throw new Error(confirmed.problem)
  return { file, submission, registry: confirmed.registry }
}

describe('board state', () => {
  test('a merged file comes back, after a round trip through the file, as held and in the matrix', async () => {
    const { file, submission, registry } = await signedFile(2)
    const cycle = defaultCycle(2025)
    const decisions = decideBatch([file], { registry, cycle, held: [] })
    expect(decisions[0]?.status).toBe('accepted')
    const state = withMerged(
      emptyBoardState(),
      decisions,
      cycle.id,
      new Date('2026-10-03T09:00:00Z'),
    )
    const read = await readBoardState(boardStateText(state))
    if (!read.ok) throw new Error(read.problem)
    expect(heldRevisions(read.state)).toEqual([
      expect.objectContaining({ ratchetKey: ratchetKey(submission), revision: 2 }),
    ])
    expect(mergedRevisionsIn(read.state, cycle)).toEqual([
      expect.objectContaining({ revision: 2, receivedOn: '2026-10-03' }),
    ])
    expect(mergedRevisionsIn(read.state, defaultCycle(2024))).toEqual([])
    // The same file again is identical to what is held.
    const again = decideBatch([file], { registry, cycle, held: heldRevisions(read.state) })
    expect(again[0]?.status).toBe('identical')
  })

  test('an entry edited after merging is refused, naming it', async () => {
    const { file, registry } = await signedFile(3)
    const cycle = defaultCycle(2025)
    const state = withMerged(
      emptyBoardState(),
      decideBatch([file], { registry, cycle, held: [] }),
      cycle.id,
      new Date(),
    )
    const raised = boardStateText(state).replace('"revision": 3', '"revision": 9')
    expect(await readBoardState(raised)).toEqual({
      ok: false,
      problem:
        'This is not a usable board state file: entry 1 (AHWG_r3.xlsx) says otherwise than its signed payload.',
    })
    const edited = boardStateText(state).replace('\\"revision\\":3', '\\"revision\\":9')
    const refused = await readBoardState(edited)
    expect(refused.ok || refused.problem).toMatch(
      /entry 1 \(AHWG_r3\.xlsx\) does not match its payload hash/,
    )
    expect(await readBoardState('{"format":')).toMatchObject({
      problem: 'This is not a usable board state file: it is not JSON text.',
    })
  })
})
