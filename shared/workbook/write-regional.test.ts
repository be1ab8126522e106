// The regional workbook: written from its signed payload, checked by the same verifier as a
// partner's report, and trusted only when the board's own key signed it.
import { beforeAll, describe, expect, test, vi } from 'vitest'
import { SUPPRESSED_TEXT } from '../analysis/suppression'
import { region } from '../analysis/test-region'
import { createKeyCard } from '../crypto/key-card'
import { InstitutionId } from '../domain/ids'
import { fileCheckOf } from '../intake/file-check'
import type { RegionalPublication } from '../regional/payload'
import { publisherTrust } from '../regional/publisher-trust'
import { TEST_BOARD, testPublication } from '../regional/test-publication'
import { addKeyCard, confirmKey, emptyTrustRegistry, type TrustRegistry } from '../trust/registry'
import { readUntrustedWorkbook, type ParsedWorkbook } from './read-untrusted'
import { editWorkbook, sheetOf } from './test-edit'
import { testSigner, type TestSigner } from './test-fixtures'
import { verifyWorkbook } from './verify'
import { writeRegionalWorkbook } from './write-regional'

vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 })

let board: TestSigner
let partner: TestSigner
let publication: RegionalPublication
let bytes: Uint8Array

beforeAll(async () => {
  board = await testSigner()
  partner = await testSigner()
  publication = await testPublication(board.keyId)
  bytes = (await writeRegionalWorkbook(publication, board)).bytes
})

function parsed(file: Uint8Array): ParsedWorkbook {
  const read = readUntrustedWorkbook(file, 'verify')
  if (!read.ok) throw new Error(read.problem)
  return read.workbook
}

/** Where a text stands on a sheet, as "B7", or null. */
function find(workbook: ParsedWorkbook, sheet: string, value: string | RegExp): string[] {
  const found: string[] = []
  for (const cell of workbook.sheet(sheet)?.occupied() ?? []) {
    const f = workbook.sheet(sheet)?.found(cell.row, cell.column)
    if (f?.type !== 'text') continue
    if (typeof value === 'string' ? f.value === value : value.test(f.value))
      found.push(cell.address)
  }
  return found
}

async function registryWith(
  entries: readonly { signer: TestSigner; id: string; name: string }[],
): Promise<TrustRegistry> {
  let registry = emptyTrustRegistry()
  const now = new Date('2026-09-01T12:00:00.000Z')
  for (const { signer, id, name } of entries) {
    const card = await createKeyCard({
      institution: { id: InstitutionId.parse(id), name },
      contact: { name: 'Dana Staff', email: 'dana@example.org' },
      publicKeyRaw: signer.publicKeyRaw,
      now,
    })
    registry = (await addKeyCard(registry, card, now)).registry
    const confirmed = confirmKey(registry, id, signer.keyId, now)
    if (!confirmed.ok) throw new Error(confirmed.problem)
    registry = confirmed.registry
  }
  return registry
}

