import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { InstitutionId, SubmissionId } from '../../shared/domain/ids'
import { CliFailure } from './command'
import {
  carryOverRevisions,
  planRevision,
  readRevisions,
  recordRevision,
  revisionsPath,
  withRevisionLock,
  type Revisions,
  type SignedRevision,
} from './revisions'

const HCC = InstitutionId.parse('holyoke-community-college')
const id = (n: number) => SubmissionId.parse(`6f1c2b1e-8a55-4c47-9d0e-2f4b7f7d9a1${n}`)
const entry = (period: string, revision: number, n = revision): SignedRevision => ({
  period,
  revision,
  submissionId: id(n),
  signedAt: '2026-10-02T14:00:00.000Z',
  file: `/exports/AHWG_holyoke-community-college_${period}_r${revision}.xlsx`,
})
const book = (...signed: SignedRevision[]): Revisions => ({ path: 'x', institutionId: HCC, signed })

let folder = ''
const keyFile = () => join(folder, 'hr.key.json')
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'allied-pipeline-revisions-'))
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

describe('planRevision', () => {
  const held = book(entry('AY2025-26', 1), entry('AY2025-26', 3), entry('AY2024-25', 7))

  test('the next one after the highest of that period, superseding it', () => {
    expect(planRevision(held, 'AY2025-26', undefined, undefined)).toEqual({
      revision: 4,
      supersedes: id(3),
    })
    expect(planRevision(held, 'AY2026-27', undefined, undefined)).toEqual({
      revision: 1,
      supersedes: null,
    })
  })

  test('a higher --revision and --supersedes are taken as given', () => {
    expect(planRevision(held, 'AY2025-26', 9, id(8))).toEqual({ revision: 9, supersedes: id(8) })
    expect(planRevision(book(), 'AY2025-26', 2, undefined)).toEqual({
      revision: 2,
      supersedes: null,
    })
  })

  test.each([3, 2, 1])('--revision %i is refused once revision 3 is signed', (requested) => {
    expect(() => planRevision(held, 'AY2025-26', requested, undefined)).toThrow(
      /is not above revision 3, which was signed for AY2025-26 with this key file on 2026-10-02 \(\/exports\/AHWG_holyoke-community-college_AY2025-26_r3\.xlsx\)/,
    )
  })

  test('--supersedes on a first revision is refused', () => {
    expect(() => planRevision(book(), 'AY2025-26', undefined, id(1))).toThrow(
      /--supersedes goes with revision 2 or higher/,
    )
  })
})

describe('the record on disk', () => {
  test('starts empty, is written private, and reads back', async () => {
    const empty = await readRevisions(keyFile(), HCC)
    expect(empty.signed).toEqual([])
    await recordRevision(empty, entry('AY2025-26', 1))
    const again = await readRevisions(keyFile(), HCC)
    await recordRevision(again, entry('AY2025-26', 2))
    expect((await readRevisions(keyFile(), HCC)).signed.map((e) => e.revision)).toEqual([1, 2])
    expect((await stat(revisionsPath(keyFile()))).mode & 0o777).toBe(0o600)
  })

  test.each([
    ['{"format": "allied-pipeline-revisions",', /it is not JSON text/],
    [
      '{"format": "something-else", "version": 1}',
      /not an allied-pipeline-revisions file at format/,
    ],
    [
      JSON.stringify({
        format: 'allied-pipeline-revisions',
        version: 1,
        institutionId: 'putnam-academy',
        signed: [],
      }),
      /it records revisions of putnam-academy, not holyoke-community-college/,
    ],
  ])('a damaged record is refused, not reset: %s', async (text, reason) => {
    await writeFile(revisionsPath(keyFile()), text)
    const read = readRevisions(keyFile(), HCC)
    await expect(read).rejects.toThrow(CliFailure)
    await expect(read).rejects.toThrow(reason)
    expect(await readFile(revisionsPath(keyFile()), 'utf8')).toBe(text)
  })

  test('a replacement key file takes over the old one’s record, keeping its own', async () => {
    const old = join(folder, 'old.key.json')
    await recordRevision(await readRevisions(old, HCC), entry('AY2025-26', 2))
    await recordRevision(await readRevisions(keyFile(), HCC), entry('AY2026-27', 1, 5))
    expect(await carryOverRevisions(old, keyFile(), HCC)).toBe(true)
    const merged = await readRevisions(keyFile(), HCC)
    expect(merged.signed.map((e) => `${e.period} r${e.revision}`)).toEqual([
      'AY2026-27 r1',
      'AY2025-26 r2',
    ])
    expect(await carryOverRevisions(join(folder, 'none.key.json'), keyFile(), HCC)).toBe(false)
  })
})

describe('withRevisionLock', () => {
  const lock = () => `${revisionsPath(keyFile())}.lock`

  test('one signing at a time per key file; the lock is gone afterwards', async () => {
    let inner: Promise<unknown> = Promise.resolve()
    await withRevisionLock(keyFile(), () => {
      inner = withRevisionLock(keyFile(), () => Promise.resolve())
      return inner.catch(() => undefined)
    })
    await expect(inner).rejects.toThrow(/another "allied-pipeline sign" is using this key file/)
    await expect(stat(lock())).rejects.toThrow()
  })

  test('a lock left by a process that is gone is taken over', async () => {
    // Process ids are below 2^22 on Linux; this one is not running.
    await writeFile(lock(), '4194999')
    expect(await withRevisionLock(keyFile(), () => Promise.resolve('signed'))).toBe('signed')
  })
})
