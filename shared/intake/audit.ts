// The audit log of the board's imports: one entry for every decision on every file, merged or
// not, appended and never changed. Its CSV is for staff to open in Excel, so no value may be
// taken for a formula there.
import { z } from 'zod'
import { InstitutionId } from '../domain/ids'
import { ReportKind } from './cycle'
import { csvDocument, csvField } from '../csv'
import { IMPORT_STATUSES, IMPORT_STATUS_LABELS } from './statuses'

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/)

/** Who did it: the staff profile on the board's computer. */
export const StaffMember = z.strictObject({
  name: z.string().trim().min(2).max(100),
  email: z.email().max(200),
  institutionId: InstitutionId,
})
export type StaffMember = z.infer<typeof StaffMember>

export const AuditEntry = z.strictObject({
  /** Order of appending; set by the database. */
  seq: z.int().min(1),
  /** Every decision of one press of Merge shares this id. */
  batchId: z.uuid(),
  at: z.iso.datetime(),
  who: StaffMember,
  /** The cycle being collected when the file was decided. */
  cycleId: z.string().min(1).max(20),
  fileName: z.string().max(500),
  fileSha256: Sha256,
  status: z.enum(IMPORT_STATUSES),
  reasons: z.array(z.string().max(5000)).max(500),
  merged: z.boolean(),
  institutionId: InstitutionId.optional(),
  institutionName: z.string().max(120).optional(),
  kind: ReportKind.optional(),
  periodKey: z.string().max(40).optional(),
  periodLabel: z.string().max(80).optional(),
  revision: z.int().min(1).optional(),
  /** Newer revision: the revision it replaced. */
  replacedRevision: z.int().min(1).optional(),
  /** Merged: the held submission it became. */
  heldId: z.string().max(200).optional(),
})
export type AuditEntry = z.infer<typeof AuditEntry>

export interface AuditFilter {
  readonly cycleId?: string | undefined
  readonly status?: AuditEntry['status'] | undefined
  readonly institutionId?: string | undefined
  /** Matched, ignoring case, against the file name, its SHA-256, the institution, who and the reasons. */
  readonly text?: string | undefined
}

export function matchesAudit(entry: AuditEntry, filter: AuditFilter): boolean {
  if (filter.cycleId && entry.cycleId !== filter.cycleId) return false
  if (filter.status && entry.status !== filter.status) return false
  if (filter.institutionId && entry.institutionId !== filter.institutionId) return false
  const text = filter.text?.trim().toLowerCase()
  if (!text) return true
  return [
    entry.fileName,
    entry.fileSha256,
    entry.institutionName ?? '',
    entry.institutionId ?? '',
    entry.who.name,
    entry.who.email,
    entry.periodLabel ?? '',
    IMPORT_STATUS_LABELS[entry.status],
    ...entry.reasons,
  ].some((v) => v.toLowerCase().includes(text))
}

export const AUDIT_CSV_COLUMNS = [
  'When',
  'Who',
  'Who (email)',
  'Cycle',
  'File',
  'File SHA-256',
  'Status',
  'Merged',
  'Institution',
  'Report kind',
  'Period',
  'Revision',
  'Replaced revision',
  'Reasons',
] as const

/** The entries as CSV (RFC 4180, CRLF line ends, a BOM so Excel reads UTF-8). */
export function auditCsv(entries: readonly AuditEntry[]): string {
  const rows = entries.map((e) => [
    e.at,
    e.who.name,
    e.who.email,
    e.cycleId,
    e.fileName,
    e.fileSha256,
    IMPORT_STATUS_LABELS[e.status],
    e.merged ? 'yes' : 'no',
    e.institutionName ?? e.institutionId ?? '',
    e.kind ?? '',
    e.periodLabel ?? '',
    e.revision === undefined ? '' : String(e.revision),
    e.replacedRevision === undefined ? '' : String(e.replacedRevision),
    e.reasons.join(' | '),
  ])
  return csvDocument([[...AUDIT_CSV_COLUMNS], ...rows].map((r) => r.map(csvField)))
}
