// `demo`: a folder the board's side can be tried on without any partner — signed workbooks of
// fictional partners (two of each kind), their key cards, and a trust registry pinning their
// keys. The keys are made for the run and thrown away: nobody can sign as these partners again.
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { createKeyCard, keyCardFileName, keyCardText } from '../../shared/crypto/key-card'
import { exportPublicKeyRaw, generateSigningKeyPair } from '../../shared/crypto/keys'
import {
  addKeyCard,
  confirmKey,
  emptyTrustRegistry,
  trustRegistryText,
} from '../../shared/trust/registry'
import { CliFailure, EXIT, parseOptions, required, type ExitCode, type Output } from './command'
import { DEMO_PARTNERS, type DemoPartner } from './demo-data'
import { writeNewFile } from './files'
import { newSubmission } from '../../shared/submission/new-submission'

export const TRUST_REGISTRY_FILE = 'trust-registry.json'
const DEMO_NOTE = 'A fictional partner made by allied-pipeline demo; no fingerprint was compared.'

/** What `demo` takes; help/demo.ts describes each option to the user. */
export const options = {
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const

export async function run(args: string[], output: Output): Promise<ExitCode> {
  const { values } = parseOptions(args, options)
  const out = required(values.out, 'out')
  await mustBeEmpty(out)
  const now = new Date()
  let registry = emptyTrustRegistry()
  for (const partner of DEMO_PARTNERS) {
    const written = await writePartner(out, partner, now)
    const added = await addKeyCard(registry, written.card, now)
    const confirmed = confirmKey(
      added.registry,
      partner.institution.id,
      written.card.fingerprint,
      now,
      DEMO_NOTE,
    )
    if (!confirmed.ok) throw new Error(confirmed.problem)
    registry = confirmed.registry
    output.out(`${written.workbook}\n${written.cardFile}`)
  }
  await writeNewFile(join(out, TRUST_REGISTRY_FILE), trustRegistryText(registry))
  output.out(join(out, TRUST_REGISTRY_FILE))
  output.out(
    `\n${DEMO_PARTNERS.length} signed workbooks of fictional partners, their key cards and a trust registry pinning their keys.`,
  )
  return EXIT.ok
}

async function mustBeEmpty(folder: string): Promise<void> {
  let entries: string[]
  try {
    entries = await readdir(folder)
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return
    throw new CliFailure(`cannot use ${folder} as the output folder: it is not a folder`)
  }
  if (entries.length > 0) {
    throw new CliFailure(`${folder} is not empty; choose a new or empty folder for the demo files`)
  }
}

async function writePartner(folder: string, partner: DemoPartner, now: Date) {
  const pair = await generateSigningKeyPair()
  const publicKeyRaw = await exportPublicKeyRaw(pair.publicKey)
  const card = await createKeyCard({
    institution: partner.institution,
    contact: partner.contact,
    publicKeyRaw,
    now,
  })
  const submission = newSubmission({ ...partner, keyId: card.fingerprint, now })
  // exceljs takes most of a second to load: only commands that write workbooks load it.
  const { writeSignedWorkbook } = await import('../../shared/workbook/write-signed')
  const signed = await writeSignedWorkbook(submission, {
    privateKey: pair.privateKey,
    publicKeyRaw,
  })
  const workbook = join(folder, signed.fileName)
  const cardFile = join(folder, keyCardFileName(card))
  await writeNewFile(workbook, signed.bytes)
  await writeNewFile(cardFile, keyCardText(card))
  return { workbook, cardFile, card }
}
