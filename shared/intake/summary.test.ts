import { beforeAll, expect, it } from 'vitest'
import { emptyTrustRegistry, type TrustRegistry } from '../trust/registry'
import { defaultCycle } from './cycle'
import { reportingMatrix } from './matrix'
import { decideBatch } from './statuses'
import { MergeSummary, mergeSummary } from './summary'
import { heldRevision, intactFile, refusedFile, withPartner, type TestPartner } from './test-batch'

let registry: TrustRegistry
let college: TestPartner

beforeAll(async () => {
  ;({ registry, partner: college } = await withPartner(
    emptyTrustRegistry(),
    'example-community-college',
    'education',
  ))
})

it('summarises every file with its status, the accepted submissions and the matrix', () => {
  const cycle = defaultCycle(2025, [{ institutionId: college.id, kind: 'education' }])
  const held = [heldRevision(college, { revision: 1 })]
  const decisions = decideBatch(
    [intactFile(college, { revision: 2 }), refusedFile('unreadable', ['Not a zip archive.'])],
    { registry, cycle, held },
  )
  const matrix = reportingMatrix(
    cycle,
    [
      {
        institutionId: college.id,
        kind: 'education',
        periodKey: 'AY2025-26',
        periodLabel: 'AY 2025–26',
        revision: 2,
        receivedOn: '2026-10-05',
      },
    ],
    '2026-12-01',
  )
  const summary = mergeSummary(cycle, decisions, matrix, new Date('2026-12-01T10:00:00Z'))
  expect(MergeSummary.parse(JSON.parse(JSON.stringify(summary)))).toEqual(summary)
  expect(summary.files.map((f) => [f.status, f.label, f.merged, f.replacesRevision])).toEqual([
    ['newer-revision', 'Accepted as a newer revision', true, 1],
    ['unreadable', 'Unreadable', false, undefined],
  ])
  expect(summary.accepted).toHaveLength(1)
  expect(summary.accepted[0]).toMatchObject({ institutionId: college.id, revision: 2 })
  expect(summary.matrix.totals).toMatchObject({ expected: 1, actual: 1, onTime: 1 })
})
