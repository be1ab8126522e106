// The very hidden `_signature` sheet: format id and version, the public key, the signature and
// the canonical payload as text, cut into chunks under Excel's 32,767-character cell limit.
//
//     A1 format          B1 allied-pipeline-submission (or -regional-analysis)
//     A2 formatVersion   B2 1
//     A3 publicKey       B3 <base64 of the raw Ed25519 key>
//     A4 signature       B4 <base64 of the signature>
//     A5 payloadChunks   B5 <n>
//     A6 payload         B6 <chunk 1>   … one row per chunk
import type { Workbook, Worksheet } from 'exceljs'
import { escapeOfficeText } from './cells'
import type { CellSource } from './grid'
import { SIGNATURE_SHEET } from './sheet-names'

/** Characters per payload cell: well under Excel's 32,767. */
export const PAYLOAD_CHUNK = 30_000

export interface SignatureParts {
  format: string
  formatVersion: number
  publicKey: string
  signature: string
  payload: string
}

const LABELS = ['format', 'formatVersion', 'publicKey', 'signature', 'payloadChunks'] as const
const FIRST_CHUNK_ROW = LABELS.length + 1

/** Cuts text into pieces of at most `size` UTF-16 units, never between the halves of a pair. */
export function chunkText(text: string, size = PAYLOAD_CHUNK): string[] {
  const chunks: string[] = []
  let at = 0
  while (at < text.length) {
    let end = Math.min(at + size, text.length)
    const last = text.charCodeAt(end - 1)
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1
    chunks.push(text.slice(at, end))
    at = end
  }
  return chunks
}

export function writeSignatureSheet(workbook: Workbook, parts: SignatureParts): Worksheet {
  const sheet = workbook.addWorksheet(SIGNATURE_SHEET, { state: 'veryHidden' })
  const chunks = chunkText(parts.payload)
  const values: (string | number)[] = [
    parts.format,
    parts.formatVersion,
    parts.publicKey,
    parts.signature,
    chunks.length,
  ]
  values.forEach((value, i) => {
    sheet.getCell(i + 1, 1).value = LABELS[i] ?? ''
    sheet.getCell(i + 1, 2).value = value
  })
  chunks.forEach((chunk, i) => {
    sheet.getCell(FIRST_CHUNK_ROW + i, 1).value = 'payload'
    sheet.getCell(FIRST_CHUNK_ROW + i, 2).value = escapeOfficeText(chunk)
  })
  sheet.getColumn(1).width = 16
  sheet.getColumn(2).width = 100
  return sheet
}

export type SignatureRead = { ok: true; parts: SignatureParts } | { ok: false; problem: string }

const damaged = (detail: string): SignatureRead => ({
  ok: false,
  problem: `The signature sheet is damaged: ${detail}`,
})

/** Reads the sheet strictly: every cell in its place, nothing else on the sheet. */
export function readSignatureSheet(sheet: CellSource): SignatureRead {
  const text = (row: number, column: number): string | null => {
    const found = sheet.found(row, column)
    return found.type === 'text' ? found.value : null
  }
  const number = (row: number): number | null => {
    const found = sheet.found(row, 2)
    return found.type === 'number' ? found.value : null
  }
  for (const [i, label] of LABELS.entries()) {
    if (text(i + 1, 1) !== label) return damaged(`cell A${i + 1} should read “${label}”.`)
  }
  const format = text(1, 2)
  const formatVersion = number(2)
  const publicKey = text(3, 2)
  const signature = text(4, 2)
  const count = number(5)
  if (format === null) return damaged('the format is missing (B1).')
  if (formatVersion === null) return damaged('the format version is missing (B2).')
  if (publicKey === null) return damaged('the public key is missing (B3).')
  if (signature === null) return damaged('the signature is missing (B4).')
  if (count === null || !Number.isInteger(count) || count < 1 || count > 1000) {
    return damaged('the number of payload parts (B5) is missing or wrong.')
  }
  const chunks: string[] = []
  for (let i = 0; i < count; i++) {
    const row = FIRST_CHUNK_ROW + i
    const chunk = text(row, 2)
    if (text(row, 1) !== 'payload' || chunk === null) {
      return damaged(`payload part ${i + 1} of ${count} (row ${row}) is missing.`)
    }
    chunks.push(chunk)
  }
  const lastRow = FIRST_CHUNK_ROW + count - 1
  for (const { row, column, address } of sheet.occupied()) {
    if (row > lastRow || column > 2) return damaged(`cell ${address} holds something unexpected.`)
  }
  return {
    ok: true,
    parts: { format, formatVersion, publicKey, signature, payload: chunks.join('') },
  }
}
