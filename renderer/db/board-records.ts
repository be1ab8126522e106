// The board's rows in the database (version 5): the trust registry, collection cycles, the
// submissions merged with their evidence, issued review receipts, and on a partner's computer
// the board key cards and receipts it received. Each is a zod schema, so that a backup checks
// every row with the same shape the repositories write.
import { z } from 'zod'
import { KeyCard } from '../../shared/crypto/key-card'
import { InstitutionId, KeyId, SubmissionId } from '../../shared/domain/ids'
import { Period } from '../../shared/domain/periods'
import { ReportKind } from '../../shared/intake/cycle'
import { StaffMember } from '../../shared/intake/audit'
import { ReceiptFile } from '../../shared/intake/receipt'
import { TrustRegistry } from '../../shared/trust/registry'

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/)
const Base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/)

export const REGISTRY_KEY = 'registry'

/** The one stored trust registry; `revision` counts its changes, so a change never overwrites another. */
export const TrustRegistryRecord = z.strictObject({
  key: z.literal(REGISTRY_KEY),
  registry: TrustRegistry,
  revision: z.int().min(1),
  updatedAt: z.iso.datetime(),
})
export type TrustRegistryRecord = z.infer<typeof TrustRegistryRecord>

/** One merged revision of a submission, without its bulky evidence. */
export const HeldSubmission = z.strictObject({
  /** `${ratchetKey}#r${revision}`: the ratchet never holds two files for one revision. */
  id: z.string().min(1).max(200),
  ratchetKey: z.string().min(1).max(200),
  institutionId: InstitutionId,
  institutionName: z.string().max(120),
  kind: ReportKind,
  period: Period,
  periodKey: z.string().min(1).max(40),
  revision: z.int().min(1),
  submissionId: SubmissionId,
  supersedes: SubmissionId.nullable(),
  keyId: KeyId,
  /** Hex SHA-256 of the canonical payload text the signature covers. */
  payloadHash: Sha256,
  fileName: z.string().max(500),
  fileSha256: Sha256,
  fileSize: z.int().min(0),
  mergedAt: z.iso.datetime(),
  /** The day on this computer when it was merged: the day the board received it. */
  receivedOn: z.iso.date(),
  mergedBy: StaffMember,
  /** The cycle being collected when it was merged. */
  cycleId: z.string().min(1).max(20),
})
export type HeldSubmission = z.infer<typeof HeldSubmission>

/** What proves a held submission: the signed parts as the file carried them, and the file itself. */
export const SubmissionEvidence = z.strictObject({
  /** The held submission's id. */
  id: z.string().min(1).max(200),
  payload: z.string().min(2),
  formatVersion: z.int().min(1),
  signature: Base64,
  publicKey: Base64,
  /** The original workbook, byte for byte, so it can be saved back out. */
  fileBytes: z.instanceof(Uint8Array),
})
export type SubmissionEvidence = z.infer<typeof SubmissionEvidence>

/** A review receipt the board issued for a held submission. */
export const IssuedReceipt = z.strictObject({
  id: z.string().min(1).max(200),
  heldId: z.string().min(1).max(200),
  file: ReceiptFile,
  issuedAt: z.iso.datetime(),
  issuedBy: StaffMember,
})
export type IssuedReceipt = z.infer<typeof IssuedReceipt>

/** On a partner's computer: a board's key card, to check receipts against. */
export const BoardKeyCardRecord = z.strictObject({
  fingerprint: KeyId,
  card: KeyCard,
  addedAt: z.iso.datetime(),
})
export type BoardKeyCardRecord = z.infer<typeof BoardKeyCardRecord>

/** On a partner's computer: a receipt received for one of its periods. */
export const ReceivedReceipt = z.strictObject({
  id: z.string().min(1).max(200),
  institutionId: InstitutionId,
  /** The partner's period id (its period key). */
  periodId: z.string().min(1).max(40),
  file: ReceiptFile,
  importedAt: z.iso.datetime(),
})
export type ReceivedReceipt = z.infer<typeof ReceivedReceipt>
