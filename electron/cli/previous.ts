// `sign --previous`: last period's signed workbook, whose report feeds the change-from-last-
// period rule as the app's own previous period does. It is verified first, and it must be the
// same institution's report of the same kind for the period just before. The same key is not
// required: keys are replaced (keygen --replaces), and last year's file was often signed with
// the key before this one. Its figures only make the rules stricter, so a note suffices there.
import { formatFingerprint } from '../../shared/crypto/keys'
import type { InstitutionId, KeyId } from '../../shared/domain/ids'
import { periodKey, previousPeriod, type Period } from '../../shared/domain/periods'
import type { Report, ReportKind } from '../../shared/reports/schemas'
import { CliFailure, EXIT, type Output } from './command'
import { FileTooLarge, readBytes } from './files'

export interface PreviousExpected {
  readonly institutionId: InstitutionId
  readonly kind: ReportKind
  /** The period being signed now; the workbook must be for the one before it. */
  readonly period: Period
  readonly keyId: KeyId
}

/** The previous period's report from a signed workbook, or a CliFailure saying why not. */
export async function readPreviousReport(
  path: string,
  expected: PreviousExpected,
  output: Output,
): Promise<Report> {
  const cannot = (why: string, code: 1 | 2 = EXIT.usage) =>
    new CliFailure(`cannot use --previous ${path}: ${why}`, code)
  // Loaded only when a previous workbook is given.
  const { ZIP_LIMITS } = await import('../../shared/workbook/zip-entries')
  const { verifyWorkbook } = await import('../../shared/workbook/verify')
  let bytes: Uint8Array
  try {
    bytes = await readBytes(path, ZIP_LIMITS.maxFileBytes)
  } catch (error) {
    if (error instanceof FileTooLarge) throw cannot(error.message, EXIT.no)
    throw error
  }
  const result = await verifyWorkbook(bytes)
  const header = result.submission?.header
  if (!result.valid || !result.submission || !header) {
    const first = result.findings[0]?.message ?? 'it is not a signed submission workbook.'
    throw cannot(`it is not an intact signed workbook. ${first}`, EXIT.no)
  }
  if (header.institution.id !== expected.institutionId) {
    throw cannot(
      `it is ${header.institution.name}'s report (${header.institution.id}), but the key file signs for ${expected.institutionId}.`,
    )
  }
  if (header.role !== expected.kind) {
    throw cannot(`it is a ${header.role} report, but the report to sign is a ${expected.kind} one.`)
  }
  const before = previousPeriod(expected.period)
  if (periodKey(header.period) !== periodKey(before)) {
    throw cannot(
      `it is for ${header.period.label} (${periodKey(header.period)}); the period before ${periodKey(expected.period)} is ${before.label} (${periodKey(before)}).`,
    )
  }
  if (header.keyId !== expected.keyId) {
    const short = formatFingerprint(header.keyId).slice(0, 9)
    output.err(
      `note: ${path} was signed with another key (${short} …); its figures are used only to check changes from last period.`,
    )
  }
  return result.submission.report
}