describe('the regional workbook', () => {
  test('has the sheets BOARD.md lists, in order, the signature very hidden', () => {
    const workbook = parsed(bytes)
    expect(workbook.sheets.map((s) => [s.name, s.state])).toEqual([
      ['Summary', 'visible'],
      ['Respiratory therapists', 'visible'],
      ['Radiologic technologists', 'visible'],
      ['Surgical technologists', 'visible'],
      ['Clinical lab', 'visible'],
      ['Contributions', 'visible'],
      ['Assumptions', 'visible'],
      ['Reporting status', 'visible'],
      ['Audit summary', 'visible'],
      ['_signature', 'veryHidden'],
    ])
  })

  test('verifies as the board’s regional analysis, which merge never takes for a report', async () => {
    const result = await verifyWorkbook(bytes)
    expect(result.findings).toEqual([])
    expect(result.valid).toBe(true)
    expect(result.submission).toBeUndefined()
    expect(result.regional?.header.board).toEqual(TEST_BOARD)
    expect(result.keyId).toBe(board.keyId)
    expect(await fileCheckOf(result)).toMatchObject({ outcome: 'not-a-submission' })
  })

  test('shows suppressed figures in the words BOARD.md fixes, and coverage as the number it is', () => {
    const workbook = parsed(bytes)
    // Two hospitals report surgical technologists: their demand, gap and coverage are suppressed.
    expect(find(workbook, 'Surgical technologists', SUPPRESSED_TEXT).length).toBeGreaterThan(3)
    const radiologic = publication.analysis.occupations.find(
      (o) => o.occupation === 'radiologic-technologists',
    )
    const coverage = radiologic?.bases[0]?.coverage.value ?? NaN
    const [row] = find(workbook, 'Summary', 'Radiologic technologists')
    const sheet = workbook.sheet('Summary')
    const rowNumber = Number(row?.slice(1))
    expect(sheet?.found(rowNumber, 6)).toEqual({
      type: 'number',
      value: Math.round(coverage * 100) / 100,
    })
  })

  test('a changed figure is named by its sheet and cell', async () => {
    const workbook = parsed(bytes)
    const [label] = find(workbook, 'Summary', 'Radiologic technologists')
    const row = Number(label?.slice(1))
    const edited = await editWorkbook(bytes, (w) => {
      sheetOf(w, 'Summary').getCell(row, 4).value = 99
    })
    const result = await verifyWorkbook(edited)
    expect(result.valid).toBe(false)
    const changed = result.findings.find((f) => f.code === 'cell-changed')
    expect(changed).toMatchObject({ sheet: 'Summary', cell: `D${row}` })
    expect(changed?.message).toBe(`Summary!D${row} changed after signing: 9 → 99`)
  })

  test('is trusted with the board’s key card, and not when a partner’s key signed it', async () => {
    const registry = await registryWith([
      { signer: board, id: TEST_BOARD.id, name: TEST_BOARD.name },
      { signer: partner, id: 'holyoke-community-college', name: 'Holyoke Community College' },
    ])
    const genuine = await verifyWorkbook(bytes)
    expect(publisherTrust(registry, publication, genuine.keyId ?? '').level).toBe('trusted')

    // The same figures signed by a partner the board trusts for its own reports.
    const forged = await testPublication(partner.keyId)
    const file = (await writeRegionalWorkbook(forged, partner)).bytes
    const result = await verifyWorkbook(file)
    expect(result.valid).toBe(true)
    const trust = publisherTrust(registry, forged, result.keyId ?? '')
    expect(trust.level).toBe('unknown-key')
    expect(trust.message).toContain('registered to Holyoke Community College')

    // Naming the partner itself as the publisher does not help.
    const own = await testPublication(partner.keyId, {
      board: {
        id: InstitutionId.parse('holyoke-community-college'),
        name: 'Holyoke Community College',
      },
    })
    expect(publisherTrust(registry, own, partner.keyId).level).toBe('unknown-institution')
  })

  test('formula-looking institution names are written as inert text', async () => {
    const hostile = '=HYPERLINK("http://example.invalid","Click")'
    const submissions = region().map((s) =>
      s.header.institution.id === 'cooley-dickinson-hospital'
        ? { ...s, header: { ...s.header, institution: { ...s.header.institution, name: hostile } } }
        : s,
    )
    const named = await testPublication(board.keyId, { submissions })
    const file = (await writeRegionalWorkbook(named, board)).bytes
    const workbook = parsed(file)
    const places = find(workbook, 'Contributions', hostile)
    expect(places.length).toBeGreaterThan(0)
    for (const sheet of workbook.sheets) {
      for (const cell of sheet.occupied()) {
        expect(sheet.found(cell.row, cell.column).type).not.toBe('formula')
      }
    }
    expect((await verifyWorkbook(file)).valid).toBe(true)
  })

  test('has a Scenarios sheet only when scenarios are chosen, each row labelled', async () => {
    const withScenario = await testPublication(board.keyId, {
      scenarios: [{ name: 'Ten more seats', programs: [], occupations: [] }],
    })
    const file = (await writeRegionalWorkbook(withScenario, board)).bytes
    const workbook = parsed(file)
    expect(workbook.sheets.map((s) => s.name)).toContain('Scenarios')
    expect(find(workbook, 'Scenarios', /^Scenario: Ten more seats/)).toHaveLength(1)
    expect((await verifyWorkbook(file)).valid).toBe(true)
  })

  test('an employer’s own demand is never shown, even with three employers reporting', () => {
    const workbook = parsed(bytes)
    const rows = publication.contributions.employers
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every((e) => e.demand.value === null && e.demand.suppressed)).toBe(true)
    expect(find(workbook, 'Contributions', 'Cooley Dickinson Hospital').length).toBeGreaterThan(0)
  })
})
