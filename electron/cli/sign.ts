// `sign`: a report (JSON, or a filled-in template) signed with a key file into a submission
// workbook. The same rules as the app's export apply: errors and unexplained warnings block it.
import type { ZodError } from 'zod'
import { formatFingerprint } from '../../shared/crypto/keys'
import { SubmissionId } from '../../shared/domain/ids'
import { Report } from '../../shared/reports/schemas'
import { canExport, validateReport, type Finding } from '../../shared/rules'
import { ZIP_LIMITS } from '../../shared/workbook/zip-entries'
import { EXIT, UsageError, parseOptions, required, type Command, type Output } from './command'
import { outputPath, readBytes, readKeyFile, writeNewFile } from './files'
import { countText, findingLines } from './findings-text'
import { newSubmission } from '../../shared/submission/new-submission'
import { checkPeriodFits, contact, institutionName, periodOption } from './inputs'

const help = `Usage: allied-pipeline sign --key KEYFILE --in REPORT.json|FILLED.xlsx --period PERIOD
         --contact-name NAME --contact-email EMAIL --out FOLDER|FILE
         [--revision N] [--supersedes SUBMISSION-ID] [--institution-name NAME]

Signs a report with a key file (from "allied-pipeline keygen") and writes the submission
workbook, named AHWG_<institution>_<period>_r<revision>.xlsx when --out is a folder. The
report's errors, and warnings without an explanation, block signing: they are listed with
their row and measure, and the exit code is 1.

Options:
  --key KEYFILE            the key file; its institution is the submission's institution
  --in FILE                a report as JSON ({"kind": "education", "programs": [...], "rows": [...]})
                           or a template filled in with Excel ("allied-pipeline template")
  --period PERIOD          AY2025-26 (college, high school), S2026-10-01 (employer snapshot)
                           or FY2026
  --contact-name NAME      who the board contacts about this submission
  --contact-email EMAIL    their e-mail address
  --out FOLDER|FILE        where to write the workbook (never overwritten)
  --revision N             1 for the first submission of a period, then 2, 3… (default 1)
  --supersedes ID          the submission id this revision replaces (shown on its cover)
  --institution-name NAME  the institution's name, if it is not in the partner directory
  -h, --help               show this help`

const options = {
  key: { type: 'string' },
  in: { type: 'string' },
  period: { type: 'string' },
  'contact-name': { type: 'string' },
  'contact-email': { type: 'string' },
  out: { type: 'string' },
  revision: { type: 'string' },
  supersedes: { type: 'string' },
  'institution-name': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const

const MAX_REPORT_JSON_BYTES = 5 * 1024 * 1024

export const sign: Command = {
  name: 'sign',
  summary: 'sign a report (JSON or a filled-in template) into a submission workbook',
  help,
  async run(args, output) {
    const { values } = parseOptions(args, options)
    const keyPath = required(values.key, 'key')
    const input = required(values.in, 'in')
    const period = periodOption(required(values.period, 'period'))
    const who = contact(values['contact-name'], values['contact-email'])
    const out = required(values.out, 'out')
    const revision = revisionOption(values.revision)
    const supersedes = supersedesOption(values.supersedes, revision)

    const key = await readKeyFile(keyPath)
    const name = institutionName(key.institutionId, values['institution-name'])
    const report = await readReport(input, output)
    if (!report) return EXIT.no
    checkPeriodFits(report.kind, period)

    const check = canExport(validateReport(report))
    if (!check.ok) return blocked(output, report, [...check.errors, ...check.unexplained])

    const submission = newSubmission({
      institution: { id: key.institutionId, name },
      contact: who,
      period,
      report,
      keyId: key.keyId,
      revision,
      supersedes,
    })
    // exceljs takes most of a second to load: only commands that write workbooks load it.
    const { ExportBlockedError, writeSignedWorkbook } =
      await import('../../shared/workbook/write-signed')
    let signed
    try {
      signed = await writeSignedWorkbook(submission, key)
    } catch (error) {
      if (error instanceof ExportBlockedError) return blocked(output, report, error.findings)
      throw error
    }
    const path = await outputPath(out, signed.fileName)
    await writeNewFile(path, signed.bytes)
    output.out(`Signed workbook written to ${path}`)
    output.out(`  ${name}, ${period.label}, revision ${revision}`)
    output.out(`  submission id ${submission.header.submissionId}`)
    output.out(`  signed with key\n${indent(formatFingerprint(key.keyId), 4)}`)
    return EXIT.ok
  },
}

function revisionOption(value: string | undefined): number {
  if (value === undefined) return 1
  const n = Number(value)
  if (!/^\d+$/.test(value) || n < 1 || n > 10_000) {
    throw new UsageError(`--revision must be a whole number from 1 to 10000, not "${value}"`)
  }
  return n
}

function supersedesOption(value: string | undefined, revision: number): SubmissionId | null {
  if (value === undefined) return null
  if (revision === 1) throw new UsageError('--supersedes goes with --revision 2 or higher')
  const parsed = SubmissionId.safeParse(value)
  if (!parsed.success) throw new UsageError(`--supersedes must be a submission id (a UUID)`)
  return parsed.data
}

function isXlsx(path: string, bytes: Uint8Array): boolean {
  return /\.xlsx$/i.test(path) || (bytes[0] === 0x50 && bytes[1] === 0x4b)
}

/** The report, or undefined after printing why it cannot be read. */
async function readReport(path: string, output: Output): Promise<Report | undefined> {
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

function blocked(output: Output, report: Report, findings: readonly Finding[]): typeof EXIT.no {
  output.err(`Cannot sign: the report has ${countText(findings)}.`)
  for (const line of findingLines(report, findings)) output.err(line)
  return EXIT.no
}

function indent(text: string, spaces: number): string {
  return text
    .split('\n')
    .map((line) => `${' '.repeat(spaces)}${line}`)
    .join('\n')
}
