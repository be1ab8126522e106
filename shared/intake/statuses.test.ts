import { beforeAll, describe, expect, it } from 'vitest'
import { academicYear, snapshot } from '../domain/periods'
import { emptyTrustRegistry, type TrustRegistry } from '../trust/registry'
import { defaultCycle } from './cycle'
import { IMPORT_STATUSES, decideBatch, type BatchContext, type ImportStatus } from './statuses'
import {
  anotherKey,
  heldRevision,
  intactFile,
  refusedFile,
  revoked,
  withPartner,
  type TestPartner,
} from './test-batch'

let registry: TrustRegistry
let college: TestPartner
let hospital: TestPartner
let pendingCollege: TestPartner

beforeAll(async () => {
  let r = emptyTrustRegistry()
  ;({ registry: r, partner: college } = await withPartner(
    r,
    'example-community-college',
    'education',
  ))
  ;({ registry: r, partner: hospital } = await withPartner(
    r,
    'sample-regional-hospital',
    'employer',
  ))
  ;({ registry: r, partner: pendingCollege } = await withPartner(
    r,
    'new-college',
    'education',
    false,
  ))
  registry = r
})

const cycle = defaultCycle(2025)
const context = (extra: Partial<BatchContext> = {}): BatchContext => ({
  registry,
  cycle,
  held: [],
  ...extra,
})
const statuses = (decisions: { status: ImportStatus }[]) => decisions.map((d) => d.status)

describe('one file on its own', () => {
  it('keeps the safe reader’s and the verifier’s refusals with their reasons', () => {
    const files = [
      refusedFile('unreadable', ['The file is not a workbook: it is not a zip archive.']),
      refusedFile('not-a-submission', ['This workbook carries no signature sheet.']),
      refusedFile('tampered', ['Outcomes!C4 changed after signing: 15 → 18']),
    ]
    const decisions = decideBatch(files, context())
    expect(statuses(decisions)).toEqual(['unreadable', 'not-a-submission', 'tampered'])
    expect(decisions[2]!.reasons).toEqual(['Outcomes!C4 changed after signing: 15 → 18'])
    expect(decisions.every((d) => !d.merged)).toBe(true)
  })

  it('accepts a pinned partner’s first revision and merges it', () => {
    const [d] = decideBatch([intactFile(college)], context())
    expect(d!.status).toBe('accepted')
    expect(d!.merged).toBe(true)
    expect(d!.ratchetKey).toBe('example-community-college|education|AY2025-26')
  })

  it('calls an institution the registry does not know, or a pending key, an unknown signer', async () => {
    const { partner: stranger } = await withPartner(
      emptyTrustRegistry(),
      'stranger-college',
      'education',
    )
    const decisions = decideBatch([intactFile(stranger), intactFile(pendingCollege)], context())
    expect(statuses(decisions)).toEqual(['unknown-signer', 'unknown-signer'])
    expect(decisions[0]!.reasons[0]).toMatch(/holds no key for institution "stranger-college"/)
    expect(decisions[1]!.reasons[0]).toMatch(/waiting for confirmation/)
  })

  it('calls another key for an institution with a pinned key a changed key, blocking it', async () => {
    const other = await anotherKey(registry, college, false)
    const [d] = decideBatch(
      [intactFile(college, { keyId: other.keyId })],
      context({ registry: other.registry }),
    )
    expect(d!.status).toBe('key-changed')
    expect(d!.merged).toBe(false)
  })

  it('treats a new key as first contact when the institution has no pinned key', async () => {
    const other = await anotherKey(registry, pendingCollege, false)
    const [d] = decideBatch(
      [intactFile(pendingCollege, { keyId: other.keyId })],
      context({ registry: other.registry }),
    )
    expect(d!.status).toBe('unknown-signer')
  })

  it('refuses a file signed by a revoked key', () => {
    const [d] = decideBatch(
      [intactFile(college)],
      context({ registry: revoked(registry, college) }),
    )
    expect(d!.status).toBe('revoked-key')
    expect(d!.reasons[0]).toMatch(/revoked on/)
  })

  it('refuses a period outside the cycle, saying what the cycle collects', () => {
    const decisions = decideBatch(
      [
        intactFile(college, { period: academicYear(2024) }),
        intactFile(hospital, { period: snapshot('2026-06-30') }),
        intactFile(hospital, { period: snapshot('2026-07-01') }),
        intactFile(hospital, { period: snapshot('2027-06-30') }),
        intactFile(hospital, { period: snapshot('2027-07-01') }),
      ],
      context(),
    )
    expect(statuses(decisions)).toEqual([
      'outside-cycle',
      'outside-cycle',
      'accepted',
      'accepted',
      'outside-cycle',
    ])
    expect(decisions[0]!.reasons[0]).toBe(
      'example-community-college (fictional) reports AY 2024–25; this cycle collects AY 2025–26 for colleges and high schools, and employer snapshots dated 2026-07-01 to 2027-06-30.',
    )
  })
})

