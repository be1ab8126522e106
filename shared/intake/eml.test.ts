import { describe, expect, test } from 'vitest'
import { MAX_EML_BYTES, MAX_EML_FORWARDS, oneLine, readEmlWorkbooks } from './eml'
import { testEml } from './test-eml'

const bytes = (text: string) => new TextEncoder().encode(text)
const workbook = (n: number) => Uint8Array.from({ length: 3000 }, (_, i) => (i * 7 + n) % 256)

describe('reading the workbooks attached to a saved message', () => {
  test('takes every .xlsx attachment byte for byte, and names what it left out', async () => {
    const message = testEml({
      subject: 'AY 2025–26 figures',
      attachments: [
        { name: 'AHWG_stcc_AY2025-26_r1.xlsx', bytes: workbook(1) },
        { name: 'cover letter.pdf', bytes: workbook(2), type: 'application/pdf' },
        { name: 'AHWG_stcc_S2026-10-01_r1.xlsx', bytes: workbook(3) },
      ],
    })
    const read = await readEmlWorkbooks(bytes(message))
    if (!read.ok) throw new Error(read.problem)
    expect(read.subject).toBe('AY 2025–26 figures')
    expect(read.workbooks.map((w) => w.name)).toEqual([
      'AHWG_stcc_AY2025-26_r1.xlsx',
      'AHWG_stcc_S2026-10-01_r1.xlsx',
    ])
    expect([...read.workbooks[0]!.bytes]).toEqual([...workbook(1)])
    expect([...read.workbooks[1]!.bytes]).toEqual([...workbook(3)])
    expect(read.skipped.map((s) => [s.name, s.kind, s.reason])).toEqual([
      ['cover letter.pdf', 'other', 'not an Excel workbook'],
    ])
  })

  test('takes the workbook of a forwarded message', async () => {
    const original = testEml({
      subject: 'figures',
      attachments: [{ name: 'AHWG_hcc_AY2025-26_r2.xlsx', bytes: workbook(4) }],
    })
    const forward = testEml({ subject: 'Fwd: figures', forwarded: [original] })
    const read = await readEmlWorkbooks(bytes(forward))
    if (!read.ok) throw new Error(read.problem)
    expect(read.workbooks.map((w) => w.name)).toEqual(['AHWG_hcc_AY2025-26_r2.xlsx'])
    expect([...read.workbooks[0]!.bytes]).toEqual([...workbook(4)])
  })

  test('a message forwarded deeper than the limit is not opened further', async () => {
    let message = testEml({
      subject: 'figures',
      attachments: [{ name: 'deep.xlsx', bytes: workbook(5) }],
    })
    for (let i = 0; i <= MAX_EML_FORWARDS; i++) {
      message = testEml({ subject: `Fwd ${i}`, forwarded: [message] })
    }
    const read = await readEmlWorkbooks(bytes(message))
    if (!read.ok) throw new Error(read.problem)
    expect(read.workbooks).toEqual([])
    expect(read.skipped.map((s) => [s.kind, s.reason])).toEqual([
      ['message', 'a message forwarded more than 3 times over; save its attachments on their own'],
    ])
  })

  test('a message without a workbook, a damaged one and an oversized one are refused, saying why', async () => {
    const none = await readEmlWorkbooks(
      bytes(
        testEml({
          subject: 'hello',
          attachments: [{ name: 'notes.docx', bytes: workbook(6), type: 'application/msword' }],
        }),
      ),
    )
    expect(none).toEqual({
      ok: false,
      problem:
        'This e-mail message could not be opened: it has no Excel workbook attached (notes.docx: not an Excel workbook).',
    })
    const nested = `Content-Type: multipart/mixed; boundary="x0"\r\n\r\n${Array.from(
      { length: 30 },
      (_, i) => `--x${i}\r\nContent-Type: multipart/mixed; boundary="x${i + 1}"\r\n\r\n`,
    ).join('')}`
    const deep = await readEmlWorkbooks(bytes(nested))
    expect(deep.ok).toBe(false)
    if (!deep.ok) expect(deep.problem).toMatch(/not a well-formed message/)
    const huge = await readEmlWorkbooks(new Uint8Array(MAX_EML_BYTES + 1))
    expect(huge).toEqual({
      ok: false,
      problem:
        'This e-mail message could not be opened: it is 41 MB, more than the 40 MB allowed for one message.',
    })
  })

  test('an attachment name is kept on one line', () => {
    expect(oneLine('evil\r\nname\u0007.xlsx')).toBe('evil name .xlsx')
    expect(oneLine('x'.repeat(200)).length).toBe(120)
  })
})
