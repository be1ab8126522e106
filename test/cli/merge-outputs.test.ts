// `merge --context --key --out --csv`: the demo set becomes a signed regional workbook that
// `verify --trust` accepts with the board's key card, CSV files with suppression applied, and a
// summary whose analysis part matches its schema; with --state, earlier cycles feed the
// multi-year rates. A bad context or key file changes nothing; an output that cannot be written
// leaves no half file and the state as it was.
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { SUPPRESSED_TEXT } from '../../shared/analysis/suppression'
import { createKeyCard } from '../../shared/crypto/key-card'
import { createKeyFile, keyFileText } from '../../shared/crypto/key-file'
import { fromBase64 } from '../../shared/crypto/bytes'
import { InstitutionId } from '../../shared/domain/ids'
import { academicYear } from '../../shared/domain/periods'
import { MergeSummary } from '../../shared/intake/summary'
import {
  addKeyCard,
  confirmKey,
  trustRegistryText,
  type TrustRegistry,
} from '../../shared/trust/registry'
import { makeDemoSet, signedWorkbook, type DemoSet } from '../../electron/cli/demo-set'
import { SLOW, STACK_TRACE, cli, temporaryFolder } from './run-cli'

const folder = temporaryFolder()
const at = (name: string) => folder.path(name)
const BOARD = InstitutionId.parse('masshire-hampden-county-workforce-board')

let demo: DemoSet

const CONTEXT = {
  format: 'allied-pipeline-board-context',
  formatVersion: 1,
  defaults: { passShare: 0.85, placementShare: 0.85, inRegionShare: 0.7 },
  occupations: {
    'radiologic-technologists': {
      annualOpenings: { value: 48, source: 'Massachusetts long-term occupational projections' },
    },
  },
}

async function withBoardCard(registry: TrustRegistry, publicKey: string): Promise<TrustRegistry> {
  const now = new Date()
  const card = await createKeyCard({
    institution: { id: BOARD, name: 'MassHire Hampden County Workforce Board' },
    contact: { name: 'Dana Staff', email: 'dana.staff@example.org' },
    publicKeyRaw: fromBase64(publicKey),
    now,
  })
  const added = await addKeyCard(registry, card, now)
  const confirmed = confirmKey(added.registry, BOARD, card.fingerprint, now)
  if (!confirmed.ok) throw new Error(confirmed.problem)
  return confirmed.registry
}

beforeAll(async () => {
  const now = new Date()
  demo = await makeDemoSet(now)
  await mkdir(at('demo'))
  for (const e of demo.entries) await writeFile(join(at('demo'), e.workbook.name), e.workbook.bytes)
  // Last year's report of one college, merged in an earlier run.
  const college = demo.entries.find((e) => e.partner.report.kind === 'education')
  if (!college) throw new Error('the demo set has no college')
  const earlier = await signedWorkbook(
    { ...college.partner, period: academicYear(2024) },
    college,
    now,
  )
  await mkdir(at('earlier'))
  await writeFile(join(at('earlier'), earlier.workbook.name), earlier.workbook.bytes)

  const key = await createKeyFile(BOARD, now)
  await writeFile(at('board.key.json'), keyFileText(key), { mode: 0o600 })
  await writeFile(at('registry.json'), trustRegistryText(demo.registry))
  await writeFile(
    at('registry-with-board.json'),
    trustRegistryText(await withBoardCard(demo.registry, key.publicKey)),
  )
  await writeFile(at('context.json'), JSON.stringify(CONTEXT))
  const partnerKey = await createKeyFile(InstitutionId.parse('example-community-college'), now)
  await writeFile(at('partner.key.json'), keyFileText(partnerKey), { mode: 0o600 })
}, SLOW)

const merge = (...args: string[]) =>
  cli(['merge', at('demo'), '--trust', at('registry.json'), '--cycle', 'AY2025-26', ...args])

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  )
}