describe('the revision ratchet against what the board holds', () => {
  it('accepts a higher revision as newer, naming the one it replaces', () => {
    const held = [heldRevision(college, { revision: 1 })]
    const [d] = decideBatch([intactFile(college, { revision: 2 })], context({ held }))
    expect(d!.status).toBe('newer-revision')
    expect(d!.replaces).toBe(held[0])
    expect(d!.reasons[0]).toMatch(/^Revision 2 replaces revision 1 \(merged 2026-10-02/)
  })

  it('changes nothing for a payload the board already holds, even an older revision', () => {
    const held = [heldRevision(college, { revision: 1 }), heldRevision(college, { revision: 2 })]
    const decisions = decideBatch(
      [intactFile(college, { revision: 2 }), intactFile(college, { revision: 1 })],
      context({ held }),
    )
    expect(statuses(decisions)).toEqual(['identical', 'identical'])
    expect(decisions.every((d) => !d.merged)).toBe(true)
  })

  it('refuses a lower revision than the one held', () => {
    const held = [heldRevision(college, { revision: 3 })]
    const [d] = decideBatch([intactFile(college, { revision: 2 })], context({ held }))
    expect(d!.status).toBe('older-revision')
    expect(d!.reasons[0]).toMatch(/This is revision 2; the board already holds revision 3/)
  })

  it('calls the same revision with other figures a conflict, pointing at the one held', () => {
    const held = [heldRevision(college, { revision: 2 })]
    const [d] = decideBatch([intactFile(college, { revision: 2, variant: 'b' })], context({ held }))
    expect(d!.status).toBe('conflict')
    expect(d!.conflictsWith).toEqual({ held: held[0] })
  })

  it('keeps institutions, kinds and periods apart', () => {
    const held = [heldRevision(hospital, { revision: 5 })]
    const decisions = decideBatch(
      [
        intactFile(college, { revision: 1 }),
        intactFile(hospital, { revision: 1, period: snapshot('2027-03-01') }),
      ],
      context({ held }),
    )
    expect(statuses(decisions)).toEqual(['accepted', 'accepted'])
  })
})

describe('files of one batch among themselves', () => {
  it('merges only the highest revision, whatever the order of the files', () => {
    const r1 = intactFile(college, { revision: 1 })
    const r2 = intactFile(college, { revision: 2 })
    for (const order of [
      [r1, r2],
      [r2, r1],
    ]) {
      const decisions = decideBatch(order, context())
      const byFile = new Map(decisions.map((d) => [d.file.id, d.status]))
      expect(byFile.get(r1.id)).toBe('older-revision')
      expect(byFile.get(r2.id)).toBe('accepted')
    }
  })

  it('merges one of two identical files and calls the other identical', () => {
    const a = intactFile(college, { name: 'first.xlsx' })
    const b = intactFile(college, { name: 'copy of first.xlsx' })
    const decisions = decideBatch([a, b], context())
    expect(statuses(decisions)).toEqual(['accepted', 'identical'])
    expect(decisions[1]!.reasons[0]).toBe(
      'The same submission as first.xlsx, earlier in this batch.',
    )
  })

  it('merges neither of two different files with the same revision, and says which clash', () => {
    const a = intactFile(college, { revision: 2, variant: 'a' })
    const b = intactFile(college, { revision: 2, variant: 'b' })
    const held = [heldRevision(college, { revision: 1 })]
    const decisions = decideBatch([a, b], context({ held }))
    expect(statuses(decisions)).toEqual(['conflict', 'conflict'])
    expect(decisions[0]!.conflictsWith).toEqual({ fileId: b.id, fileName: b.name })
    expect(decisions.some((d) => d.merged)).toBe(false)
  })

  it('lets one bad file stop nothing else', () => {
    const decisions = decideBatch(
      [refusedFile('unreadable', ['Damaged.']), intactFile(college), intactFile(hospital)],
      context(),
    )
    expect(statuses(decisions)).toEqual(['unreadable', 'accepted', 'accepted'])
  })

  it('is idempotent: merging the accepted files and deciding again changes nothing', () => {
    const files = [intactFile(college, { revision: 2 }), intactFile(hospital)]
    const first = decideBatch(files, context())
    const held = first
      .filter((d) => d.merged)
      .map((d) => {
        if (d.file.check.outcome !== 'intact') throw new Error('merged a refused file')
        return {
          ratchetKey: d.ratchetKey!,
          revision: d.submission!.header.revision,
          payloadHash: d.file.check.payloadHash,
          submissionId: d.submission!.header.submissionId,
          fileName: d.file.name,
          mergedAt: '2026-10-03T10:00:00.000Z',
        }
      })
    expect(statuses(decideBatch(files, context({ held })))).toEqual(['identical', 'identical'])
  })
})

it('every status can be reached', async () => {
  const other = await anotherKey(registry, college, false)
  const reached = new Set<ImportStatus>()
  const run = (files: Parameters<typeof decideBatch>[0], ctx: BatchContext) =>
    decideBatch(files, ctx).forEach((d) => reached.add(d.status))
  run(
    [
      refusedFile('unreadable', ['x']),
      refusedFile('not-a-submission', ['x']),
      refusedFile('tampered', ['x']),
      intactFile(college, { revision: 2 }),
      intactFile(pendingCollege),
      intactFile(hospital, { period: snapshot('2020-01-01') }),
    ],
    context({ held: [heldRevision(college, { revision: 1 })] }),
  )
  run([intactFile(college)], context())
  run([intactFile(college, { keyId: other.keyId })], context({ registry: other.registry }))
  run([intactFile(college)], context({ registry: revoked(registry, college) }))
  run(
    [intactFile(college, { revision: 1 }), intactFile(college, { revision: 2, variant: 'x' })],
    context({ held: [heldRevision(college, { revision: 2 })] }),
  )
  run(
    [intactFile(college, { revision: 2 })],
    context({ held: [heldRevision(college, { revision: 2 })] }),
  )
  expect([...reached].sort()).toEqual([...IMPORT_STATUSES].sort())
})
