import { beforeAll, describe, expect, test } from 'vitest'
import { defaultCycle } from '../../../shared/intake/cycle'
import type { IncomingFile } from '../../../shared/intake/statuses'
import {
  heldRevision,
  intactFile,
  refusedFile,
  withPartner,
  type TestPartner,
} from '../../../shared/intake/test-batch'
import { emptyTrustRegistry, type TrustRegistry } from '../../../shared/trust/registry'
import { decideIncluded, dryRunSummary, mergeFiles, type ImportHoldings } from './dry-run'
import type { BatchEntry } from './read-batch'

let registry: TrustRegistry
let college: TestPartner

beforeAll(async () => {
  ;({ registry, partner: college } = await withPartner(
    emptyTrustRegistry(),
    'example-community-college',
    'education',
  ))
})

const entry = (file: IncomingFile, byte = 1): BatchEntry => ({
  ...file,
  bytes: new Uint8Array([byte]),
})
const holdings = (extra: Partial<ImportHoldings> = {}): ImportHoldings => ({
  registry,
  cycle: defaultCycle(2025),
  held: [],
  ...extra,
})

describe('the dry run', () => {
  test('two files of one revision with other figures conflict, until the wrong one is excluded', () => {
    const right = entry(intactFile(college, { revision: 2 }))
    const wrong = entry(intactFile(college, { revision: 2, variant: 'typo' }))
    const batch = [right, wrong]
    const held = [heldRevision(college, { revision: 1 })]

    const both = decideIncluded(batch, new Set(), holdings({ held }))
    expect(both.map((d) => d.status)).toEqual(['conflict', 'conflict'])

    const kept = decideIncluded(batch, new Set([wrong.id]), holdings({ held }))
    expect(kept.map((d) => [d.file.name, d.status])).toEqual([[right.name, 'newer-revision']])
    expect(kept[0]?.replaces?.revision).toBe(1)
  })

  test('decisions carry the file without its bytes; Merge gets the bytes of what it stores', () => {
    const accepted = entry(intactFile(college), 7)
    const broken = entry(refusedFile('unreadable', ['not a zip']), 8)
    const decisions = decideIncluded([accepted, broken], new Set(), holdings())
    expect(decisions.map((d) => d.status)).toEqual(['accepted', 'unreadable'])
    expect(Object.keys(decisions[0]!.file).sort()).toEqual(['check', 'id', 'name', 'sha256'])
    expect(mergeFiles(decisions, [accepted, broken])).toEqual([
      { fileId: accepted.id, bytes: new Uint8Array([7]) },
    ])
  })

  test('without a cycle being collected nothing is decided', () => {
    expect(
      decideIncluded([entry(intactFile(college))], new Set(), holdings({ cycle: undefined })),
    ).toEqual([])
  })

  test('the summary counts what Merge would import, update, leave and refuse', () => {
    const batch = [
      entry(intactFile(college, { revision: 3 })),
      entry(intactFile(college, { revision: 1 })),
      entry(refusedFile('tampered', ['Outcomes!C4 changed after signing: 15 → 18'])),
      entry(intactFile(college, { revision: 2 })),
    ]
    const held = [heldRevision(college, { revision: 2 })]
    const decisions = decideIncluded(batch, new Set(), holdings({ held }))
    expect(decisions.map((d) => d.status)).toEqual([
      'newer-revision',
      'older-revision',
      'tampered',
      'identical',
    ])
    expect(dryRunSummary(decisions, 1)).toEqual({
      imported: 0,
      updated: 1,
      unchanged: 1,
      conflicts: 0,
      refused: 2,
      excluded: 1,
    })
  })
})
