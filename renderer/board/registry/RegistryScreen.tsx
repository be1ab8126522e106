// The trust registry: the partners' keys the board accepts. Key cards come in pending; staff pin
// a key by typing back its fingerprint after a call. The registry file is the one
// `allied-pipeline verify --trust` reads, so a second staff computer and the command line share it.
import { useState } from 'react'
import type { Profile } from '../../../shared/domain/profile'
import { trustRegistryText } from '../../../shared/trust/registry'
import { trust } from '../../db/app-data'
import { useTrustRegistry } from '../../db/board-hooks'
import type { KeyCardResult } from '../../db/trust-repository'
import { platform } from '../../platform'
import { KeyBanner } from './KeyBanners'
import { KeyTable } from './KeyTable'
import { doublyPinned, keySituations } from './key-situations'

const JSON_FILTER = [{ name: 'Allied Pipeline key card or registry', extensions: ['json'] }]

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes)

export function RegistryScreen({ profile }: { profile: Profile }) {
  const registry = useTrustRegistry()
  const [results, setResults] = useState<readonly KeyCardResult[]>([])
  const [message, setMessage] = useState('')

  async function importCards() {
    const picked = await platform.openFiles(JSON_FILTER, { multiple: true })
    if (picked.length === 0) return
    setMessage('')
    setResults(
      await trust.importKeyCards(
        picked.map((f) => ({ name: f.name, text: decode(f.bytes) })),
        new Date(),
      ),
    )
  }

  async function importRegistry() {
    const [file] = await platform.openFiles(JSON_FILTER, { multiple: false })
    if (!file) return
    setResults([])
    const read = await trust.replaceRegistry(decode(file.bytes), new Date())
    setMessage(
      read.ok
        ? `The registry was replaced by ${file.name}: ${read.registry.institutions.length} institutions.`
        : read.problem,
    )
  }

  async function exportRegistry() {
    if (!registry) return
    const saved = await platform.saveFile(
      'trust-registry.json',
      new TextEncoder().encode(trustRegistryText(registry)),
      JSON_FILTER,
    )
    setMessage(
      saved
        ? 'Registry saved. Copy it to another staff computer or give it to the command line with --trust.'
        : '',
    )
  }

  if (!registry) return <main className="screen board-screen" aria-busy="true" />
  const situations = keySituations(registry)
  const changed = situations.filter((s) => s.kind === 'key-changed')
  const firstContacts = situations.filter((s) => s.kind === 'first-contact')
  return (
    <main className="screen board-screen">
      <h1>Trust registry</h1>
      <p className="lead">
        The keys whose signatures the board accepts. A key from a key card waits until you have
        called the partner and typed back the fingerprint they read to you.
      </p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => void importCards()}>
          Import key cards…
        </button>
        <button type="button" onClick={() => void importRegistry()}>
          Replace with a registry file…
        </button>
        <button type="button" onClick={() => void exportRegistry()}>
          Export the registry…
        </button>
      </div>
      <div role="status">
        {message && <p className="notice">{message}</p>}
        {results.length > 0 && (
          <ul className="check-results" aria-label="Key cards imported">
            {results.map((r, index) => (
              <li key={index} className={r.outcome.kind === 'refused' ? 'invalid' : 'valid'}>
                <h3>{r.fileName}</h3>
                <p>
                  {r.outcome.kind === 'refused'
                    ? `Not imported: ${r.outcome.message}`
                    : r.outcome.message}
                </p>
              </li>
            ))}
          </ul>
        )}
      </div>
      {changed.map((s) => (
        <KeyBanner key={s.pending.keyId} situation={s} profile={profile} />
      ))}
      {doublyPinned(registry).map((i) => (
        <p key={i.institutionId} className="notice">
          {i.name} has {i.keys.filter((k) => k.status === 'pinned').length} pinned keys. Revoke the
          old one below unless they still sign with it.
        </p>
      ))}
      {firstContacts.map((s) => (
        <KeyBanner key={s.pending.keyId} situation={s} profile={profile} />
      ))}
      <section aria-labelledby="registry-keys">
        <h2 id="registry-keys">Keys</h2>
        <KeyTable registry={registry} profile={profile} />
      </section>
    </main>
  )
}
