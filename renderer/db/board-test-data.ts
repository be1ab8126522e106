// Test data for the board's repositories: partners whose keys the board pins, and files with
// real signed evidence (a canonical payload signed by the partner's key), so that Merge's own
// checks of the evidence run as they do on real files.
import { Dexie } from 'dexie'
import { toBase64 } from '../../shared/crypto/bytes'
import { canonicalBytes, canonicalJson } from '../../shared/crypto/canonical'
import { createKeyCard } from '../../shared/crypto/key-card'
import { payloadHash, sha256Hex } from '../../shared/intake/file-check'
import { InstitutionId, SubmissionId, type KeyId } from '../../shared/domain/ids'
import { academicYear, snapshot, type Period } from '../../shared/domain/periods'
import type { StaffMember } from '../../shared/intake/audit'
import { defaultCycle } from '../../shared/intake/cycle'
import type { IncomingFile } from '../../shared/intake/statuses'
import type { Submission } from '../../shared/submission/payload'
import { sign } from '../../shared/crypto/sign'
import {
  educationReport,
  employerReport,
  testSigner,
  testSubmission,
  type TestSigner,
} from '../../shared/workbook/test-fixtures'
import type { MergeFile } from './board-repository'
import { saveCycle } from './cycle-repository'
import { openDatabase, type AppDatabase } from './database'
import { confirmRegistryKey, importKeyCards } from './trust-repository'
import { keyCardText } from '../../shared/crypto/key-card'
import { formatFingerprint } from '../../shared/crypto/keys'

const opened: { name: string; db: AppDatabase }[] = []

export function freshBoardDatabase(): AppDatabase {
  const name = `board-test-${opened.length}-${Math.random().toString(36).slice(2)}`
  const db = openDatabase(name)
  opened.push({ name, db })
  return db
}

export async function deleteBoardDatabases(): Promise<void> {
  await Promise.all(
    opened.splice(0).map(({ name, db }) => {
      db.close()
      return Dexie.delete(name)
    }),
  )
}

export const STAFF: StaffMember = {
  name: 'Jordan Staff',
  email: 'jordan.staff@example.org',
  institutionId: InstitutionId.parse('masshire-hampden-county-workforce-board'),
}

export const NOW = new Date('2026-10-02T15:00:00.000Z')

export interface BoardPartner {
  readonly id: InstitutionId
  readonly name: string
  readonly kind: 'education' | 'employer'
  readonly signer: TestSigner
}

/** A partner whose key card the board imported and confirmed (or left pending). */
export async function pinnedPartner(
  db: AppDatabase,
  slug: string,
  kind: BoardPartner['kind'],
  pin = true,
): Promise<BoardPartner> {
  const signer = await testSigner()
  const id = InstitutionId.parse(slug)
  const name = `${slug} (fictional)`
  const card = await createKeyCard({
    institution: { id, name },
    contact: { name: 'Dana Contact', email: 'dana@example.org' },
    publicKeyRaw: signer.publicKeyRaw,
    now: NOW,
  })
  await importKeyCards(db, [{ name: `${slug}.json`, text: keyCardText(card) }], NOW)
  if (pin) {
    const change = await confirmRegistryKey(
      db,
      {
        institutionId: id,
        keyId: signer.keyId,
        typedFingerprint: formatFingerprint(signer.keyId),
        who: STAFF,
      },
      NOW,
    )
    if (!change.ok) throw new Error(change.problem)
  }
  return { id, name, kind, signer }
}

/** The working cycle AY2025-26, expecting the partners given. */
export async function workingCycleFor(db: AppDatabase, partners: readonly BoardPartner[]) {
  return saveCycle(
    db,
    defaultCycle(
      2025,
      partners.map((p) => ({ institutionId: p.id, kind: p.kind })),
    ),
  )
}

export interface FileSpec {
  readonly revision?: number
  readonly period?: Period
  /** Other figures at the same revision. */
  readonly variant?: number
  readonly signer?: TestSigner
  /** Another copy of the same submission (other file bytes, same payload). */
  readonly copy?: number
}

let counter = 0

function submissionOf(partner: BoardPartner, spec: FileSpec, keyId: KeyId): Submission {
  const report =
    partner.kind === 'employer' ? employerReport() : educationReport(1 + (spec.variant ?? 0))
  const base = testSubmission(report, keyId)
  const revision = spec.revision ?? 1
  return {
    ...base,
    header: {
      ...base.header,
      institution: { id: partner.id, name: partner.name },
      period:
        spec.period ?? (partner.kind === 'employer' ? snapshot('2026-10-01') : academicYear(2025)),
      revision,
      submissionId: SubmissionId.parse(
        `00000000-0000-4000-8000-${String(revision * 100 + (spec.variant ?? 0)).padStart(12, '0')}`,
      ),
    },
  }
}

/** An intact signed file from `partner`, as verification and Merge see it. */
export async function signedFile(
  partner: BoardPartner,
  spec: FileSpec = {},
): Promise<{ file: IncomingFile; merge: MergeFile }> {
  counter += 1
  const signer = spec.signer ?? partner.signer
  const submission = submissionOf(partner, spec, signer.keyId)
  const payload = canonicalJson(submission)
  const signature = toBase64(await sign(signer.privateKey, canonicalBytes(submission)))
  const bytes = new TextEncoder().encode(`workbook ${payload} copy ${spec.copy ?? 0}`)
  const id = `file-${counter}`
  const name = `AHWG_${partner.id}_r${spec.revision ?? 1}${spec.variant ? `-v${spec.variant}` : ''}.xlsx`
  return {
    file: {
      id,
      name,
      sha256: await sha256Hex(bytes),
      check: {
        outcome: 'intact',
        submission,
        payloadHash: await payloadHash(payload),
        keyId: signer.keyId,
        signed: { payload, formatVersion: 1, signature, publicKey: toBase64(signer.publicKeyRaw) },
      },
    },
    merge: { fileId: id, bytes },
  }
}

export async function refusedFile(
  outcome: 'unreadable' | 'not-a-submission' | 'tampered',
  reasons: string[],
): Promise<{ file: IncomingFile; merge: MergeFile }> {
  counter += 1
  const bytes = new TextEncoder().encode(`refused ${counter}`)
  const id = `file-${counter}`
  return {
    file: {
      id,
      name: `file-${counter}.xlsx`,
      sha256: await sha256Hex(bytes),
      check: { outcome, reasons },
    },
    merge: { fileId: id, bytes },
  }
}
