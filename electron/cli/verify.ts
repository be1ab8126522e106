// `verify`: checks signed workbooks as the board's import does — signature, canonical payload,
// every visible cell — and, given the board's trust registry, who signed them.
// Only light modules load before the workers start: the period and trust modules bring zod,
// whose loading takes about as long as a worker's start, so they load beside it (dynamic imports).
import type { periodKey } from '../../shared/domain/periods'
import type { publisherTrust } from '../../shared/regional/publisher-trust'
import type { Trust, TrustRegistry, trustOf } from '../../shared/trust/registry'
import type { VerifyFinding } from '../../shared/workbook/verify'
import { ZIP_LIMITS } from '../../shared/workbook/zip-entries'
import { CliFailure, EXIT, UsageError, parseOptions, type ExitCode, type Output } from './command'
import { FileTooLarge, readBytes, readText } from './files'
import { inOrder } from './in-order'
import { oneLineEverywhere } from './one-line'
import { createVerifyPool, poolSize, type VerifyPool } from './verify-pool'

/** What `verify` takes; help/verify.ts describes each option to the user. */
export const options = {
  trust: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const

/** The trust registry of a work group is small; this is ample. */
const MAX_REGISTRY_BYTES = 4 * 1024 * 1024

/** One file's result, as `--json` prints it. */
export interface FileReport {
  file: string
  /**
   * False when the file could not be read as a workbook at all: missing, a folder, too large,
   * or refused by the safe reader (not a workbook, damaged, outside its limits).
   */
  read: boolean
  valid: boolean
  findings: VerifyFinding[]
  institution?: { id: string; name: string }
  role?: string
  /** The period key, as in file names: AY2025-26, S2026-10-01. */
  period?: string
  periodLabel?: string
  revision?: number
  submissionId?: string
  /** A regional analysis: its publication id (role "board", period the cycle). */
  publicationId?: string
  createdAt?: string
  keyId?: string
  fingerprint?: string
  /** With --trust and a valid file. */
  trust?: { level: Trust['level']; message: string }
  /** With --trust: valid and signed by a pinned key. */
  accepted?: boolean
}

export async function run(args: string[], output: Output): Promise<ExitCode> {
  const { values, positionals } = parseOptions(args, options, true)
  if (positionals.length === 0) throw new UsageError('give at least one workbook to verify')
  // Files are read here and verified in worker threads, a few at a time, reported in order.
  // Names, labels and quoted cell values come from the files: printed on one line each.
  const pool = createVerifyPool({ warm: positionals.length })
  let reports: FileReport[]
  try {
    const periods = import('../../shared/domain/periods')
    const trust = values.trust === undefined ? undefined : loadRegistry(values.trust)
    // Caught now, thrown when awaited: a bad registry still ends the command with its message.
    trust?.catch(() => {})
    periods.catch(() => {})
    const registry = await trust
    reports = await inOrder(positionals, poolSize() * 2, async (file) =>
      oneLineEverywhere(await verifyFile(file, registry, pool, periods)),
    )
  } finally {
    await pool.close()
  }
  if (values.json) output.out(JSON.stringify(reports, null, 2))
  else printReports(output, reports, values.trust !== undefined)
  return exitCode(reports, values.trust !== undefined)
}

async function loadRegistry(path: string): Promise<RegistryInUse> {
  const [{ readTrustRegistry, trustOf }, { publisherTrust }] = await Promise.all([
    import('../../shared/trust/registry'),
    import('../../shared/regional/publisher-trust'),
  ])
  const read = await readTrustRegistry(await readText(path, MAX_REGISTRY_BYTES))
  if (!read.ok) throw new CliFailure(`cannot use ${path}: ${read.problem}`)
  return { registry: read.registry, trustOf, publisherTrust }
}

interface RegistryInUse {
  readonly registry: TrustRegistry
  readonly trustOf: typeof trustOf
  /** A regional analysis is trusted only when a workforce board's pinned key signed it. */
  readonly publisherTrust: typeof publisherTrust
}

type Periods = Promise<{ readonly periodKey: typeof periodKey }>

async function verifyFile(
  file: string,
  trust: RegistryInUse | undefined,
  pool: VerifyPool,
  periods: Periods,
): Promise<FileReport> {
  let bytes: Uint8Array
  try {
    bytes = await readBytes(file, ZIP_LIMITS.maxFileBytes)
  } catch (error) {
    if (error instanceof FileTooLarge) {
      // No report workbook is that large: refused unread, like any file that is not one.
      return {
        file,
        read: false,
        valid: false,
        findings: [{ code: 'refused', message: error.message }],
      }
    }
    if (!(error instanceof CliFailure)) throw error
    return {
      file,
      read: false,
      valid: false,
      findings: [{ code: 'unreadable', message: error.message }],
    }
  }
  const result = await pool.verify(bytes)
  const report: FileReport = {
    file,
    // The safe reader's refusals (a PDF, a text file, a damaged zip) mean it is not a workbook.
    read: !result.findings.some((f) => f.code === 'refused' || f.code === 'unreadable'),
    valid: result.valid,
    findings: [...result.findings],
  }
  const header = result.submission?.header
  if (header) {
    report.institution = { id: header.institution.id, name: header.institution.name }
    report.role = header.role
    report.period = (await periods).periodKey(header.period)
    report.periodLabel = header.period.label
    report.revision = header.revision
    report.submissionId = header.submissionId
    report.createdAt = header.createdAt
  }
  if (result.keyId !== undefined) report.keyId = result.keyId
  if (result.fingerprint !== undefined) report.fingerprint = result.fingerprint
  const regional = result.regional?.header
  if (regional) {
    report.institution = { id: regional.board.id, name: regional.board.name }
    report.role = 'board'
    report.period = regional.cycle.id
    report.periodLabel = regional.cycle.id
    report.publicationId = regional.publicationId
    report.createdAt = regional.createdAt
  }
  if (trust && result.valid && header && result.keyId !== undefined) {
    const level = trust.trustOf(trust.registry, header.institution.id, result.keyId)
    report.trust = { level: level.level, message: level.message }
  }
  if (trust && result.valid && result.regional && result.keyId !== undefined) {
    const level = trust.publisherTrust(trust.registry, result.regional, result.keyId)
    report.trust = { level: level.level, message: level.message }
  }
  if (trust) report.accepted = report.valid && report.trust?.level === 'trusted'
  return report
}

function exitCode(reports: readonly FileReport[], withTrust: boolean): ExitCode {
  if (reports.some((r) => !r.read)) return EXIT.usage
  const good = (r: FileReport) => r.valid && (!withTrust || r.accepted === true)
  return reports.every(good) ? EXIT.ok : EXIT.no
}

const TRUST_WORDS: Record<Trust['level'], string> = {
  trusted: 'TRUSTED',
  pending: 'NOT TRUSTED YET (key pending confirmation)',
  revoked: 'NOT TRUSTED (key revoked)',
  'unknown-key': 'NOT TRUSTED (unknown key)',
  'unknown-institution': 'NOT TRUSTED (unknown institution)',
}

function printReports(output: Output, reports: readonly FileReport[], withTrust: boolean): void {
  for (const r of reports) {
    if (!r.read) {
      output.err(`${r.file}: CANNOT READ: ${r.findings[0]?.message ?? ''}`)
      continue
    }
    output.out(`${r.file}: ${r.valid ? 'VALID' : 'INVALID'}`)
    if (r.institution) {
      const what =
        r.publicationId === undefined
          ? `${r.role ?? ''} report, ${r.periodLabel ?? ''}, revision ${r.revision ?? ''}`
          : `regional gap analysis, ${r.periodLabel ?? ''}`
      output.out(`  ${r.institution.name} [${r.institution.id}]: ${what}`)
    }
    if (r.fingerprint) output.out(`  signing key ${r.fingerprint}`)
    for (const f of r.findings) {
      const where = f.sheet ? `${f.sheet}${f.cell ? `!${f.cell}` : ''}: ` : ''
      output.out(`  - ${where}${f.message} [${f.code}]`)
    }
    if (withTrust && r.trust)
      output.out(`  trust: ${TRUST_WORDS[r.trust.level]}. ${r.trust.message}`)
    else if (withTrust) output.out('  trust: not checked, the file is not valid.')
  }
  if (reports.length > 1) {
    const good = reports.filter((r) => r.valid && (!withTrust || r.accepted)).length
    output.out(`\n${good} of ${reports.length} files ${withTrust ? 'valid and trusted' : 'valid'}.`)
  }
}
