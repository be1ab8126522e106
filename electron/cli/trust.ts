// `trust`: the board's trust registry on the command line. Key cards in, fingerprints confirmed
// as the partner reads them out (SSH's "yes/no/[fingerprint]", with the fingerprint typed), keys
// revoked, the registry listed. The changes themselves are shared/trust's pure functions; this
// reads and writes the file, atomically and under a lock so that two runs never interleave.
import { userInfo } from 'node:os'
import { readKeyCard, MAX_KEY_CARD_CHARS } from '../../shared/crypto/key-card'
import { formatFingerprint } from '../../shared/crypto/keys'
import {
  MAX_TRUST_REGISTRY_CHARS,
  addKeyCard,
  confirmKey,
  emptyTrustRegistry,
  readTrustRegistry,
  revokeKey,
  trustRegistryText,
  type KeyChange,
  type TrustRegistry,
  type TrustedKey,
} from '../../shared/trust/registry'
import {
  CliFailure,
  EXIT,
  UsageError,
  parseOptions,
  required,
  type ExitCode,
  type Output,
} from './command'
import { withFileLock, writeAtomically } from './file-lock'
import { readText } from './files'
import { oneLine } from './one-line'

/** What `trust` takes; help/trust.ts describes each option to the user. */
export const options = {
  registry: { type: 'string' },
  fingerprint: { type: 'string' },
  note: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const

const SUBCOMMANDS = ['add', 'confirm', 'revoke', 'list'] as const

export async function run(args: string[], output: Output): Promise<ExitCode> {
  const { values, positionals } = parseOptions(args, options, true)
  const [sub, ...rest] = positionals
  if (sub === undefined) throw new UsageError(`say what to do: ${SUBCOMMANDS.join(', ')}`)
  const path = required(values.registry, 'registry')
  switch (sub) {
    case 'add':
      if (rest.length === 0) throw new UsageError('give at least one key card to add')
      return withRegistry(path, true, (registry) => add(registry, rest, output))
    case 'confirm':
    case 'revoke': {
      const [institution, extra] = rest
      if (institution === undefined) throw new UsageError(`give the institution's id to ${sub}`)
      if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`)
      const keyId = typedFingerprint(required(values.fingerprint, 'fingerprint'))
      return withRegistry(path, false, (registry) =>
        sub === 'confirm'
          ? confirm(registry, institution, keyId, values.note, output)
          : revoke(registry, institution, keyId, values.note, output),
      )
    }
    case 'list': {
      if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0] ?? ''}"`)
      const registry = await readRegistry(path, false)
      if (values.json) output.out(trustRegistryText(registry).trimEnd())
      else list(registry, output)
      return EXIT.ok
    }
    default:
      throw new UsageError(`unknown "trust ${sub}"; use one of ${SUBCOMMANDS.join(', ')}`)
  }
}

/** What a change to the registry gives back: the registry to write (if any) and the exit code. */
interface Changed {
  readonly registry: TrustRegistry | null
  readonly code: ExitCode
}

async function withRegistry(
  path: string,
  createIfMissing: boolean,
  change: (registry: TrustRegistry) => Changed | Promise<Changed>,
): Promise<ExitCode> {
  return withFileLock(
    `${path}.lock`,
    'another "allied-pipeline" is changing this registry',
    async () => {
      const result = await change(await readRegistry(path, createIfMissing))
      // Readable by the board's other staff and tools; it holds public keys only.
      if (result.registry) await writeAtomically(path, trustRegistryText(result.registry), 0o644)
      return result.code
    },
  )
}

async function readRegistry(path: string, createIfMissing: boolean): Promise<TrustRegistry> {
  let text: string
  try {
    // Characters are at most 4 bytes in UTF-8.
    text = await readText(path, MAX_TRUST_REGISTRY_CHARS * 4)
  } catch (error) {
    if (createIfMissing && error instanceof CliFailure && /no such file$/.test(error.message)) {
      return emptyTrustRegistry()
    }
    throw error
  }
  const read = await readTrustRegistry(text)
  // A damaged registry is never overwritten: it may be the only record of who was confirmed.
  if (!read.ok) throw new CliFailure(`cannot use ${path}: ${read.problem} It was left as it is.`)
  return read.registry
}

/** What staff typed or pasted: "7F3A 09C2 …", on one line or two, in either case. */
function typedFingerprint(typed: string): string {
  const hex = typed.replace(/[\s:-]/g, '').toLowerCase()
  if (!/^[0-9a-f]{64}$/.test(hex)) {
    throw new UsageError(
      '--fingerprint is the 64 hex digits (0-9, A-F) of the key, as 16 groups of 4; spaces do not matter',
    )
  }
  return hex
}

const fingerprintLines = (keyId: string, indent: string) =>
  formatFingerprint(keyId)
    .split('\n')
    .map((line) => `${indent}${line}`)
    .join('\n')

