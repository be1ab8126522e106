// Cell addresses and cell text: the small vocabulary the writer, the verifier and the importer
// share. Text goes through `cellText` before it is laid out, so that what a workbook can hold
// and what the verifier expects to read back are the same string.

/** 1 → "A", 27 → "AA". */
export function columnLetters(column: number): string {
  let letters = ''
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters
  }
  return letters
}

/** "A" → 1, "aa" → 27; 0 for anything that is not letters. */
export function columnNumber(letters: string): number {
  if (!/^[A-Za-z]{1,4}$/.test(letters)) return 0
  let n = 0
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64)
  return n
}

/** Row and column, both from 1, as "B7". */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row}`
}

// Characters XML 1.0 cannot carry (C0 controls but tab and line feed, DEL which exceljs drops,
// U+FFFE/U+FFFF) and lone surrogate halves.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNWRITABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDFFF]/gu

/**
 * Text as a cell holds it after a save and a read: line breaks as LF (an XML reader turns CR
 * into LF) and characters a workbook cannot carry as U+FFFD.
 */
export function cellText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(UNWRITABLE, '\uFFFD')
}

/**
 * Office files spell some characters as `_xHHHH_` inside text, and Excel, LibreOffice and
 * exceljs decode that on reading; exceljs does not encode on writing. A literal "_x0041_" in
 * user text would come back as "A", so its underscore is written as `_x005F_`.
 */
export function escapeOfficeText(text: string): string {
  return text.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_')
}

/** Text quoted for a message, shortened and with line breaks shown as spaces. */
export function quoted(text: string, max = 60): string {
  const flat = text.replace(/[\t\n\r]+/g, ' ')
  return `“${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}”`
}

/** Two figures are the same if they agree to 15 significant digits, Excel's own precision. */
export function sameNumber(a: number, b: number): boolean {
  return a === b || Number(a.toPrecision(15)) === Number(b.toPrecision(15))
}

const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 })

/** A figure as a message shows it: 1,234 or 12.5. */
export function shownNumber(value: number): string {
  return plain.format(value)
}
