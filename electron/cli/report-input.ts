// The report `sign` is given: JSON as a partner's own system writes it, or a template filled in
// with Excel. Either way the result is a schema-checked report, or lines saying where it is wrong.
import type { ZodError } from 'zod'
import { Report } from '../../shared/reports/schemas'
import { ZIP_LIMITS } from '../../shared/workbook/zip-entries'
import type { Output } from './command'
import { readBytes } from './files'

const MAX_REPORT_JSON_BYTES = 5 * 1024 * 1024

function isXlsx(path: string, bytes: Uint8Array): boolean {
  return /\.xlsx$/i.test(path) || (bytes[0] === 0x50 && bytes[1] === 0x4b)
}

/** The report, or undefined after printing why it cannot be read. */
export async function readReport(path: string, output: Output): Promise<Report | undefined> {
  const bytes = await readBytes(
    path,
    /\.xlsx$/i.test(path) ? ZIP_LIMITS.maxFileBytes : MAX_REPORT_JSON_BYTES,
  )
  if (isXlsx(path, bytes)) {
    // Loaded only when a workbook is given (exceljs's reader takes a moment to load).
    const { readFilledWorkbook } = await import('../../shared/workbook/read-filled')
    const filled = await readFilledWorkbook(bytes)
    for (const note of filled.notes) output.err(`note: ${note.sheet}: ${note.message}`)
    if (filled.ok) return filled.report
    output.err(`Cannot sign ${path}: the workbook could not be read as a filled-in template.`)
    for (const p of filled.problems) {
      output.err(`  error    ${p.sheet}${p.cell ? `!${p.cell}` : ''}: ${p.message}`)
    }
    return undefined
  }
  let json: unknown
  try {
    json = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''))
  } catch (error) {
    output.err(`Cannot sign ${path}: it is not JSON text (${(error as Error).message}).`)
    return undefined
  }
  const parsed = Report.safeParse(json)
  if (parsed.success) return parsed.data
  output.err(`Cannot sign ${path}: it is not a report the app knows.`)
  for (const line of issueLines(parsed.error)) output.err(line)
  return undefined
}

function issueLines(error: ZodError): string[] {
  const lines = error.issues.slice(0, 20).map((issue) => {
    const path = issue.path.map(String).join('.')
    return `  error    ${path === '' ? '' : `${path}: `}${issue.message}`
  })
  if (error.issues.length > 20) lines.push(`  … and ${error.issues.length - 20} more`)
  return lines
}
