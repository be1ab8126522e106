// Revisions that cannot rewind: `sign` numbers each signing of a period after the last one it
// signed with the key file, refuses an equal or lower --revision, and remembers across runs in
// KEYFILE.revisions.json, beside the key file.
import { readFile, stat, writeFile } from 'node:fs/promises'
import { beforeAll, describe, expect, test } from 'vitest'
import { verifyWorkbook } from '../../shared/workbook/verify'
import {
  CONTACT,
  GOOD_VALUES,
  SLOW,
  STACK_TRACE,
  cli,
  educationReport,
  temporaryFolder,
  workbooksIn,
} from './run-cli'

const folder = temporaryFolder()
const at = (name: string) => folder.path(name)
const key = () => at('hr.key.json')
const record = () => at('hr.key.json.revisions.json')

function sign(period: string, ...more: string[]) {
  return cli([
    'sign',
    '--key',
    key(),
    '--in',
    at('report.json'),
    '--period',
    period,
    ...CONTACT,
    '--out',
    at('signed/'),
    ...more,
  ])
}

async function header(path: string) {
  const result = await verifyWorkbook(new Uint8Array(await readFile(path)))
  if (!result.submission) throw new Error(`${path} does not verify`)
  return result.submission.header
}

const written = (stdout: string) => /^Signed workbook written to (.+)$/m.exec(stdout)?.[1] ?? ''

beforeAll(async () => {
  const keygen = await cli(['keygen', '--institution', 'holyoke-community-college', '--out', key()])
  expect(keygen.code).toBe(0)
  await writeFile(at('report.json'), JSON.stringify(educationReport(GOOD_VALUES)))
}, SLOW)

describe('revisions', () => {
  test(
    'each run signs the next revision, superseding the last; an equal or lower one is refused',
    async () => {
      const first = await sign('AY2025-26')
      expect(first.code).toBe(0)
      expect(first.stdout).toMatch(/revision 1\n/)
      const second = await sign('AY2025-26')
      expect(second.code).toBe(0)
      expect(second.stdout).toMatch(/AY 2025–26, revision 2\n/)
      const [one, two] = await Promise.all([
        header(written(first.stdout)),
        header(written(second.stdout)),
      ])
      expect(two).toMatchObject({ revision: 2, supersedes: one.submissionId })
      expect(one.supersedes).toBeNull()

      for (const revision of ['2', '1']) {
        const refused = await sign('AY2025-26', '--revision', revision)
        expect(refused.code).toBe(2)
        expect(refused.stderr).toMatch(
          new RegExp(
            `--revision ${revision} is not above revision 2, which was signed for AY2025-26 with this key file on \\d{4}-\\d{2}-\\d{2} \\(.*_r2\\.xlsx\\)\\. .*leave --revision out to sign revision 3\\.`,
          ),
        )
        expect(refused.stderr).not.toMatch(STACK_TRACE)
      }

      // A higher one is taken, and counting goes on from it.
      const jump = await sign('AY2025-26', '--revision', '5')
      expect(jump.code).toBe(0)
      const after = await sign('AY2025-26')
      expect(after.code).toBe(0)
      expect(await header(written(after.stdout))).toMatchObject({
        revision: 6,
        supersedes: (await header(written(jump.stdout))).submissionId,
      })
      // Another period counts on its own.
      const otherYear = await sign('AY2024-25')
      expect(otherYear.stdout).toMatch(/AY 2024–25, revision 1\n/)
    },
    SLOW,
  )

  test('the record sits beside the key file, private like it, and names each revision', async () => {
    expect((await stat(record())).mode & 0o777).toBe(0o600)
    const json = JSON.parse(await readFile(record(), 'utf8')) as {
      format: string
      signed: { period: string; revision: number; file: string }[]
    }
    expect(json.format).toBe('allied-pipeline-revisions')
    expect(json.signed.map((s) => `${s.period} r${s.revision}`)).toEqual([
      'AY2025-26 r1',
      'AY2025-26 r2',
      'AY2025-26 r5',
      'AY2025-26 r6',
      'AY2024-25 r1',
    ])
    expect(json.signed[0]?.file).toMatch(/AHWG_holyoke-community-college_AY2025-26_r1\.xlsx$/)
  })

  test(
    'a blocked report records no revision',
    async () => {
      const before = await readFile(record(), 'utf8')
      await writeFile(
        at('bad.json'),
        JSON.stringify(educationReport({ ...GOOD_VALUES, examPasses: 30 })),
      )
      const run = await cli([
        'sign',
        '--key',
        key(),
        '--in',
        at('bad.json'),
        '--period',
        'AY2025-26',
        ...CONTACT,
        '--out',
        at('signed/'),
      ])
      expect(run.code).toBe(1)
      expect(await readFile(record(), 'utf8')).toBe(before)
    },
    SLOW,
  )

  test(
    'a damaged record is refused and left as it is, and nothing is signed',
    async () => {
      const damaged = (await readFile(record(), 'utf8')).replace(
        '"revision": 6',
        '"revision": "six"',
      )
      await writeFile(record(), damaged)
      const before = await workbooksIn(at('signed'))
      const run = await sign('AY2025-26')
      expect(run.code).toBe(2)
      expect(run.stderr).toMatch(
        /cannot use .*hr\.key\.json\.revisions\.json: the record of revisions signed with this key file is damaged \(not an allied-pipeline-revisions file at signed\.3\.revision: .*\)\. It was left as it is\./,
      )
      expect(await readFile(record(), 'utf8')).toBe(damaged)
      expect(await workbooksIn(at('signed'))).toEqual(before)
    },
    SLOW,
  )
})
