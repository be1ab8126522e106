// The regional workbook in independent readers: LibreOffice reads its Summary (and a re-save
// without edits still verifies), openpyxl reads the coverage figures as numbers and the
// suppressed ones as the sentence, and a formula-looking institution name stays text in both.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { SUPPRESSED_TEXT } from '../../shared/analysis/suppression'
import { region } from '../../shared/analysis/test-region'
import type { RegionalPublication } from '../../shared/regional/payload'
import { testPublication } from '../../shared/regional/test-publication'
import { testSigner } from '../../shared/workbook/test-fixtures'
import { verifyWorkbook } from '../../shared/workbook/verify'
import { writeRegionalWorkbook } from '../../shared/workbook/write-regional'
import { LibreOffice, openpyxl, parseCsv, scratch } from './tools'

const SLOW = 180_000
const HOSTILE = '=HYPERLINK("http://x.test","open")'

let office: LibreOffice
let dir = ''
let cleanup: () => Promise<void>
let publication: RegionalPublication
let bytes: Uint8Array

beforeAll(async () => {
  const made = await scratch()
  dir = made.dir
  cleanup = made.remove
  office = await LibreOffice.start(dir)
  const signer = await testSigner()
  const submissions = region().map((s) =>
    s.header.institution.id === 'baystate-health'
      ? { ...s, header: { ...s.header, institution: { ...s.header.institution, name: HOSTILE } } }
      : s,
  )
  publication = await testPublication(signer.keyId, { submissions })
  bytes = (await writeRegionalWorkbook(publication, signer)).bytes
}, SLOW)

afterAll(async () => {
  await cleanup()
})

/** The Summary's coverage cells, per occupation and demand basis, as the publication has them. */
function expectedCoverage(): [string, string, number | string][] {
  const basis = {
    'employer-reported': 'Employer-reported demand',
    'published-openings': 'Published annual openings',
  }
  return publication.analysis.occupations.flatMap((o) =>
    o.bases.map((b): [string, string, number | string] => [
      o.name,
      basis[b.basis],
      b.coverage.suppressed
        ? SUPPRESSED_TEXT
        : b.coverage.value === null
          ? 'unknown'
          : Math.round(b.coverage.value * 100) / 100,
    ]),
  )
}

describe('the regional workbook in LibreOffice and openpyxl', () => {
  test(
    'openpyxl reads the Summary’s coverage figures, numbers as numbers, and names as text',
    async () => {
      const { result } = await openpyxl<{
        coverage: [string, string, number | string][]
        hostile: string[]
      }>(
        dir,
        bytes,
        [
          'wb = openpyxl.load_workbook(path)',
          'rows = [[c.value for c in r] for r in wb["Summary"].iter_rows()]',
          'start = next(i for i, r in enumerate(rows) if r[0] == "Occupation")',
          'coverage = [[r[0], r[1], r[5]] for r in rows[start + 1:] if r[0]][:8]',
          'hostile = [c.data_type for r in wb["Contributions"].iter_rows() for c in r if c.value == ' +
            JSON.stringify(HOSTILE) +
            ']',
          'print(json.dumps({"coverage": coverage, "hostile": hostile}))',
        ].join('\n'),
      )
      expect(result.coverage).toEqual(expectedCoverage())
      expect(result.coverage.some(([, , c]) => typeof c === 'number')).toBe(true)
      expect(result.coverage.some(([, , c]) => c === SUPPRESSED_TEXT)).toBe(true)
      // A string cell ("s"), never a formula ("f").
      expect(result.hostile.length).toBeGreaterThan(0)
      expect(new Set(result.hostile)).toEqual(new Set(['s']))
    },
    SLOW,
  )

  test(
    'LibreOffice reads the Summary’s coverage, and its re-save without edits still verifies',
    async () => {
      const sheets = await office.csvSheets(bytes)
      const summary = parseCsv(sheets.get('Summary') ?? '')
      const start = summary.findIndex((r) => r[0] === 'Occupation')
      const read = summary.slice(start + 1, start + 9).map((r) => [r[0], r[1], r[5]])
      expect(read).toEqual(
        expectedCoverage().map(([o, b, c]) => [o, b, typeof c === 'number' ? String(c) : c]),
      )
      expect(sheets.get('Contributions')).toContain(HOSTILE.replace(/"/g, '""'))
      const resaved = await office.resave(bytes)
      const result = await verifyWorkbook(resaved)
      expect(result.findings).toEqual([])
      expect(result.regional?.header.cycle.id).toBe('AY2025-26')
    },
    SLOW,
  )
})
