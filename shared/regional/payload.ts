// The signed payload of the regional gap-analysis workbook the board publishes: a header that
// says which board, which cycle and which key, and the analysis as it may leave the board (the
// shared view: every figure drawn from fewer than 3 employers is null and marked suppressed).
// Signed like a submission (RFC 8785 canonical form, Ed25519), under its own format id, so the
// one verifier checks both and tells them apart by that id.
import { z } from 'zod'
import { InstitutionId, KeyId } from '../domain/ids'
import { OccupationId } from '../domain/occupations'
import { Period } from '../domain/periods'
import { AnalysisSummary } from '../analysis/summary'
import { DEMAND_PARTS } from '../analysis/demand'
import { SHARE_NAMES } from '../analysis/shares'
import { CollectionCycle, ReportKind } from '../intake/cycle'
import { IMPORT_STATUSES } from '../intake/statuses'
import { MergeSummary } from '../intake/summary'
import type { PayloadFormat } from '../submission/format-upgrade'

import { REGIONAL_FORMAT, REGIONAL_FORMAT_VERSION } from './format-id'

export { REGIONAL_FORMAT, REGIONAL_FORMAT_VERSION }

const Num = z.number().refine(Number.isFinite, 'must be a finite number')
const Text = z.string().max(2000)
const Name = z.string().trim().min(1).max(200)
const Sha256 = z.string().regex(/^[0-9a-f]{64}$/)

/** A figure as it may be shared: null with `suppressed` when fewer than 3 employers are behind it. */
export const SharedFigure = z.strictObject({ value: Num.nullable(), suppressed: z.boolean() })
export type SharedFigure = z.infer<typeof SharedFigure>

export const RegionalHeader = z.strictObject({
  format: z.literal(REGIONAL_FORMAT),
  formatVersion: z.literal(REGIONAL_FORMAT_VERSION),
  publicationId: z.uuid(),
  /** The workforce board that publishes it; its key card is the one to verify against. */
  board: z.strictObject({ id: InstitutionId, name: Name }),
  cycle: CollectionCycle,
  createdAt: z.iso.datetime(),
  /** Hex SHA-256 of the board's raw Ed25519 public key. */
  keyId: KeyId,
})
export type RegionalHeader = z.infer<typeof RegionalHeader>

const SharedShare = z.strictObject({
  name: z.enum(SHARE_NAMES),
  value: Num.nullable(),
  /** The board's default stands in for missing data. */
  assumed: z.boolean(),
  basis: Text,
})

export const ProgramContribution = z.strictObject({
  occupation: OccupationId,
  institutionId: InstitutionId,
  institutionName: Name,
  program: Name,
  expectedCompleters: Num.nullable(),
  /** "expected completers next year", "completers this year" (estimated) or "not reported". */
  completersBasis: Text,
  estimated: z.boolean(),
  shares: z.array(SharedShare).max(SHARE_NAMES.length),
  supply: Num.nullable(),
})
export type ProgramContribution = z.infer<typeof ProgramContribution>

export const EmployerContribution = z.strictObject({
  occupation: OccupationId,
  institutionId: InstitutionId,
  institutionName: Name,
  snapshot: z.iso.date(),
  /** One employer's own demand: always suppressed when shared. */
  demand: SharedFigure,
})
export type EmployerContribution = z.infer<typeof EmployerContribution>

export const OccupationDetail = z.strictObject({
  occupation: OccupationId,
  demandParts: z
    .array(z.strictObject({ part: z.enum(DEMAND_PARTS), figure: SharedFigure }))
    .max(DEMAND_PARTS.length),
  /** The part of employer-reported demand estimated from vacancies + separations. */
  estimatedDemand: SharedFigure,
  publishedOpenings: z.strictObject({
    value: Num.nullable(),
    from: z.enum(['published figure', 'projection']).nullable(),
    source: Text.nullable(),
    geography: Text.nullable(),
    vintage: Text.nullable(),
    check: Text.nullable(),
  }),
  regionalEmployment: z
    .strictObject({ value: Num, source: Text, covered: SharedFigure })
    .nullable(),
})
export type OccupationDetail = z.infer<typeof OccupationDetail>

export const RegionalAssumptions = z.strictObject({
  /** The board's default shares; null where the board set none (nothing is then assumed). */
  defaults: z.strictObject({
    passShare: Num.nullable(),
    placementShare: Num.nullable(),
    inRegionShare: Num.nullable(),
    source: Text,
  }),
})

export const SubmissionBasis = z.strictObject({
  institutionId: InstitutionId,
  institutionName: Name,
  kind: ReportKind,
  period: Period,
  revision: z.int().min(1),
  submissionId: z.uuid(),
  /** Hex SHA-256 of the signed payload the board merged. */
  payloadHash: Sha256,
})
export type SubmissionBasis = z.infer<typeof SubmissionBasis>

export const RegionalAudit = z.strictObject({
  /** How many files the board's import decided with each status in this cycle. */
  decisions: z
    .array(z.strictObject({ status: z.enum(IMPORT_STATUSES), count: z.int().min(0) }))
    .max(IMPORT_STATUSES.length),
  /** The submissions the analysis is built from, the cycle's and earlier years' alike. */
  submissions: z.array(SubmissionBasis).max(100_000),
})
export type RegionalAudit = z.infer<typeof RegionalAudit>

export const RegionalPublication = z.strictObject({
  header: RegionalHeader,
  analysis: AnalysisSummary,
  occupations: z.array(OccupationDetail).max(OccupationId.options.length),
  contributions: z.strictObject({
    programs: z.array(ProgramContribution).max(10_000),
    employers: z.array(EmployerContribution).max(10_000),
  }),
  assumptions: RegionalAssumptions,
  reportingStatus: MergeSummary.shape.matrix,
  audit: RegionalAudit,
})
export type RegionalPublication = z.infer<typeof RegionalPublication>

/** `AHWG_regional-gap-analysis_<cycle>.xlsx`, e.g. AHWG_regional-gap-analysis_AY2025-26.xlsx */
export function regionalFileName(header: Pick<RegionalHeader, 'cycle'>): string {
  return `AHWG_regional-gap-analysis_${header.cycle.id}.xlsx`
}

/** Every format version of the regional payload this copy reads, oldest first (append only). */
export const REGIONAL_PAYLOAD: PayloadFormat<RegionalPublication> = {
  id: REGIONAL_FORMAT,
  versions: [{ version: 1, schema: RegionalPublication }],
  current: RegionalPublication,
  versionOf(value) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, 'header')) return null
    const header: unknown = (value as { header: unknown }).header
    if (typeof header !== 'object' || header === null || !Object.hasOwn(header, 'formatVersion')) {
      return null
    }
    return (header as { formatVersion: unknown }).formatVersion
  },
}