describe('merge --out --csv', () => {
  test(
    'the demo set: a regional workbook verify --trust accepts with the board’s card, CSV suppressed, the summary’s analysis as its schema says',
    async () => {
      const run = await merge(
        '--context',
        at('context.json'),
        '--key',
        at('board.key.json'),
        '--out',
        at('REGIONAL.xlsx'),
        '--csv',
        at('csv'),
        '--json',
        at('summary.json'),
      )
      expect(run.stderr).toBe('')
      expect(run.code).toBe(0)
      expect(run.stdout).toContain(`Written: ${at('REGIONAL.xlsx')}`)

      const verified = await cli([
        'verify',
        at('REGIONAL.xlsx'),
        '--trust',
        at('registry-with-board.json'),
      ])
      expect(verified.stdout).toContain('regional gap analysis, AY2025-26')
      expect(verified.stdout).toContain('trust: TRUSTED')
      expect(verified.code).toBe(0)
      // Without the board's card the same file is not trusted.
      const untrusted = await cli(['verify', at('REGIONAL.xlsx'), '--trust', at('registry.json')])
      expect(untrusted.code).toBe(1)

      const summary = MergeSummary.parse(JSON.parse(await readFile(at('summary.json'), 'utf8')))
      const analysis = summary.analysis
      expect(analysis?.cycle).toBe('AY2025-26')
      const radiologic = analysis?.occupations.find(
        (o) => o.occupation === 'radiologic-technologists',
      )
      const published = radiologic?.bases.find((b) => b.basis === 'published-openings')
      expect(published?.demand).toEqual({ value: 48, suppressed: false })
      expect(published?.coverage.value).toBeCloseTo((radiologic?.supply.value ?? NaN) / 48, 12)
      // The demo set has two hospitals: every employer-reported demand is suppressed.
      for (const o of analysis?.occupations ?? []) {
        const employer = o.bases.find((b) => b.basis === 'employer-reported')
        if (employer?.demand.suppressed) expect(employer.demand.value).toBeNull()
      }
      expect(analysis?.occupations.some((o) => o.bases[0]?.demand.suppressed)).toBe(true)

      expect((await readdir(at('csv'))).sort()).toEqual([
        'AHWG_analysis_AY2025-26.csv',
        'AHWG_merged-data_AY2025-26.csv',
      ])
      const dataset = await readFile(join(at('csv'), 'AHWG_merged-data_AY2025-26.csv'), 'utf8')
      const hospitalRows = dataset.split('\r\n').filter((l) => l.includes(',employer,'))
      expect(hospitalRows.length).toBeGreaterThan(0)
      for (const row of hospitalRows) expect(row.endsWith(`,${SUPPRESSED_TEXT}`)).toBe(true)
      const analysisCsv = await readFile(join(at('csv'), 'AHWG_analysis_AY2025-26.csv'), 'utf8')
      expect(analysisCsv).toContain(`Employer-reported demand,${SUPPRESSED_TEXT}`)
      expect(run.stdout).not.toMatch(STACK_TRACE)
    },
    SLOW,
  )

  test(
    'with --state, last year’s report merged in an earlier run feeds the multi-year rates',
    async () => {
      const first = await cli([
        'merge',
        at('earlier'),
        '--trust',
        at('registry.json'),
        '--cycle',
        'AY2024-25',
        '--state',
        at('state.json'),
      ])
      expect(first.code).toBe(0)
      const withState = await merge(
        '--state',
        at('state.json'),
        '--context',
        at('context.json'),
        '--json',
        at('state-summary.json'),
      )
      expect(withState.code).toBe(0)
      const alone = await merge('--context', at('context.json'), '--json', at('alone-summary.json'))
      expect(alone.code).toBe(0)
      const rate = async (file: string) => {
        const s = MergeSummary.parse(JSON.parse(await readFile(at(file), 'utf8')))
        const occupation = s.analysis?.occupations.find((o) =>
          o.rates.some((r) => r.denominator > 0),
        )
        return occupation?.rates.find((r) => r.rate === 'passRate' && r.span === 3)
      }
      const held = await rate('state-summary.json')
      const single = await rate('alone-summary.json')
      expect(single?.missingYears).toContain(2024)
      expect(held?.missingYears).not.toContain(2024)
      expect(held?.denominator).toBeGreaterThan(single?.denominator ?? Infinity)
    },
    SLOW,
  )

  test(
    'a bad context file: exit 2 naming the field, nothing merged or written',
    async () => {
      await writeFile(
        at('bad-context.json'),
        JSON.stringify({ ...CONTEXT, defaults: { passShare: 85 } }),
      )
      const run = await merge(
        '--context',
        at('bad-context.json'),
        '--key',
        at('board.key.json'),
        '--out',
        at('bad.xlsx'),
        '--state',
        at('bad-state.json'),
        '--json',
        at('bad-summary.json'),
      )
      expect(run.code).toBe(2)
      expect(run.stderr).toContain('defaults.passShare must be between 0 and 1')
      expect(run.stderr).not.toMatch(STACK_TRACE)
      for (const file of ['bad.xlsx', 'bad-state.json', 'bad-summary.json']) {
        expect(await exists(at(file))).toBe(false)
      }
    },
    SLOW,
  )

  test(
    '--out without --key is a wrong call; a partner’s key is refused',
    async () => {
      const run = await merge('--out', at('nokey.xlsx'))
      expect(run.code).toBe(2)
      expect(run.stderr).toContain('give the board’s --key too')
      const partner = await merge('--key', at('partner.key.json'), '--out', at('partner.xlsx'))
      expect(partner.code).toBe(2)
      expect(partner.stderr).toContain('not of a workforce board')
      expect(await exists(at('nokey.xlsx'))).toBe(false)
      expect(await exists(at('partner.xlsx'))).toBe(false)
    },
    SLOW,
  )

  test(
    'an output that cannot be written: exit 2, no half file, the state as it was',
    async () => {
      // A file where the folder should be: refused alike for every user, administrators too.
      await writeFile(at('not-a-folder'), 'a file, not a folder')
      const out = join(at('not-a-folder'), 'REGIONAL.xlsx')
      const run = await merge(
        '--key',
        at('board.key.json'),
        '--out',
        out,
        '--state',
        at('unwritten-state.json'),
      )
      expect(run.code).toBe(2)
      expect(run.stderr).toContain(`cannot write ${out}: a part of the path is not a folder`)
      expect(run.stderr).not.toMatch(STACK_TRACE)
      expect((await readdir(folder.path())).filter((n) => n.endsWith('.tmp'))).toEqual([])
      expect(await exists(at('unwritten-state.json'))).toBe(false)
    },
    SLOW,
  )
})
