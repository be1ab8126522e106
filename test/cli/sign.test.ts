// keygen → sign → verify, as an automated export would run them, and what blocks signing.
import { readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { readKeyCard, verifyReplacement } from '../../shared/crypto/key-card'
import { newWorkbook } from '../../shared/workbook/excel'
import {
  CONTACT,
  GOOD_VALUES,
  NO_PREVIOUS_NOTE,
  SLOW,
  STACK_TRACE,
  cli,
  educationReport,
  temporaryFolder,
  workbooksIn,
} from './run-cli'

const folder = temporaryFolder()
const at = (name: string) => folder.path(name)
const keyFile = () => at('hr-export.key.json')
const cardFile = () => at('hr-export.card.json')
const SIGN = () => ['sign', '--key', keyFile(), '--period', 'AY2025-26', ...CONTACT]

beforeAll(async () => {
  const run = await cli([
    'keygen',
    '--institution',
    'holyoke-community-college',
    '--out',
    keyFile(),
    '--card',
    cardFile(),
    ...CONTACT,
  ])
  expect(run.stderr).toBe('')
  expect(run.code).toBe(0)
}, SLOW)

describe('keygen', () => {
  test('the key file is private and the card carries the same key', async () => {
    expect((await stat(keyFile())).mode & 0o777).toBe(0o600)
    const key = JSON.parse(await readFile(keyFile(), 'utf8')) as { publicKey: string }
    const card = await readKeyCard(await readFile(cardFile(), 'utf8'))
    if (!card.ok) throw new Error(card.problem)
    expect(card.card.publicKey).toBe(key.publicKey)
    expect(card.card.institution).toEqual({
      id: 'holyoke-community-college',
      name: 'Holyoke Community College',
    })
    expect(card.card.contact).toEqual({ name: 'Pat Registrar', email: 'pat.registrar@example.org' })
  })

  test(
    'prints the fingerprint grouped, and never overwrites a file',
    async () => {
      const other = await cli([
        'keygen',
        '--institution',
        'holyoke-community-college',
        '--out',
        at('k2.json'),
      ])
      expect(other.code).toBe(0)
      expect(other.stdout).toMatch(
        /Fingerprint:\n {2}([0-9A-F]{4} ){7}[0-9A-F]{4}\n {2}([0-9A-F]{4} ){7}[0-9A-F]{4}\n/,
      )
      const before = await readFile(keyFile(), 'utf8')
      const again = await cli([
        'keygen',
        '--institution',
        'holyoke-community-college',
        '--out',
        keyFile(),
      ])
      expect(again.code).toBe(2)
      expect(again.stderr).toMatch(/hr-export\.key\.json already exists/)
      expect(await readFile(keyFile(), 'utf8')).toBe(before)
    },
    SLOW,
  )

  test(
    '--replaces writes a card whose replacement statement the old key signed',
    async () => {
      const run = await cli([
        'keygen',
        '--institution',
        'holyoke-community-college',
        '--out',
        at('hr-export-2026.key.json'),
        '--card',
        at('hr-export-2026.card.json'),
        '--replaces',
        keyFile(),
        ...CONTACT,
      ])
      expect(run.code).toBe(0)
      expect(run.stdout).toMatch(/replacement statement signed by the old key/)
      const card = await readKeyCard(await readFile(at('hr-export-2026.card.json'), 'utf8'))
      expect(card.ok && (await verifyReplacement(card.card))).toBe(true)
    },
    SLOW,
  )
})

describe('sign a JSON report', () => {
  test(
    'a signed report verifies, in text and in JSON',
    async () => {
      await writeFile(at('report.json'), JSON.stringify(educationReport(GOOD_VALUES)))
      const out = at('signed/')
      const signed = await cli([...SIGN(), '--in', at('report.json'), '--out', out])
      expect(signed.stderr).toBe(`${NO_PREVIOUS_NOTE}\n`)
      expect(signed.code).toBe(0)
      const file = join(out, 'AHWG_holyoke-community-college_AY2025-26_r1.xlsx')
      expect(signed.stdout).toContain(`Signed workbook written to ${file}`)

      const [text, json] = await Promise.all([
        cli(['verify', file]),
        cli(['verify', '--json', file]),
      ])
      expect(text.code).toBe(0)
      expect(text.stdout).toContain(`${file}: VALID`)
      expect(text.stdout).toContain(
        'Holyoke Community College [holyoke-community-college]: education report, AY 2025–26, revision 1',
      )
      expect(json.code).toBe(0)
      const [report] = JSON.parse(json.stdout) as Record<string, unknown>[]
      expect(report).toMatchObject({
        file,
        read: true,
        valid: true,
        findings: [],
        institution: { id: 'holyoke-community-college', name: 'Holyoke Community College' },
        role: 'education',
        period: 'AY2025-26',
        revision: 1,
      })
      expect(report?.trust).toBeUndefined()
    },
    SLOW,
  )

  test(
    'an error blocks signing and is listed with its row and measure',
    async () => {
      const values = { ...GOOD_VALUES, examPasses: 20 }
      await writeFile(at('bad-report.json'), JSON.stringify(educationReport(values)))
      const run = await cli([...SIGN(), '--in', at('bad-report.json'), '--out', at('blocked/')])
      expect(run.code).toBe(1)
      expect(run.stderr).toMatch(/^Cannot sign: the report has 1 error\.$/m)
      expect(run.stderr).toContain(
        '  error    row "Radiography" (radiography), First-attempt exam passes [examPasses]: ' +
          'First-attempt exam passes (20) is more than first-attempt exam takers (17).',
      )
      expect(run.stderr).not.toMatch(STACK_TRACE)
      await expect(stat(at('blocked'))).rejects.toThrow()
    },
    SLOW,
  )

  test(
    'a warning blocks signing until it has an explanation',
    async () => {
      const values = { ...GOOD_VALUES, enrolled: 42 }
      await writeFile(at('warn.json'), JSON.stringify(educationReport(values)))
      const blocked = await cli([...SIGN(), '--in', at('warn.json'), '--out', at('warn/')])
      expect(blocked.code).toBe(1)
      expect(blocked.stderr).toMatch(/the report has 1 warning without an explanation/)
      expect(blocked.stderr).toMatch(
        /warning {2}row "Radiography" \(radiography\), Enrolled at fall census \[enrolled\]: Enrolled \(42\) is more than seats \(40\)\. Needs an explanation \(explanations\.enrolled of that row\)\./,
      )

      const note = { enrolled: 'Four students repeat the second year.' }
      await writeFile(at('warn-explained.json'), JSON.stringify(educationReport(values, note)))
      const ok = await cli([
        ...SIGN(),
        '--in',
        at('warn-explained.json'),
        '--out',
        at('warn/'),
        '--revision',
        '2',
        '--supersedes',
        '6f1c2b1e-8a55-4c47-9d0e-2f4b7f7d9a10',
      ])
      expect(ok.stderr).toBe(`${NO_PREVIOUS_NOTE}\n`)
      expect(ok.code).toBe(0)
      expect(ok.stdout).toMatch(/AHWG_holyoke-community-college_AY2025-26_r2\.xlsx/)
    },
    SLOW,
  )

  test(
    'a file that is not a report is refused with the place of each problem',
    async () => {
      const notReport = {
        kind: 'education',
        programs: [],
        rows: [{ programId: 'x', values: { seats: 'forty' } }],
      }
      await writeFile(at('not-report.json'), JSON.stringify(notReport))
      await writeFile(at('not-json.json'), 'seats: 40')
      const [wrong, notJson] = await Promise.all([
        cli([...SIGN(), '--in', at('not-report.json'), '--out', at('x/')]),
        cli([...SIGN(), '--in', at('not-json.json'), '--out', at('x/')]),
      ])
      expect(wrong.code).toBe(1)
      expect(wrong.stderr).toMatch(/rows\.0\.values\.seats: Seats \(capacity\) must be a number/)
      expect(notJson.code).toBe(1)
      expect(notJson.stderr).toMatch(/not-json\.json: it is not JSON text/)
    },
    SLOW,
  )

  test(
    'wrong periods, a missing report and a bad key file are usage or read errors',
    async () => {
      await writeFile(at('employer.json'), JSON.stringify({ kind: 'employer', rows: [] }))
      await writeFile(at('bad.key.json'), '{"format":"allied-pipeline-key"}')
      const [period, missing, badKey] = await Promise.all([
        cli([...SIGN(), '--in', at('employer.json'), '--out', at('x/')]),
        cli([...SIGN(), '--in', at('nope.json'), '--out', at('x/')]),
        cli([
          'sign',
          '--key',
          at('bad.key.json'),
          '--in',
          at('report.json'),
          '--period',
          'AY2025-26',
          ...CONTACT,
          '--out',
          at('x/'),
        ]),
      ])
      expect(period.code).toBe(2)
      expect(period.stderr).toMatch(/snapshot on one date: use --period S2026-10-01/)
      expect(missing.code).toBe(2)
      expect(missing.stderr).toMatch(/cannot read .*nope\.json: no such file/)
      expect(badKey.code).toBe(2)
      expect(badKey.stderr).toMatch(
        /cannot use .*bad\.key\.json: The key file is not an allied-pipeline-key file/,
      )
      for (const run of [period, missing, badKey]) expect(run.stderr).not.toMatch(STACK_TRACE)
    },
    SLOW,
  )
})

describe('template, filled in, then signed', () => {
  async function fill(
    template: string,
    filled: string,
    edit: (set: (sheet: string, cell: string, value: number | string) => void) => void,
  ) {
    const workbook = newWorkbook()
    await workbook.xlsx.load(new Uint8Array(await readFile(template)).buffer)
    edit((sheet, cell, value) => {
      const found = workbook.getWorksheet(sheet)
      if (!found) throw new Error(`no sheet ${sheet}`)
      found.getCell(cell).value = value
    })
    await writeFile(filled, new Uint8Array(await workbook.xlsx.writeBuffer()))
  }

  test(
    'a high-school template filled in with figures signs and verifies',
    async () => {
      const template = at('hs-template.xlsx')
      const made = await cli([
        'template',
        '--kind',
        'high-school',
        '--institution',
        'putnam-academy',
        '--period',
        'AY2025-26',
        '--out',
        template,
      ])
      expect(made.code).toBe(0)
      // Row 4 is surgical technologists, as the template lists the four occupations in order.
      await fill(template, at('hs-filled.xlsx'), (set) => {
        for (const [cell, value] of [
          ['B4', 14],
          ['C4', 12],
          ['D4', 11],
          ['E4', 9],
        ] as const) {
          set('Pathway enrollment', cell, value)
        }
      })
      const key = at('putnam.key.json')
      expect((await cli(['keygen', '--institution', 'putnam-academy', '--out', key])).code).toBe(0)
      const signed = await cli([
        'sign',
        '--key',
        key,
        '--in',
        at('hs-filled.xlsx'),
        '--period',
        'AY2025-26',
        ...CONTACT,
        '--out',
        at('hs/'),
      ])
      expect(signed.stderr).toBe(`${NO_PREVIOUS_NOTE}\n`)
      expect(signed.code).toBe(0)
      const [file] = await workbooksIn(at('hs'))
      const verified = await cli(['verify', '--json', file ?? ''])
      expect(verified.code).toBe(0)
      expect(JSON.parse(verified.stdout)).toMatchObject([
        { valid: true, institution: { id: 'putnam-academy' }, role: 'high-school' },
      ])
    },
    SLOW,
  )

  test(
    'a template cell that is not a number is listed with its sheet and cell',
    async () => {
      const template = at('hs-template.xlsx')
      await fill(template, at('hs-text.xlsx'), (set) =>
        set('Pathway enrollment', 'C3', 'about ten'),
      )
      const run = await cli([...SIGN(), '--in', at('hs-text.xlsx'), '--out', at('x/')])
      expect(run.code).toBe(1)
      expect(run.stderr).toMatch(/could not be read as a filled-in template/)
      expect(run.stderr).toMatch(/error {4}Pathway enrollment!C3: /)
      expect(run.stderr).not.toMatch(STACK_TRACE)
    },
    SLOW,
  )
})
