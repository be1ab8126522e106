// `sign`: a report (JSON, or a filled-in template) signed with a key file into a submission
// workbook. The app's export gate decides, as in the app: errors, unexplained warnings, required
// figures still empty and an empty report block it; with --previous, so do unexplained large
// changes from last period.
import { resolve } from 'node:path'
import { formatFingerprint } from '../../shared/crypto/keys'
import { SubmissionId } from '../../shared/domain/ids'
import { periodKey } from '../../shared/domain/periods'
import type { Report } from '../../shared/reports/schemas'
import {
  blockingSummary,
  exportReadiness,
  type ExportReadiness,
} from '../../shared/submission/export-gate'
import { newSubmission } from '../../shared/submission/new-submission'
import { EXIT, UsageError, parseOptions, required, type Output, type ExitCode } from './command'
import { outputPath, readKeyFile, writeNewFile } from './files'
import { findingLines } from './findings-text'
import { checkPeriodFits, contact, institutionName, periodOption } from './inputs'
import { readPreviousReport } from './previous'
import { readReport } from './report-input'
import { planRevision, readRevisions, recordRevision, withRevisionLock } from './revisions'

/** Printed when the change-from-last-period rule could not run. */
export const NO_PREVIOUS_NOTE =
  'note: no --previous workbook given, so changes from last period were not checked.'

/** What `sign` takes; help/sign.ts describes each option to the user. */
export const options = {
  key: { type: 'string' },
  in: { type: 'string' },
  period: { type: 'string' },
  'contact-name': { type: 'string' },
  'contact-email': { type: 'string' },
  out: { type: 'string' },
  previous: { type: 'string' },
  revision: { type: 'string' },
  supersedes: { type: 'string' },
  'institution-name': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const

export async function run(args: string[], output: Output): Promise<ExitCode> {
  const { values } = parseOptions(args, options)
  const keyPath = required(values.key, 'key')
  const input = required(values.in, 'in')
  const period = periodOption(required(values.period, 'period'))
  const who = contact(values['contact-name'], values['contact-email'])
  const out = required(values.out, 'out')
  const requested = revisionOption(values.revision)
  const supersedes = supersedesOption(values.supersedes, requested)

  const key = await readKeyFile(keyPath)
  const name = institutionName(key.institutionId, values['institution-name'])
  const report = await readReport(input, output)
  if (!report) return EXIT.no
  checkPeriodFits(report.kind, period)
  const previous =
    values.previous === undefined
      ? undefined
      : await readPreviousReport(
          values.previous,
          { institutionId: key.institutionId, kind: report.kind, period, keyId: key.keyId },
          output,
        )
  if (!previous) output.err(NO_PREVIOUS_NOTE)

  const readiness = exportReadiness(report, { previous })
  if (!readiness.ok) return blocked(output, report, readiness)

  return withRevisionLock(keyPath, async () => {
    const revisions = await readRevisions(keyPath, key.institutionId)
    const plan = planRevision(revisions, periodKey(period), requested, supersedes)
    const submission = newSubmission({
      institution: { id: key.institutionId, name },
      contact: who,
      period,
      report,
      keyId: key.keyId,
      revision: plan.revision,
      supersedes: plan.supersedes,
    })
    // exceljs takes most of a second to load: only commands that write workbooks load it.
    const { ExportBlockedError, writeSignedWorkbook } =
      await import('../../shared/workbook/write-signed')
    let signed
    try {
      signed = await writeSignedWorkbook(submission, key, { previous })
    } catch (error) {
      // The same gate runs again inside; it can only disagree if the report changed shape.
      if (error instanceof ExportBlockedError) return blocked(output, report, error.readiness)
      throw error
    }
    const path = await outputPath(out, signed.fileName)
    await writeNewFile(path, signed.bytes)
    const { header } = submission
    output.out(`Signed workbook written to ${path}`)
    output.out(`  ${name}, ${period.label}, revision ${header.revision}`)
    output.out(`  submission id ${header.submissionId}`)
    if (header.supersedes) output.out(`  supersedes ${header.supersedes}`)
    output.out(`  signed with key\n${indent(formatFingerprint(key.keyId), 4)}`)
    try {
      await recordRevision(revisions, {
        period: periodKey(period),
        revision: header.revision,
        submissionId: header.submissionId,
        signedAt: header.createdAt,
        file: resolve(path),
      })
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      output.err(
        `The workbook was written, but its revision could not be recorded (${reason}). ` +
          `Give --revision ${header.revision + 1} when you next sign ${periodKey(period)}.`,
      )
      return EXIT.usage
    }
    return EXIT.ok
  })
}

function revisionOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!/^\d+$/.test(value) || n < 1 || n > 10_000) {
    throw new UsageError(`--revision must be a whole number from 1 to 10000, not "${value}"`)
  }
  return n
}

function supersedesOption(
  value: string | undefined,
  revision: number | undefined,
): SubmissionId | undefined {
  if (value === undefined) return undefined
  if (revision === 1) throw new UsageError('--supersedes goes with --revision 2 or higher')
  const parsed = SubmissionId.safeParse(value)
  if (!parsed.success) throw new UsageError(`--supersedes must be a submission id (a UUID)`)
  return parsed.data
}

function blocked(output: Output, report: Report, readiness: ExportReadiness): typeof EXIT.no {
  output.err(`Cannot sign: the report has ${blockingSummary(readiness)}.`)
  for (const line of findingLines(report, readiness.blocking)) output.err(line)
  return EXIT.no
}

function indent(text: string, spaces: number): string {
  return text
    .split('\n')
    .map((line) => `${' '.repeat(spaces)}${line}`)
    .join('\n')
}
