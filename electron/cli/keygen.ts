// `keygen`: a signing key in a file, for automation that exports without a person at the app
// (an HR system's nightly export, say), and the key card the board needs to trust it.
import { createKeyCard, keyCardText } from '../../shared/crypto/key-card'
import { createKeyFile, keyFileText } from '../../shared/crypto/key-file'
import { fingerprint, formatFingerprint } from '../../shared/crypto/keys'
import { fromBase64 } from '../../shared/crypto/bytes'
import { EXIT, UsageError, parseOptions, required, type ExitCode, type Output } from './command'
import { mustNotExist, readKeyFile, writeNewFile } from './files'
import { contact, institutionId, institutionName } from './inputs'
import { carryOverRevisions, readRevisions, revisionsPath } from './revisions'

/** What `keygen` takes; help/keygen.ts describes each option to the user. */
export const options = {
  institution: { type: 'string' },
  out: { type: 'string' },
  card: { type: 'string' },
  'contact-name': { type: 'string' },
  'contact-email': { type: 'string' },
  'institution-name': { type: 'string' },
  replaces: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const

export async function run(args: string[], output: Output): Promise<ExitCode> {
  const { values } = parseOptions(args, options)
  const id = institutionId(required(values.institution, 'institution'))
  const out = required(values.out, 'out')
  const wantsCard = values.card !== undefined
  if (!wantsCard && (values['contact-name'] ?? values['contact-email'] ?? values.replaces)) {
    throw new UsageError('--contact-name, --contact-email and --replaces go with --card')
  }
  const card = wantsCard
    ? {
        path: required(values.card, 'card'),
        institution: { id, name: institutionName(id, values['institution-name']) },
        contact: contact(values['contact-name'], values['contact-email']),
      }
    : undefined
  const old = values.replaces === undefined ? undefined : await oldKey(values.replaces, id)
  // A damaged record of the old key's revisions is refused before anything is written.
  if (values.replaces !== undefined) await readRevisions(values.replaces, id)

  await mustNotExist(out)
  if (card) await mustNotExist(card.path)

  const file = await createKeyFile(id)
  await writeNewFile(out, keyFileText(file), 0o600)
  const publicKeyRaw = fromBase64(file.publicKey)
  output.out(`Key file written to ${out} (keep it private: it signs for ${id}).`)
  output.out(`Fingerprint:\n${indent(formatFingerprint(await fingerprint(publicKeyRaw)))}`)

  if (card) {
    const made = await createKeyCard({
      institution: card.institution,
      contact: card.contact,
      publicKeyRaw,
      ...(old ? { replaces: old } : {}),
    })
    await writeNewFile(card.path, keyCardText(made))
    output.out(`Key card written to ${card.path}: send it to the board.`)
    if (old) output.out('The card carries a replacement statement signed by the old key.')
    else output.out('The board will call to compare the fingerprint above before trusting it.')
    if (values.replaces && (await carryOverRevisions(values.replaces, out, id))) {
      output.out(
        `Revisions signed with ${values.replaces} were copied to ${revisionsPath(out)}, so signing goes on from the last one.`,
      )
    }
  }
  return EXIT.ok
}

async function oldKey(path: string, id: string) {
  const key = await readKeyFile(path)
  if (key.institutionId !== id) {
    throw new UsageError(`the old key file ${path} is for ${key.institutionId}, not ${id}`)
  }
  return { publicKeyRaw: key.publicKeyRaw, privateKey: key.privateKey }
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n')
}
