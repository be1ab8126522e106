// One truth with the app: `sign` refuses a report with exactly the findings the export gate gives
// when it is run as the app's export runs it, `exportReadiness(report, { previous })`, and the
// previous period's workbook it is given is verified and must fit.
import { readFile, stat, writeFile } from 'node:fs/promises'
import { beforeAll, describe, expect, test } from 'vitest'
import { Report } from '../../shared/reports/schemas'
import { exportReadiness } from '../../shared/submission/export-gate'
import {
  CONTACT,
  GOOD_VALUES,
  NO_PREVIOUS_NOTE,
  SLOW,
  STACK_TRACE,
  cli,
  educationReport,
  listed,
  temporaryFolder,
  type Listed,
  workbooksIn,
} from './run-cli'

const folder = temporaryFolder()
const at = (name: string) => folder.path(name)
const key = () => at('college.key.json')
const NOTE = NO_PREVIOUS_NOTE

/** Last year's figures: 10 completers, so 17 this year is a change of +70%. */
const LAST_YEAR = { ...GOOD_VALUES, completers: 10, expectedCompletersNextYear: 17 }
/** This year's: a large change, an error (passes above takers) and a required figure left empty. */
const THIS_YEAR: Record<string, number> = { ...GOOD_VALUES, examPasses: 20 }
delete THIS_YEAR['applicants']

let previousFile = ''

function sign(period: string, input: string, out: string, ...more: string[]) {
  return cli([
    'sign',
    '--key',
    key(),
    '--in',
    input,
    '--period',
    period,
    ...CONTACT,
    '--out',
    out,
    ...more,
  ])
}

beforeAll(async () => {
  const keygen = await cli(['keygen', '--institution', 'holyoke-community-college', '--out', key()])
  expect(keygen.code).toBe(0)
  await writeFile(at('last-year.json'), JSON.stringify(educationReport(LAST_YEAR)))
  const signed = await sign('AY2024-25', at('last-year.json'), at('last-year/'))
  expect(signed.code).toBe(0)
  ;[previousFile = ''] = await workbooksIn(at('last-year'))
  await writeFile(at('this-year.json'), JSON.stringify(educationReport(THIS_YEAR)))
}, SLOW)

/** What the app's export decides for the same report. */
async function appFindings(reportFile: string, previous?: Report): Promise<Listed[]> {
  const report = Report.parse(JSON.parse(await readFile(reportFile, 'utf8')))
  return exportReadiness(report, { previous }).blocking.map((f) => ({
    level: f.level,
    rowId: f.rowId,
    measure: f.measure,
    text: f.message.replace(/^Radiography: /, ''),
  }))
}

describe('sign decides through the export gate', () => {
  test(
    'given --previous, it refuses with the gate’s findings, the large change included',
    async () => {
      const run = await sign(
        'AY2025-26',
        at('this-year.json'),
        at('x/'),
        '--previous',
        previousFile,
      )
      expect(run.code).toBe(1)
      expect(run.stderr).not.toContain(NOTE)
      const previous = Report.parse(JSON.parse(await readFile(at('last-year.json'), 'utf8')))
      const expected = await appFindings(at('this-year.json'), previous)
      expect(listed(run.stderr)).toEqual(expected)
      // What the test relies on: all three kinds are there, the change from last period too.
      expect(expected.map((f) => f.measure).sort()).toEqual([
        'applicants',
        'completers',
        'examPasses',
      ])
      expect(run.stderr).toMatch(
        /^Cannot sign: the report has 1 error, 1 warning without an explanation and 1 required figure still empty\.$/m,
      )
      expect(run.stderr).toMatch(
        /warning {2}row "Radiography" \(radiography\), Completers \[completers\]: Completers changed from 10 last period to 17 \(\+70%\)\./,
      )
    },
    SLOW,
  )

  test(
    'without --previous it says so, and the change from last period is not among the findings',
    async () => {
      const run = await sign('AY2025-26', at('this-year.json'), at('x/'))
      expect(run.code).toBe(1)
      expect(run.stderr.split('\n')[0]).toBe(NOTE)
      const found = listed(run.stderr)
      expect(found).toEqual(await appFindings(at('this-year.json')))
      expect(found.map((f) => f.measure)).not.toContain('completers')
    },
    SLOW,
  )

  test(
    'an empty report is refused, as the app refuses it',
    async () => {
      await writeFile(
        at('empty.json'),
        JSON.stringify({ kind: 'education', programs: [], rows: [] }),
      )
      const run = await sign('AY2025-26', at('empty.json'), at('x/'))
      expect(run.code).toBe(1)
      expect(listed(run.stderr)).toEqual(await appFindings(at('empty.json')))
      expect(run.stderr).toContain('  error    The report has no programs yet: add at least one')
    },
    SLOW,
  )

  test(
    'once the change is explained and the figures fixed, it signs',
    async () => {
      const fixed = educationReport(
        { ...GOOD_VALUES },
        { completers: 'A second cohort started in January 2025.' },
      )
      await writeFile(at('fixed.json'), JSON.stringify(fixed))
      const run = await sign(
        'AY2025-26',
        at('fixed.json'),
        at('fixed/'),
        '--previous',
        previousFile,
      )
      expect(run.stderr).toBe('')
      expect(run.code).toBe(0)
    },
    SLOW,
  )
})

describe('the previous workbook must fit', () => {
  test(
    'one for another period, another institution, or not intact, is refused with the reason',
    async () => {
      const bytes = await readFile(previousFile)
      const tampered = at('tampered.xlsx')
      await writeFile(tampered, bytes.subarray(0, bytes.length - 200))
      const otherKey = at('other.key.json')
      expect(
        (await cli(['keygen', '--institution', 'putnam-academy', '--out', otherKey])).code,
      ).toBe(0)
      const [wrongPeriod, notIntact, wrongInstitution] = await Promise.all([
        sign('AY2026-27', at('fixed.json'), at('y/'), '--previous', previousFile),
        sign('AY2025-26', at('fixed.json'), at('y/'), '--previous', tampered),
        cli([
          'sign',
          '--key',
          otherKey,
          '--in',
          at('fixed.json'),
          '--period',
          'AY2025-26',
          ...CONTACT,
          '--out',
          at('y/'),
          '--previous',
          previousFile,
        ]),
      ])
      expect(wrongPeriod.code).toBe(2)
      expect(wrongPeriod.stderr).toMatch(
        /cannot use --previous .*: it is for AY 2024–25 \(AY2024-25\); the period before AY2026-27 is AY 2025–26 \(AY2025-26\)\./,
      )
      expect(notIntact.code).toBe(1)
      expect(notIntact.stderr).toMatch(
        /cannot use --previous .*tampered\.xlsx: it is not an intact signed workbook\./,
      )
      expect(wrongInstitution.code).toBe(2)
      expect(wrongInstitution.stderr).toMatch(
        /cannot use --previous .*: it is Holyoke Community College's report \(holyoke-community-college\), but the key file signs for putnam-academy\./,
      )
      for (const run of [wrongPeriod, notIntact, wrongInstitution]) {
        expect(run.stderr).not.toMatch(STACK_TRACE)
      }
      // Nothing was written for any of them.
      await expect(stat(at('y'))).rejects.toThrow()
    },
    SLOW,
  )
})
