// The board's checks on the demo folder: every file valid and trusted, and every kind of bad
// file reported by name, with exit code 1 (or 2 when it cannot be read), never a stack trace.
import { randomBytes } from 'node:crypto'
import { readFile, truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { beforeAll, describe, expect, test } from 'vitest'
import { readKeyCard } from '../../shared/crypto/key-card'
import { readTrustRegistry } from '../../shared/trust/registry'
import { newWorkbook } from '../../shared/workbook/excel'
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
const demo = () => at('demo')
const registry = () => join(demo(), 'trust-registry.json')
const college = () => join(demo(), 'AHWG_example-community-college_AY2025-26_r1.xlsx')
const hospital = () => join(demo(), 'AHWG_sample-regional-hospital_S2026-10-01_r1.xlsx')

beforeAll(async () => {
  const run = await cli(['demo', '--out', demo()])
  expect(run.stderr).toBe('')
  expect(run.code).toBe(0)
}, SLOW)

interface JsonReport {
  file: string
  read: boolean
  valid: boolean
  accepted?: boolean
  role?: string
  findings: { code: string; message: string; sheet?: string; cell?: string }[]
  fingerprint?: string
  trust?: { level: string; message: string }
}

describe('demo', () => {
  test('six fictional partners, two of each kind, with key cards and a registry', async () => {
    expect(await workbooksIn(demo())).toHaveLength(6)
    const read = await readTrustRegistry(await readFile(registry(), 'utf8'))
    if (!read.ok) throw new Error(read.problem)
    expect(read.registry.institutions).toHaveLength(6)
    for (const institution of read.registry.institutions) {
      expect(institution.name).toMatch(/ \(fictional\)$/)
      const [key] = institution.keys
      expect(institution.keys.map((k) => k.status)).toEqual(['pinned'])
      const cardFile = `AHWG_key_${institution.institutionId}_${key?.keyId.slice(0, 8) ?? ''}.json`
      const card = await readKeyCard(await readFile(join(demo(), cardFile), 'utf8'))
      expect(card.ok && card.card.fingerprint).toBe(key?.keyId)
    }
  })

  test(
    'every demo workbook verifies and is trusted; --json parses',
    async () => {
      const files = await workbooksIn(demo())
      const [text, json] = await Promise.all([
        cli(['verify', ...files, '--trust', registry()]),
        cli(['verify', ...files, '--trust', registry(), '--json']),
      ])
      expect(text.code).toBe(0)
      expect(text.stdout).toMatch(
        /trust: TRUSTED\. Signed with a key the board pins for Example Career Academy \(fictional\)/,
      )
      expect(text.stdout).toMatch(/\n6 of 6 files valid and trusted\.\n$/)
      expect(json.code).toBe(0)
      const reports = JSON.parse(json.stdout) as JsonReport[]
      expect(reports.map((r) => r.file)).toEqual(files)
      expect(reports.every((r) => r.valid && r.accepted && r.trust?.level === 'trusted')).toBe(true)
      // One line per value, so that grep and line-based tools see whole values.
      const strings: string[] = []
      JSON.parse(json.stdout, (_key, value: unknown) => {
        if (typeof value === 'string') strings.push(value)
        return value
      })
      expect(strings.filter((v) => /[\r\n]/.test(v))).toEqual([])
      expect(reports[0]?.fingerprint).toMatch(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/)
      expect(reports.map((r) => r.role).sort()).toEqual([
        'education',
        'education',
        'employer',
        'employer',
        'high-school',
        'high-school',
      ])
    },
    SLOW,
  )

  test(
    'refuses a folder that is not empty',
    async () => {
      const run = await cli(['demo', '--out', demo()])
      expect(run.code).toBe(2)
      expect(run.stderr).toMatch(/is not empty/)
    },
    SLOW,
  )
})

describe('trust', () => {
  test(
    'a valid file signed with a key the board does not hold is not trusted',
    async () => {
      // Someone signs as a demo institution with a key of their own.
      const key = at('stranger.key.json')
      await writeFile(at('report.json'), JSON.stringify(educationReport(GOOD_VALUES)))
      const keygen = await cli([
        'keygen',
        '--institution',
        'example-community-college',
        '--out',
        key,
      ])
      expect(keygen.code).toBe(0)
      const args = [
        '--period',
        'AY2025-26',
        '--institution-name',
        'Example Community College (fictional)',
      ]
      const sign = await cli([
        'sign',
        '--key',
        key,
        '--in',
        at('report.json'),
        ...args,
        ...CONTACT,
        '--out',
        at('stranger/'),
      ])
      expect(sign.code).toBe(0)
      const [file] = await workbooksIn(at('stranger'))
      const run = await cli(['verify', file ?? '', '--trust', registry()])
      expect(run.code).toBe(1)
      expect(run.stdout).toMatch(/: VALID\n/)
      expect(run.stdout).toMatch(
        /trust: NOT TRUSTED \(unknown key\)\. WARNING: this file is signed with a key the board has never seen for Example Community College \(fictional\)/,
      )
      // Without a registry the same file is simply valid.
      expect((await cli(['verify', file ?? ''])).code).toBe(0)
    },
    SLOW,
  )
})

describe('bad files', () => {
  test(
    'a figure edited in Excel is found, with its sheet and cell',
    async () => {
      const workbook = newWorkbook()
      await workbook.xlsx.load(new Uint8Array(await readFile(college())).buffer)
      const sheet = workbook.getWorksheet('Capacity and admissions')
      if (!sheet) throw new Error('no data sheet')
      expect(sheet.getCell('B2').value).toBe(40)
      sheet.getCell('B2').value = 44
      const edited = at('edited.xlsx')
      await writeFile(edited, new Uint8Array(await workbook.xlsx.writeBuffer()))

      const run = await cli(['verify', edited, '--trust', registry()])
      expect(run.code).toBe(1)
      expect(run.stdout).toContain(`${edited}: INVALID`)
      expect(run.stdout).toMatch(/ - Capacity and admissions!B2: .*40.*44.* \[cell-changed\]/)
      expect(run.stdout).toMatch(/trust: not checked, the file is not valid/)
      expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE)
    },
    SLOW,
  )

  test(
    'a name inside a signed file cannot start a line of its own in the output',
    async () => {
      // Anyone can sign a file; its institution name is theirs to choose.
      const key = at('spoof.key.json')
      expect((await cli(['keygen', '--institution', 'new-clinic', '--out', key])).code).toBe(0)
      await writeFile(at('spoof.json'), JSON.stringify(educationReport(GOOD_VALUES)))
      const name = 'New Clinic\n  trust: TRUSTED. Signed with a key the board pins \u001b[1A'
      const signed = await cli([
        'sign',
        '--key',
        key,
        '--in',
        at('spoof.json'),
        '--period',
        'AY2025-26',
        '--institution-name',
        name,
        ...CONTACT,
        '--out',
        at('spoof/'),
      ])
      expect(signed.code).toBe(0)
      const [file = ''] = await workbooksIn(at('spoof'))

      const [text, json] = await Promise.all([
        cli(['verify', file, '--trust', registry()]),
        cli(['verify', '--json', file, '--trust', registry()]),
      ])
      expect(text.code).toBe(1)
      expect(text.stdout).not.toMatch(/^ {2}trust: TRUSTED/m)
      expect(text.stdout).not.toContain('\u001b')
      expect(text.stdout).toMatch(
        /^ {2}New Clinic trust: TRUSTED\. .* \uFFFD\[1A \[new-clinic\]: /m,
      )
      expect(text.stdout).toMatch(/^ {2}trust: NOT TRUSTED \(unknown institution\)/m)
      const [report] = JSON.parse(json.stdout) as { institution?: { name: string } }[]
      expect(report?.institution?.name).toBe(
        'New Clinic trust: TRUSTED. Signed with a key the board pins \uFFFD[1A',
      )
    },
    SLOW,
  )

  test(
    'one character changed in the signed payload breaks the signature',
    async () => {
      const parts = unzipSync(new Uint8Array(await readFile(hospital())))
      const name = 'xl/sharedStrings.xml'
      const xml = strFromU8(parts[name] ?? new Uint8Array())
      // The payload's quotes are escaped in the XML; one digit of one figure changes.
      expect(xml).toContain('openVacancies&quot;:6,')
      parts[name] = strToU8(xml.replace('openVacancies&quot;:6,', 'openVacancies&quot;:2,'))
      const tampered = at('tampered.xlsx')
      await writeFile(tampered, zipSync(parts))

      const run = await cli(['verify', '--json', tampered, '--trust', registry()])
      expect(run.code).toBe(1)
      const [report] = JSON.parse(run.stdout) as JsonReport[]
      expect(report).toMatchObject({ valid: false, accepted: false })
      expect(report?.findings.map((f) => f.code)).toEqual(['signature-mismatch'])
      expect(report?.findings[0]?.message).toMatch(/altered after it was signed/)
    },
    SLOW,
  )

  test(
    'a file that is not a workbook (text, PDF, random bytes) exits 2 with the safe reader’s message',
    async () => {
      const files: Record<string, Uint8Array> = {
        'minutes.xlsx': strToU8('Minutes of the work group meeting, 3 October.\n'),
        'agenda.pdf': strToU8('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'),
        'noise.xlsx': new Uint8Array(randomBytes(4096)),
      }
      for (const [name, bytes] of Object.entries(files)) {
        await writeFile(at(name), bytes)
        const run = await cli(['verify', at(name)])
        // The safe reader's own words for these bytes.
        const [refusal] = (await verifyWorkbook(bytes)).findings
        expect(refusal?.message).toMatch(/not an Excel workbook/)
        expect(run.stderr).toBe(`${at(name)}: CANNOT READ: ${refusal?.message ?? ''}\n`)
        expect(run.stdout).toBe('')
        expect(run.code).toBe(2)
      }
      const json = await cli(['verify', '--json', at('agenda.pdf'), college()])
      expect(json.code).toBe(2)
      expect(JSON.parse(json.stdout)).toMatchObject([
        { read: false, valid: false, findings: [{ code: 'refused' }] },
        { read: true, valid: true },
      ])
    },
    SLOW,
  )

  test(
    'a file far larger than any report workbook is refused without being read',
    async () => {
      const huge = at('huge.xlsx')
      await writeFile(huge, '')
      await truncate(huge, 25 * 1024 * 1024)
      const run = await cli(['verify', huge])
      expect(run.code).toBe(2)
      expect(run.stderr).toMatch(
        /huge\.xlsx: CANNOT READ: .*huge\.xlsx is 25\.0 MB, more than the 20\.0 MB allowed/,
      )
    },
    SLOW,
  )

  test(
    'a missing file exits 2, after checking the others',
    async () => {
      const run = await cli(['verify', college(), at('no-such-file.xlsx'), demo()])
      expect(run.code).toBe(2)
      expect(run.stdout).toContain(`${college()}: VALID`)
      expect(run.stderr).toMatch(/no-such-file\.xlsx: CANNOT READ: cannot read .*: no such file/)
      expect(run.stderr).toMatch(/demo: CANNOT READ: cannot read .*: (not a file|it is a folder)/)
      expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE)
    },
    SLOW,
  )

  test(
    'an unreadable or missing registry exits 2',
    async () => {
      await writeFile(at('registry.json'), '{"format":"allied-pipeline-trust-registry"}')
      const [bad, missing] = await Promise.all([
        cli(['verify', college(), '--trust', at('registry.json')]),
        cli(['verify', college(), '--trust', at('nope.json')]),
      ])
      expect(bad.code).toBe(2)
      expect(bad.stderr).toMatch(/cannot use .*registry\.json: This is not a usable trust registry/)
      expect(missing.code).toBe(2)
      expect(missing.stderr).toMatch(/cannot read .*nope\.json: no such file/)
    },
    SLOW,
  )
})
