// `merge` on the board's intake fixture set (test/fixtures/intake-set.ts, the set the app's
// import is tested with): the status each file must have, the summary as its schema says, the
// state kept between runs so that a second run changes nothing, and exit codes 0, 1 and 2.
import { readFile, writeFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { readBoardState } from '../../shared/intake/board-state'
import { MergeSummary } from '../../shared/intake/summary'
import { DEMO_PARTNERS } from '../../electron/cli/demo-data'
import { buildIntakeSet, writeIntakeSet, type IntakeSet } from '../fixtures/intake-set'
import { SLOW, STACK_TRACE, cli, temporaryFolder } from './run-cli'

const folder = temporaryFolder()
const at = (name: string) => folder.path(name)
let set: IntakeSet
let registry = ''

const merge = (...args: string[]) =>
  cli(['merge', ...args, '--trust', registry, '--cycle', 'AY2025-26'])

async function summaryIn(path: string): Promise<MergeSummary> {
  return MergeSummary.parse(JSON.parse(await readFile(path, 'utf8')))
}

beforeAll(async () => {
  set = await buildIntakeSet()
  registry = (await writeIntakeSet(set, at('all'))).registry
  for (const file of set.demoFiles) await writeFile(at(`demo-${file.name}`), file.bytes)
  await writeFile(
    at('expected.json'),
    JSON.stringify(
      DEMO_PARTNERS.map((p) => ({ institutionId: p.institution.id, kind: p.report.kind })),
    ),
  )
}, SLOW)

const demoPaths = () => set.demoFiles.map((f) => at(`demo-${f.name}`))

describe('merge', () => {
  test(
    'the intake set: exactly the status each file should have, exit 1, and the summary as documented',
    async () => {
      const run = await merge(
        at('all'),
        '--expected',
        at('expected.json'),
        '--state',
        at('all-state.json'),
        '--json',
        at('all-summary.json'),
      )
      expect(run.stderr).toBe('')
      expect(run.code).toBe(1)
      const summary = await summaryIn(at('all-summary.json'))
      expect(summary.files.map((f) => [basename(f.name), f.status])).toEqual(
        set.files.map((f) => [f.name, f.expected]),
      )
      const tampered = summary.files.find((f) => f.status === 'tampered')
      expect(tampered?.reasons.join(' ')).toContain(`${set.tamperedCell} changed after signing`)
      // The table on stdout: each file on its own line under its status in words.
      for (const file of summary.files) {
        expect(run.stdout).toMatch(
          new RegExp(`^${file.label} +${file.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'),
        )
      }
      // Five demo partners' revision 1 and the college's revision 2 are merged; all six expected reported.
      expect(summary.accepted).toHaveLength(6)
      expect(summary.matrix.totals).toMatchObject({ expected: 6, actual: 6, reportingRate: 1 })
      expect(run.stdout).toMatch(/^Reporting rate: 6 of 6 expected \(100%\)/m)
      const state = await readBoardState(await readFile(at('all-state.json'), 'utf8'))
      expect(state.ok && state.state.merged.map((m) => m.revision).sort()).toEqual([
        1, 1, 1, 1, 1, 2,
      ])
      expect(run.stdout).not.toMatch(STACK_TRACE)
    },
    SLOW,
  )

  test(
    'the demo set alone: exit 0; a second run with the same state makes every file identical, exit 0',
    async () => {
      const first = await merge(...demoPaths(), '--state', at('demo-state.json'))
      expect(first.stderr).toBe('')
      expect(first.code).toBe(0)
      expect(first.stdout).toMatch(/^6 files: 6 accepted\.$/m)
      const before = await readFile(at('demo-state.json'), 'utf8')

      const second = await merge(
        ...demoPaths(),
        '--state',
        at('demo-state.json'),
        '--json',
        at('demo-summary.json'),
      )
      expect(second.code).toBe(0)
      const summary = await summaryIn(at('demo-summary.json'))
      expect(summary.files.map((f) => f.status)).toEqual(Array(6).fill('identical'))
      expect(summary.accepted).toEqual([])
      expect(second.stdout).toMatch(/^6 files: 6 identical to one already merged\.$/m)
      const after = await readBoardState(await readFile(at('demo-state.json'), 'utf8'))
      const held = await readBoardState(before)
      expect(after.ok && after.state.merged).toEqual(held.ok && held.state.merged)
    },
    SLOW,
  )

  test(
    'the ratchet holds across runs: after the intake set’s state, the demo college’s revision 1 is older',
    async () => {
      const run = await merge(
        ...demoPaths(),
        '--state',
        at('all-state.json'),
        '--json',
        at('later.json'),
      )
      expect(run.code).toBe(1)
      const summary = await summaryIn(at('later.json'))
      const statuses = summary.files.map((f) => f.status).sort()
      expect(statuses).toEqual([
        'identical',
        'identical',
        'identical',
        'identical',
        'identical',
        'older-revision',
      ])
      expect(summary.files.find((f) => f.status === 'older-revision')?.reasons[0]).toMatch(
        /^This is revision 1; the board already holds revision 2 \(merged \d{4}-\d\d-\d\d from .+_r2\.xlsx\)\.$/,
      )
    },
    SLOW,
  )

  test(
    'a damaged state file, a wrong call or a missing file exits 2, nothing merged, no stack trace',
    async () => {
      const damaged = '{"format":"allied-pipeline-board-state","version":1,"merged":[{}]}'
      await writeFile(at('damaged-state.json'), damaged)
      const calls: [string[], RegExp][] = [
        [
          ['--state', at('damaged-state.json'), ...demoPaths()],
          /cannot use .*damaged-state\.json: This is not a usable board state file: merged\.0\..*It was left as it is and nothing was merged/,
        ],
        [['--cycle', 'AY2025-27', ...demoPaths()], /--cycle is an academic year such as AY2025-26/],
        [
          ['--snapshots', '2027-06-30..2026-07-01', ...demoPaths()],
          /--snapshots 2027-06-30\.\.2026-07-01: The snapshot window ends before it starts/,
        ],
        [
          ['--expected', registry, ...demoPaths()],
          /is not a list of \{"institutionId", "kind"\} entries/,
        ],
        [
          [at('nowhere'), ...demoPaths()],
          /cannot read .*nowhere: no such file or folder; nothing was merged/,
        ],
        [[], /give the workbooks or folders to merge/],
      ]
      for (const [args, message] of calls) {
        const run = await cli(['merge', '--trust', registry, '--cycle', 'AY2025-26', ...args])
        expect(run.code, args.join(' ')).toBe(2)
        expect(run.stderr).toMatch(message)
        expect(run.stderr).not.toMatch(STACK_TRACE)
      }
      expect(await readFile(at('damaged-state.json'), 'utf8')).toBe(damaged)
    },
    SLOW,
  )
})
