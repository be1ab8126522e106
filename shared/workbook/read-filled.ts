// Import of a filled-in template, or of a workbook exported earlier, back into a report. The
// visible cells are read (not a signed payload): this is how figures typed in Excel reach the
// app, which then checks them with its rules. Whether a signed file is authentic is verify.ts's
// question, not this one's. The same strict reader comes first; it reads past the notes a
// template carries on its headers, and refuses everything else a verification would.
import { Report, type ReportKind } from '../reports/schemas'
import { Submission } from '../submission/payload'
import { readUntrustedWorkbook, type ParsedWorkbook, type ReadOptions } from './read-untrusted'
import {
  COVER_SHEET,
  EXPLANATIONS_SHEET,
  SIGNATURE_SHEET,
  TEMPLATE_SHEET,
  dataSheetColumns,
  visibleSheetNames,
} from './layout'
import { readEducation, readOccupations, type KnownProgram } from './read-report'
import { Problems, WHOLE_WORKBOOK, type ImportProblem } from './read-tables'
import { readSignatureSheet } from './signature-sheet'
import { readTemplateMarker } from './template-marker'

export { WHOLE_WORKBOOK, type ImportProblem } from './read-tables'

/** Something worth knowing that did not stop the import. */
export interface ImportNote {
  readonly sheet: string
  readonly message: string
}

export type FilledWorkbook =
  | { ok: true; report: Report; problems: []; notes: ImportNote[] }
  | { ok: false; problems: ImportProblem[]; notes: ImportNote[] }

export interface ReadFilledOptions extends ReadOptions {
  /** Id for a program the file does not already carry one for (default: a random UUID). */
  newProgramId?: (() => string) | undefined
}

export async function readFilledWorkbook(
  bytes: Uint8Array,
  options: ReadFilledOptions = {},
): Promise<FilledWorkbook> {
  try {
    const read = readUntrustedWorkbook(bytes, 'import', options)
    if (!read.ok) return refused(read.problem)
    return await Promise.resolve(readWorkbook(read.workbook, options))
  } catch (error) {
    return refused(`The file could not be read: ${firstLine(error)}`)
  }
}

function refused(message: string): FilledWorkbook {
  return { ok: false, problems: [{ sheet: WHOLE_WORKBOOK, message }], notes: [] }
}

interface Source {
  readonly kind: ReportKind
  readonly known: readonly KnownProgram[]
}

/** What kind of report the file holds: marker, then signed payload, then sheet names. */
function identify(workbook: ParsedWorkbook): Source | null {
  const marker = workbook.sheet(TEMPLATE_SHEET)
  const template = marker ? readTemplateMarker(marker) : null
  if (template) return { kind: template.kind, known: template.programs }
  const signature = workbook.sheet(SIGNATURE_SHEET)
  const read = signature ? readSignatureSheet(signature) : null
  if (read?.ok) {
    try {
      const parsed = Submission.safeParse(JSON.parse(read.parts.payload))
      if (parsed.success) {
        const { report } = parsed.data
        return { kind: report.kind, known: report.kind === 'education' ? report.programs : [] }
      }
    } catch {
      // Not JSON: fall back to the sheet names.
    }
  }
  const kinds: ReportKind[] = ['education', 'employer', 'high-school']
  const kind = kinds.find((k) => dataSheetColumns(k).every((s) => workbook.sheet(s.name)))
  return kind ? { kind, known: [] } : null
}

function readWorkbook(workbook: ParsedWorkbook, options: ReadFilledOptions): FilledWorkbook {
  const source = identify(workbook)
  if (!source) {
    return refused(
      'This is neither an Allied Pipeline template nor a workbook exported from Allied Pipeline: its sheets are not those of a report.',
    )
  }
  const expected = new Set([...visibleSheetNames(source.kind), SIGNATURE_SHEET, TEMPLATE_SHEET])
  const notes: ImportNote[] = workbook.sheets
    .filter((s) => !expected.has(s.name))
    .map((s) => ({
      sheet: s.name,
      message: `The sheet “${s.name}” is not part of the template and was not read.`,
    }))
  const problems = new Problems()
  for (const name of visibleSheetNames(source.kind)) {
    if (name !== COVER_SHEET && name !== EXPLANATIONS_SHEET && !workbook.sheet(name)) {
      problems.add(name, `The sheet “${name}” is missing; it holds part of the report.`)
    }
  }
  const report =
    source.kind === 'education'
      ? readEducation(workbook, source.known, problems, options.newProgramId)
      : readOccupations(workbook, source.kind, problems)
  if (problems.list.length > 0) return { ok: false, problems: problems.all(), notes }
  const parsed = Report.safeParse(report)
  if (parsed.success) return { ok: true, report: parsed.data, problems: [], notes }
  for (const issue of parsed.error.issues.slice(0, 20)) {
    problems.add(WHOLE_WORKBOOK, `${issue.path.map(String).join('.')}: ${issue.message}`)
  }
  return { ok: false, problems: problems.all(), notes }
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  const line = text.split('\n')[0] ?? ''
  return line.length > 200 ? `${line.slice(0, 199)}…` : line
}
