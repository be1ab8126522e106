import { useEffect, useState } from 'react'
import type { Institution } from '../../shared/domain/partners'
import type { Profile } from '../../shared/domain/profile'
import { BackupPanel } from '../backup/BackupPanel'
import { profiles } from '../db/app-data'
import {
  estimateStorage,
  requestPersistentStorage,
  type PersistenceState,
  type StorageEstimate,
} from '../db/storage'
import { platform } from '../platform'
import { SigningKeyPanel } from '../keys/SigningKeyPanel'
import { BoardKeyCardsPanel } from './BoardKeyCardsPanel'
import { ProfileForm } from '../setup/ProfileForm'

const PERSISTENCE_TEXT: Record<PersistenceState, string> = {
  persisted: 'Protected: the browser will not delete this data to free space.',
  'not-persisted':
    'Not protected: the browser may delete this data if the disk runs low. Keep a backup, or use the desktop app.',
  unsupported: 'Unknown: this browser does not say whether it keeps the data.',
}

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024).toLocaleString('en-US')} KB`
  if (bytes < 1024 ** 3)
    return `${(bytes / 1024 ** 2).toLocaleString('en-US', { maximumFractionDigits: 1 })} MB`
  return `${(bytes / 1024 ** 3).toLocaleString('en-US', { maximumFractionDigits: 1 })} GB`
}

export function SettingsScreen({
  profile,
  directory,
}: {
  profile: Profile
  directory: readonly Institution[]
}) {
  const [persistence, setPersistence] = useState<PersistenceState | null>(null)
  const [estimate, setEstimate] = useState<StorageEstimate | null>(null)
  const [version, setVersion] = useState('')
  // A restore replaces the stored profile: remount the form so it shows the restored one.
  const [formKey, setFormKey] = useState(0)

  useEffect(() => {
    void requestPersistentStorage().then(setPersistence)
    void estimateStorage().then(setEstimate)
    void platform.appVersion().then(setVersion)
  }, [])

  return (
    <main className="screen settings">
      <h1>Settings</h1>
      <section aria-labelledby="settings-profile">
        <h2 id="settings-profile">Who you are</h2>
        <ProfileForm
          key={formKey}
          directory={directory}
          profile={profile}
          submitLabel="Save changes"
          onSave={(p, newInstitution) => profiles.saveProfile(p, newInstitution)}
        />
      </section>
      <section aria-labelledby="settings-key">
        <SigningKeyPanel
          profile={profile}
          institution={directory.find((i) => i.id === profile.institutionId)}
        />
      </section>
      {profile.role !== 'board' && (
        <section aria-labelledby="settings-board-cards">
          <BoardKeyCardsPanel profile={profile} />
        </section>
      )}
      <section aria-labelledby="settings-storage">
        <h2 id="settings-storage">Your data on this computer</h2>
        <dl className="facts">
          <dt>Storage</dt>
          <dd data-testid="persistence">
            {persistence ? PERSISTENCE_TEXT[persistence] : 'Checking…'}
          </dd>
          <dt>Space used</dt>
          <dd>
            {estimate
              ? `${formatBytes(estimate.usedBytes)} of ${formatBytes(estimate.quotaBytes)} available`
              : '—'}
          </dd>
          <dt>Where it lives</dt>
          <dd>
            {platform.kind === 'desktop'
              ? 'In the Allied Pipeline folder of your user profile (the app’s own storage).'
              : 'In this browser’s storage for this address. Another browser or address will not see it.'}
          </dd>
          <dt>Version</dt>
          <dd>{version || '—'}</dd>
        </dl>
      </section>
      <section aria-labelledby="settings-backup">
        <BackupPanel onRestored={() => setFormKey((k) => k + 1)} />
      </section>
    </main>
  )
}
