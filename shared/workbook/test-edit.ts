// Edits a workbook the way a person with Excel might, for the tests: load it with exceljs,
// change something, save it again.
import type { Workbook } from 'exceljs'
import { zipSync, unzipSync, strFromU8, strToU8 } from 'fflate'
import { newWorkbook } from './excel'

export async function editWorkbook(
  bytes: Uint8Array,
  edit: (workbook: Workbook) => void,
): Promise<Uint8Array> {
  const workbook = newWorkbook()
  await workbook.xlsx.load(new Uint8Array(bytes).buffer)
  edit(workbook)
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

export function sheetOf(workbook: Workbook, name: string) {
  const sheet = workbook.getWorksheet(name)
  if (!sheet) throw new Error(`no sheet ${name}`)
  return sheet
}

/** Rewrites parts of the zip as text (for edits exceljs cannot make, such as a DOCTYPE). */
export function editParts(
  bytes: Uint8Array,
  edit: (parts: Map<string, string>) => void,
): Uint8Array {
  const files = unzipSync(bytes)
  const text = new Map(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]))
  edit(text)
  return zipSync(Object.fromEntries([...text].map(([name, data]) => [name, strToU8(data)])))
}

/** Reads the payload text of a signed workbook's signature sheet. */
export function payloadText(workbook: Workbook): string {
  const sheet = sheetOf(workbook, '_signature')
  const chunks: string[] = []
  for (let row = 6; ; row++) {
    const value = sheet.getCell(row, 2).value
    if (typeof value !== 'string') break
    chunks.push(value)
  }
  return chunks.join('')
}

/** Replaces the payload (one chunk), and optionally the key and signature, of a signed workbook. */
export function setSignatureParts(
  workbook: Workbook,
  parts: { payload?: string; publicKey?: string; signature?: string },
): void {
  const sheet = sheetOf(workbook, '_signature')
  if (parts.publicKey !== undefined) sheet.getCell('B3').value = parts.publicKey
  if (parts.signature !== undefined) sheet.getCell('B4').value = parts.signature
  if (parts.payload !== undefined) {
    for (let row = 6; sheet.getCell(row, 2).value !== null; row++) {
      sheet.getCell(row, 1).value = null
      sheet.getCell(row, 2).value = null
    }
    sheet.getCell('B5').value = 1
    sheet.getCell('A6').value = 'payload'
    sheet.getCell('B6').value = parts.payload
  }
}
