// Properties of signing and verification over random submissions: what is signed and written
// verifies; any one change to a visible value, to the signed text, to the signature or to the
// key is caught (and a visible change is named to its sheet and cell); the canonical form does
// not depend on key order; numbers come back exactly.
import { fc, test } from '@fast-check/vitest'
import { describe, expect, vi } from 'vitest'
import { fromBase64, toBase64 } from '../crypto/bytes'
import { canonicalJson } from '../crypto/canonical'
import { ProgramId } from '../domain/ids'
import { OCCUPATIONS } from '../domain/occupations'
import { EDUCATION_MEASURES } from '../reports/measures'
import type { Report } from '../reports/schemas'
import { Submission } from '../submission/payload'
import { newWorkbook } from './excel'
import { submissionLayout } from './layout'
import { readUntrustedWorkbook } from './read-untrusted'
import { testSigner, testSubmission, type TestSigner } from './test-fixtures'
import { editParts, editWorkbook, payloadText, setSignatureParts, sheetOf } from './test-edit'
import { verifyWorkbook } from './verify'
import { writeSignedWorkbook } from './write-signed'

vi.setConfig({ testTimeout: 120_000 })

const signer: TestSigner = await testSigner()
const RUNS = { numRuns: 12 }

/** Text a partner might type, including what looks like a formula or an Office escape. */
const text = (max: number) =>
  fc
    .tuple(
      fc.constantFrom('', '=', '+', '-', '@', '_x0041_ ', ' '),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: max }),
    )
    .map(([prefix, body]) => `${prefix}${body}`.trim())
    .filter((s) => s.length > 0 && !/[\uFFFE\uFFFF]/.test(s))

/** Figures that keep every education rule: one scale for all counts, any FTE. */
const educationReport: fc.Arbitrary<Report> = fc
  .record({
    programs: fc.array(fc.record({ name: text(40), campus: text(30) }), {
      minLength: 1,
      maxLength: 4,
    }),
    scale: fc.integer({ min: 1, max: 40 }),
    fte: fc.integer({ min: 0, max: 9999 }).map((n) => n / 100),
    explanation: fc.option(text(80), { nil: undefined }),
  })
  .map(({ programs, scale, fte, explanation }) => {
    const base: Record<string, number | null> = {
      seats: 40,
      applicants: 120,
      qualifiedApplicants: 80,
      admitted: 40,
      waitlisted: 12,
      enrolled: 38,
      completers: 17,
      expectedCompletersNextYear: 18,
      examTakers: 17,
      examPasses: 15,
      graduatesSeeking: 16,
      placedInField: 14,
      placedInRegion: 11,
      clinicalSlotsNeeded: 20,
      clinicalSlotsSecured: 20,
      facultyVacancies: 1,
      internships: 4,
      apprenticeships: 0,
    }
    const list = programs.map((p, i) => {
      const o = OCCUPATIONS[i % OCCUPATIONS.length]!
      return {
        id: ProgramId.parse(`program-${i + 1}`),
        name: p.name,
        occupation: o.id,
        cip: o.cip[0]!.code,
        credential: 'associate' as const,
        campus: p.campus,
        accreditor: o.accreditors[0] ?? '',
      }
    })
    return {
      kind: 'education',
      programs: list,
      rows: list.map((p, i) => ({
        programId: p.id,
        values: Object.fromEntries(
          EDUCATION_MEASURES.map((m) => [
            m.key,
            m.key === 'facultyFte'
              ? fte
              : base[m.key] === undefined || base[m.key] === null
                ? null
                : base[m.key]! * scale,
          ]),
        ),
        explanations: i === 0 && explanation ? { seats: explanation } : {},
      })),
    } as Report
  })

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** JSON values the canonical form accepts (integers beyond 2^53 are refused by design). */
const canonicalValue = fc.jsonValue().filter((value) => {
  try {
    canonicalJson(value)
    return true
  } catch {
    return false
  }
})
const exactNumber = fc
  .double({ noNaN: true, noDefaultInfinity: true })
  .filter((n) => !Number.isInteger(n) || Number.isSafeInteger(n))

async function signed(report: Report) {
  const submission = Submission.parse(testSubmission(report, signer.keyId))
  return { submission, bytes: (await writeSignedWorkbook(submission, signer)).bytes }
}

