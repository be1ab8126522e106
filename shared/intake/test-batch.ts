// Builders for the intake tests: partners with keys the board pins (or not), and files as
// verification would describe them, so that a test states only what it is about.
import { createKeyCard } from '../crypto/key-card'
import { exportPublicKeyRaw, generateSigningKeyPair } from '../crypto/keys'
import { InstitutionId, SubmissionId, type KeyId } from '../domain/ids'
import { academicYear, periodKey, snapshot, type Period } from '../domain/periods'
import type { Submission } from '../submission/payload'
import { addKeyCard, confirmKey, revokeKey, type TrustRegistry } from '../trust/registry'
import { educationReport, employerReport, testSubmission } from '../workbook/test-fixtures'
import type { HeldRevision, IncomingFile } from './statuses'

export const MERGED_AT = '2026-10-02T15:00:00.000Z'

export interface TestPartner {
  readonly id: InstitutionId
  readonly name: string
  readonly kind: 'education' | 'employer'
  readonly keyId: KeyId
}

async function keyOf(registry: TrustRegistry, id: InstitutionId, name: string, pin: boolean) {
  const pair = await generateSigningKeyPair()
  const publicKeyRaw = await exportPublicKeyRaw(pair.publicKey)
  const card = await createKeyCard({
    institution: { id, name },
    contact: { name: 'Dana Contact', email: 'dana@example.org' },
    publicKeyRaw,
    now: new Date('2026-09-01T12:00:00Z'),
  })
  const added = await addKeyCard(registry, card, new Date('2026-09-01T12:00:00Z'))
  let next = added.registry
  if (pin) {
    const confirmed = confirmKey(next, id, card.fingerprint, new Date('2026-09-02T12:00:00Z'))
    if (!confirmed.ok) throw new Error(confirmed.problem)
    next = confirmed.registry
  }
  return { registry: next, keyId: card.fingerprint }
}

/** Adds a partner whose key the board has pinned (or left pending). */
export async function withPartner(
  registry: TrustRegistry,
  slug: string,
  kind: TestPartner['kind'],
  pin = true,
): Promise<{ registry: TrustRegistry; partner: TestPartner }> {
  const id = InstitutionId.parse(slug)
  const name = `${slug} (fictional)`
  const key = await keyOf(registry, id, name, pin)
  return { registry: key.registry, partner: { id, name, kind, keyId: key.keyId } }
}

/** Another key for a partner the registry knows: pending, or pinned beside the first. */
export async function anotherKey(
  registry: TrustRegistry,
  partner: TestPartner,
  pin: boolean,
): Promise<{ registry: TrustRegistry; keyId: KeyId }> {
  return keyOf(registry, partner.id, partner.name, pin)
}

export function revoked(registry: TrustRegistry, partner: TestPartner): TrustRegistry {
  const change = revokeKey(registry, partner.id, partner.keyId, new Date('2026-09-20T12:00:00Z'))
  if (!change.ok) throw new Error(change.problem)
  return change.registry
}

export interface FileSpec {
  readonly revision?: number
  readonly period?: Period
  /** Different content at the same revision: another payload hash. */
  readonly variant?: string
  readonly keyId?: KeyId
  readonly name?: string
}

let counter = 0

export function submissionOf(partner: TestPartner, spec: FileSpec = {}): Submission {
  const base = testSubmission(
    partner.kind === 'employer' ? employerReport() : educationReport(1),
    spec.keyId ?? partner.keyId,
  )
  return {
    ...base,
    header: {
      ...base.header,
      institution: { id: partner.id, name: partner.name },
      period:
        spec.period ?? (partner.kind === 'employer' ? snapshot('2026-10-01') : academicYear(2025)),
      revision: spec.revision ?? 1,
      submissionId: SubmissionId.parse(
        `00000000-0000-4000-8000-${String(spec.revision ?? 1).padStart(12, '0')}`,
      ),
    },
  }
}

/** 64 hex digits standing for a SHA-256: equal for equal text (FNV-1a, eight times salted). */
export function hexOf(text: string): string {
  let out = ''
  for (let salt = 0; salt < 8; salt++) {
    let h = 0x811c9dc5 ^ salt
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
    out += (h >>> 0).toString(16).padStart(8, '0')
  }
  return out
}

/** A payload hash standing for the canonical bytes: equal for equal content. */
export function payloadHashOf(partner: TestPartner, spec: FileSpec = {}): string {
  const period = spec.period ? JSON.stringify(spec.period) : 'default'
  return hexOf(
    `${partner.id}|${period}|r${spec.revision ?? 1}|${spec.variant ?? ''}|${spec.keyId ?? partner.keyId}`,
  )
}

/** An intact, signed file from `partner`. */
export function intactFile(partner: TestPartner, spec: FileSpec = {}): IncomingFile {
  counter += 1
  const submission = submissionOf(partner, spec)
  return {
    id: `file-${counter}`,
    name: spec.name ?? `AHWG_${partner.id}_r${spec.revision ?? 1}${spec.variant ?? ''}.xlsx`,
    sha256: hexOf(`file-${counter}`),
    check: {
      outcome: 'intact',
      submission,
      payloadHash: payloadHashOf(partner, spec),
      keyId: spec.keyId ?? partner.keyId,
      // Stands for the signed text; the decisions never look inside it.
      signed: {
        payload: JSON.stringify(submission),
        formatVersion: 1,
        publicKey: '',
        signature: '',
      },
    },
  }
}

export function refusedFile(
  outcome: 'unreadable' | 'not-a-submission' | 'tampered',
  reasons: string[],
): IncomingFile {
  counter += 1
  return {
    id: `file-${counter}`,
    name: `file-${counter}.xlsx`,
    sha256: hexOf(`file-${counter}`),
    check: { outcome, reasons },
  }
}

/** A revision the board already holds. */
export function heldRevision(partner: TestPartner, spec: FileSpec = {}): HeldRevision {
  const submission = submissionOf(partner, spec)
  const { header } = submission
  const period = spec.period ?? header.period
  const key = `${partner.id}|${header.role}|${periodKey(period)}`
  return {
    ratchetKey: key,
    revision: spec.revision ?? 1,
    payloadHash: payloadHashOf(partner, spec),
    submissionId: header.submissionId,
    fileName: `AHWG_${partner.id}_r${spec.revision ?? 1}.xlsx`,
    mergedAt: MERGED_AT,
  }
}
