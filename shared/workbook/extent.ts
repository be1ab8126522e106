// A second look at an untrusted workbook, after the zip checks and still before exceljs: how many
// sheets, rows and cells it has and how far its cell references reach. exceljs builds an object
// per row and cell, and expands merged ranges and data-validation ranges cell by cell, so one
// reference such as A1:XFD1048576 in a tiny file would keep it busy for minutes. A report
// workbook uses a small, known area; anything reaching past it is refused here.
import { columnLetters, columnNumber } from './cells'
import { decodeXml } from './safe-read-xml'

export interface ExtentLimits {
  maxSheets: number
  /** Highest row any reference may reach. */
  maxRows: number
  /** Highest column any reference may reach (26 = Z). */
  maxColumns: number
  /** Cells written in one sheet, empty styled ones included. */
  maxCellsPerSheet: number
}

const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/i
const SHEET = /<(?:\w+:)?sheet\b[^>]*>/g
/** References in attributes: `r` (cells, rows), `ref` (merges, links, filters), `sqref` (validations, formats). */
const REFERENCE = /<(?:\w+:)?(\w+)\b[^>]*?\s(?:r|ref|sqref)="([^"]*)"/g
/** Elements whose references say where the user looked, not where anything is. */
const VIEW_ONLY = new Set(['selection', 'pane', 'dimension'])
const ROW_TAG = /<(?:\w+:)?row[\s>/]/g
const CELL_TAG = /<(?:\w+:)?c[\s>/]/g
const SQREF_ELEMENT = /<(?:\w+:)?sqref>([^<]*)</g

/** Why the workbook is refused, or null when it stays inside the limits. */
export function checkExtent(parts: Map<string, Uint8Array>, limits: ExtentLimits): string | null {
  const names = sheetNames(parts)
  const worksheets = [...parts.keys()].filter((name) => WORKSHEET_PART.test(name))
  if (worksheets.length > limits.maxSheets || names.size > limits.maxSheets) {
    return `The workbook has ${Math.max(worksheets.length, names.size)} sheets; a report workbook has no more than ${limits.maxSheets}. It was not opened.`
  }
  for (const part of worksheets) {
    const xml = decodeXml(parts.get(part) ?? new Uint8Array())
    const sheet = names.get(part) ?? part
    const problem = checkSheet(xml, limits)
    if (problem) return `The sheet “${sheet}” ${problem} It was not opened.`
  }
  return null
}

function checkSheet(xml: string, limits: ExtentLimits): string | null {
  const area = `columns A to ${columnLetters(limits.maxColumns)}, rows 1 to ${limits.maxRows.toLocaleString('en-US')}`
  const rows = count(xml, ROW_TAG)
  const cells = count(xml, CELL_TAG)
  if (rows > limits.maxRows || cells > limits.maxCellsPerSheet) {
    return `has ${cells.toLocaleString('en-US')} cells in ${rows.toLocaleString('en-US')} rows, far more than a report workbook (${area}).`
  }
  const references: string[] = []
  for (const [, element = '', value = ''] of xml.matchAll(REFERENCE)) {
    if (VIEW_ONLY.has(element)) continue
    // A row's `r` is its number alone: check it as the first cell of that row.
    references.push(element === 'row' && /^\d+$/.test(value) ? `A${value}` : value)
  }
  for (const [, value = ''] of xml.matchAll(SQREF_ELEMENT)) references.push(value)
  for (const value of references) {
    for (const ref of value.trim().split(/\s+/)) {
      if (ref !== '' && !insideArea(ref, limits)) {
        return `refers to ${ref.length > 30 ? `${ref.slice(0, 29)}…` : ref}, outside the area a report workbook uses (${area}).`
      }
    }
  }
  return null
}

/** Whether every corner of a reference like B7, 12 (a row), $A$1:$C$9 or A:A lies in the area. */
function insideArea(ref: string, limits: ExtentLimits): boolean {
  return ref.split(':').every((corner) => {
    const match = /^\$?([A-Za-z]{0,4})\$?(\d{0,8})$/.exec(corner)
    if (!match) return false
    const [, letters = '', digits = ''] = match
    if (letters === '' && digits === '') return false
    // A whole column (A:A) or a whole row (3:3) reaches the sheet's far edge.
    const column = letters === '' ? Infinity : columnNumber(letters)
    const row = digits === '' ? Infinity : Number(digits)
    return column <= limits.maxColumns && row >= 1 && row <= limits.maxRows
  })
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0
}

/** Worksheet part → sheet name, from workbook.xml and its relationships; best effort. */
function sheetNames(parts: Map<string, Uint8Array>): Map<string, string> {
  const names = new Map<string, string>()
  const workbook = parts.get('xl/workbook.xml')
  const rels = parts.get('xl/_rels/workbook.xml.rels')
  if (!workbook) return names
  const targets = new Map<string, string>()
  for (const [tag] of decodeXml(rels ?? new Uint8Array()).matchAll(
    /<(?:\w+:)?Relationship\b[^>]*>/g,
  )) {
    const id = /\bId="([^"]*)"/.exec(tag)?.[1]
    const target = /\bTarget="([^"]*)"/.exec(tag)?.[1]
    if (id && target) targets.set(id, target.replace(/^\/?(?:xl\/)?/, 'xl/'))
  }
  let index = 0
  for (const [tag] of decodeXml(workbook).matchAll(SHEET)) {
    index++
    const name = unescapeXml(/\bname="([^"]*)"/.exec(tag)?.[1] ?? `sheet ${index}`)
    const id = /\b\w+:id="([^"]*)"/.exec(tag)?.[1]
    const target = id ? targets.get(id) : undefined
    names.set(target ?? `#${index}`, name)
  }
  return names
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}