describe('random valid submissions', () => {
  test.prop([educationReport], RUNS)('sign → write → read → verify as valid', async (report) => {
    const { submission, bytes } = await signed(report)
    const result = await verifyWorkbook(bytes)
    expect(result.findings).toEqual([])
    expect(result.submission).toEqual(submission)
  })

  test.prop([educationReport, fc.nat(), fc.boolean()], RUNS)(
    'changing any one visible value is caught and named to its sheet and cell',
    async (report, pick, useText) => {
      const { submission, bytes } = await signed(report)
      const places = submissionLayout(submission).flatMap((sheet) =>
        sheet.rows.flatMap((row, r) =>
          row.flatMap((cell, c) =>
            cell ? [{ sheet: sheet.name, row: r + 1, column: c + 1, value: cell.value }] : [],
          ),
        ),
      )
      const place = places[pick % places.length]!
      const address = `${String.fromCharCode(64 + place.column)}${place.row}`
      const sheetIndex = submissionLayout(submission).findIndex((l) => l.name === place.sheet)
      // Edited in the XML itself: an exceljs re-save would also rewrite "_x0041_" in other cells.
      const edited = editParts(bytes, (parts) => {
        const name = `xl/worksheets/sheet${sheetIndex + 1}.xml`
        const xml = parts.get(name) ?? ''
        const cell = new RegExp(`<c r="${address}"([^>]*?)(?: t="[a-z]+")?>.*?</c>`)
        const value =
          typeof place.value === 'number' && !useText
            ? `<v>${place.value + 1}</v>`
            : `<is><t>${escapeXml(`${String(place.value)}!`)}</t></is>`
        const type = value.startsWith('<is>') ? ' t="inlineStr"' : ''
        parts.set(
          name,
          xml.replace(
            cell,
            (_, attrs: string) =>
              `<c r="${address}"${attrs.replace(/ t="[a-z]+"/, '')}${type}>${value}</c>`,
          ),
        )
      })
      const result = await verifyWorkbook(edited)
      expect(result.valid).toBe(false)
      expect(result.findings).toContainEqual(
        expect.objectContaining({ code: 'cell-changed', sheet: place.sheet, cell: address }),
      )
    },
  )

  test.prop([educationReport, fc.nat(), fc.integer({ min: 1, max: 0x7e })], RUNS)(
    'changing any one character of the signed text breaks the signature',
    async (report, pick, code) => {
      const { bytes } = await signed(report)
      const edited = await editWorkbook(bytes, (wb) => {
        const payload = payloadText(wb)
        const at = pick % payload.length
        const replacement =
          String.fromCharCode(code) === payload[at] ? '~' : String.fromCharCode(code)
        setSignatureParts(wb, {
          payload: `${payload.slice(0, at)}${replacement}${payload.slice(at + 1)}`,
        })
      })
      const result = await verifyWorkbook(edited)
      expect(result.valid).toBe(false)
      expect(result.findings.map((f) => f.code)).toContain('signature-mismatch')
    },
  )

  test.prop([educationReport, fc.nat(), fc.integer({ min: 0, max: 7 }), fc.boolean()], RUNS)(
    'flipping any one bit of the signature or the key is caught',
    async (report, pick, bit, inKey) => {
      const { bytes } = await signed(report)
      const edited = await editWorkbook(bytes, (wb) => {
        const cell = sheetOf(wb, '_signature').getCell(inKey ? 'B3' : 'B4')
        const raw = fromBase64(typeof cell.value === 'string' ? cell.value : '')
        const at = pick % raw.length
        raw[at] = (raw[at] ?? 0) ^ (1 << bit)
        cell.value = toBase64(raw)
      })
      const result = await verifyWorkbook(edited)
      expect(result.valid).toBe(false)
      expect(result.findings.map((f) => f.code)).toContain('signature-mismatch')
    },
  )
})

/** The same JSON value with every object's keys in another order. */
function reordered(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((v, i) => reordered(v, seed + i))
  if (typeof value !== 'object' || value === null) return value
  const entries = Object.entries(value)
  const shuffled = entries
    .map((e, i) => ({ e, k: Math.sin(seed * 997 + i * 31) }))
    .sort((a, b) => a.k - b.k)
    .map(({ e: [k, v] }, i) => [k, reordered(v, seed + i)] as const)
  return Object.fromEntries(shuffled)
}

describe('canonical form and numbers', () => {
  test.prop([canonicalValue, fc.integer()])(
    'canonical form is stable under key order',
    (value, seed) => {
      expect(canonicalJson(reordered(value, seed))).toBe(canonicalJson(value))
    },
  )

  test.prop([exactNumber])('numbers round-trip the canonical form exactly', (n) => {
    const back = JSON.parse(canonicalJson({ n })) as { n: number }
    // JSON has no negative zero: −0 is written as 0, which is the same figure.
    expect(back.n === n).toBe(true)
  })

  test.prop(
    [
      fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), {
        minLength: 1,
        maxLength: 50,
      }),
    ],
    {
      numRuns: 30,
    },
  )('numbers written to a workbook are read back exactly', async (numbers) => {
    const workbook = newWorkbook()
    const sheet = workbook.addWorksheet('Figures')
    numbers.forEach((n, i) => {
      sheet.getCell(i + 1, 1).value = n
    })
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer())
    const read = readUntrustedWorkbook(bytes, 'verify')
    if (!read.ok) throw new Error(read.problem)
    const figures = read.workbook.sheet('Figures')!
    numbers.forEach((n, i) => {
      const found = figures.found(i + 1, 1)
      expect(found.type === 'number' && found.value === n).toBe(true)
    })
  })
})