async function add(
  registry: TrustRegistry,
  cards: readonly string[],
  output: Output,
): Promise<Changed> {
  let current = registry
  let code: ExitCode = EXIT.ok
  const now = new Date()
  for (const file of cards) {
    let text: string
    try {
      text = await readText(file, MAX_KEY_CARD_CHARS * 4)
    } catch (error) {
      if (!(error instanceof CliFailure)) throw error
      output.err(`${file}: CANNOT READ: ${error.message}`)
      code = EXIT.usage
      continue
    }
    const read = await readKeyCard(text)
    if (!read.ok) {
      output.out(`${file}: REFUSED: ${read.problem}`)
      if (code === EXIT.ok) code = EXIT.no
      continue
    }
    const { card } = read
    const added = await addKeyCard(current, card, now)
    current = added.registry
    const { outcome } = added
    const who = oneLine(`${card.institution.name} [${card.institution.id}]`)
    const word = {
      pending: 'PENDING',
      replaced: 'PINNED',
      unchanged: 'UNCHANGED',
      refused: 'REFUSED',
    }[outcome.kind]
    output.out(`${file}: ${word}: ${who}`)
    output.out(`  ${oneLine(outcome.message)}`)
    if (outcome.kind === 'refused') {
      if (code === EXIT.ok) code = EXIT.no
      continue
    }
    if (outcome.kind === 'pending') {
      output.out(`  Fingerprint to compare with what ${oneLine(card.contact.name)} reads to you:`)
      output.out(fingerprintLines(outcome.keyId, '    '))
      output.out(
        `  When it matches: allied-pipeline trust confirm ${card.institution.id} --fingerprint "WHAT THEY READ" --registry FILE`,
      )
    }
  }
  return { registry: current === registry ? null : current, code }
}

function keyChange(change: KeyChange, done: string, output: Output): Changed {
  if (!change.ok) {
    output.out(`NOT CHANGED: ${oneLine(change.problem)}`)
    return { registry: null, code: EXIT.no }
  }
  output.out(done)
  return { registry: change.registry, code: EXIT.ok }
}

function institutionOf(registry: TrustRegistry, id: string) {
  const institution = registry.institutions.find((i) => i.institutionId === id)
  if (!institution) {
    throw new CliFailure(
      `the registry holds no institution "${oneLine(id)}"; "allied-pipeline trust list" shows the ids`,
    )
  }
  return institution
}

function whoAmI(): string {
  try {
    return userInfo().username
  } catch {
    return 'an unknown user'
  }
}

function confirm(
  registry: TrustRegistry,
  id: string,
  keyId: string,
  note: string | undefined,
  output: Output,
): Changed {
  const institution = institutionOf(registry, id)
  const name = oneLine(institution.name)
  if (!institution.keys.some((k) => k.keyId === keyId)) {
    // The answer "no" of SSH's question: what was read out is not the key the card brought.
    const pending = institution.keys.filter((k) => k.status === 'pending')
    output.out(`NOT CONFIRMED: the fingerprint you gave is not a key of ${name}.`)
    if (pending.length > 0) {
      output.out('Its pending key, as its key card gave it:')
      for (const k of pending) output.out(fingerprintLines(k.keyId, '  '))
    }
    output.out(
      'Do not trust it: the key card may not come from the partner. Call them again on a number you already have.',
    )
    return { registry: null, code: EXIT.no }
  }
  const how = note ?? `Fingerprint compared on the command line by ${whoAmI()}.`
  return keyChange(
    confirmKey(registry, id, keyId, new Date(), how),
    `PINNED: the key of ${name} is now trusted; files it signs are accepted.`,
    output,
  )
}

function revoke(
  registry: TrustRegistry,
  id: string,
  keyId: string,
  note: string | undefined,
  output: Output,
): Changed {
  const institution = institutionOf(registry, id)
  return keyChange(
    revokeKey(registry, id, keyId, new Date(), note),
    `REVOKED: files signed with this key of ${oneLine(institution.name)} are no longer accepted.`,
    output,
  )
}

const STATUS_WORDS: Record<TrustedKey['status'], string> = {
  pinned: 'PINNED',
  pending: 'PENDING (fingerprint not confirmed yet)',
  revoked: 'REVOKED',
}

function list(registry: TrustRegistry, output: Output): void {
  if (registry.institutions.length === 0) {
    output.out('The registry holds no keys yet; add key cards with "allied-pipeline trust add".')
    return
  }
  for (const institution of registry.institutions) {
    output.out(oneLine(`${institution.name} [${institution.institutionId}]`))
    for (const key of institution.keys) {
      output.out(`  ${STATUS_WORDS[key.status]}`)
      output.out(fingerprintLines(key.keyId, '    '))
      const dates = [`added ${key.addedAt.slice(0, 10)}`]
      if (key.confirmedAt) {
        dates.push(
          `pinned ${key.confirmedAt.slice(0, 10)} ${key.confirmedBy === 'replacement' ? 'by a replacement signed with the old key' : 'after comparing the fingerprint'}`,
        )
      }
      if (key.revokedAt) dates.push(`revoked ${key.revokedAt.slice(0, 10)}`)
      output.out(`    ${dates.join('; ')}`)
      if (key.contact)
        output.out(oneLine(`    contact: ${key.contact.name} <${key.contact.email}>`))
      if (key.note) output.out(oneLine(`    note: ${key.note}`))
    }
  }
}
