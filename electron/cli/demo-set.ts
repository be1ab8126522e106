// The demo set in memory: for each fictional partner a key made for the occasion, its key card
// and its signed workbook, and a trust registry pinning every key. `demo` writes it to a folder
// and throws the keys away; the tests' fixture set (test/fixtures/intake-set.ts) keeps them to
// sign more files as the same partners.
import {
  createKeyCard,
  keyCardFileName,
  keyCardText,
  type KeyCard,
} from '../../shared/crypto/key-card'
import { exportPublicKeyRaw, generateSigningKeyPair } from '../../shared/crypto/keys'
import { newSubmission } from '../../shared/submission/new-submission'
import type { Submission } from '../../shared/submission/payload'
import {
  addKeyCard,
  confirmKey,
  emptyTrustRegistry,
  type TrustRegistry,
} from '../../shared/trust/registry'
import type { WorkbookSigner } from '../../shared/workbook/write-signed'
import { DEMO_PARTNERS, type DemoPartner } from './demo-data'

export const TRUST_REGISTRY_FILE = 'trust-registry.json'
const DEMO_NOTE = 'A fictional partner made by allied-pipeline demo; no fingerprint was compared.'

export interface NamedFile {
  readonly name: string
  readonly bytes: Uint8Array
}

export interface DemoEntry {
  readonly partner: DemoPartner
  readonly signer: WorkbookSigner
  readonly card: KeyCard
  readonly cardFile: NamedFile
  readonly submission: Submission
  readonly workbook: NamedFile
}

export interface DemoSet {
  readonly entries: readonly DemoEntry[]
  /** Every demo partner's key, pinned. */
  readonly registry: TrustRegistry
}

/** A key of its own for a partner, and its key card. */
export async function partnerKey(
  partner: Pick<DemoPartner, 'institution' | 'contact'>,
  now: Date,
): Promise<{ signer: WorkbookSigner; card: KeyCard; cardFile: NamedFile }> {
  const pair = await generateSigningKeyPair()
  const publicKeyRaw = await exportPublicKeyRaw(pair.publicKey)
  const card = await createKeyCard({
    institution: partner.institution,
    contact: partner.contact,
    publicKeyRaw,
    now,
  })
  const cardFile = {
    name: keyCardFileName(card),
    bytes: new TextEncoder().encode(keyCardText(card)),
  }
  return { signer: { privateKey: pair.privateKey, publicKeyRaw }, card, cardFile }
}

/** A partner's report signed into a workbook (revision 1 unless told). */
export async function signedWorkbook(
  partner: DemoPartner,
  key: { signer: WorkbookSigner; card: KeyCard },
  now: Date,
  revision: Pick<Submission['header'], 'revision' | 'supersedes'> = {
    revision: 1,
    supersedes: null,
  },
): Promise<{ submission: Submission; workbook: NamedFile }> {
  const submission = newSubmission({ ...partner, ...revision, keyId: key.card.fingerprint, now })
  // exceljs takes most of a second to load: only commands that write workbooks load it.
  const { writeSignedWorkbook } = await import('../../shared/workbook/write-signed')
  const signed = await writeSignedWorkbook(submission, key.signer)
  return { submission, workbook: { name: signed.fileName, bytes: signed.bytes } }
}

export async function makeDemoSet(now: Date): Promise<DemoSet> {
  let registry = emptyTrustRegistry()
  const entries: DemoEntry[] = []
  for (const partner of DEMO_PARTNERS) {
    const key = await partnerKey(partner, now)
    const { submission, workbook } = await signedWorkbook(partner, key, now)
    const added = await addKeyCard(registry, key.card, now)
    const confirmed = confirmKey(
      added.registry,
      partner.institution.id,
      key.card.fingerprint,
      now,
      DEMO_NOTE,
    )
    if (!confirmed.ok) throw new Error(confirmed.problem)
    registry = confirmed.registry
    entries.push({ partner, ...key, submission, workbook })
  }
  return { entries, registry }
}
