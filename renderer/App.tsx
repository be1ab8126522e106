// The shell: first-run setup until a profile exists, then the workspace for the user's role.
import { useState } from 'react'
import type { Institution } from '../shared/domain/partners'
import type { Profile } from '../shared/domain/profile'
import { ROLE_LABELS } from '../shared/domain/roles'
import { BoardWorkspace } from './board/BoardWorkspace'
import { ErrorBoundary } from './components/ErrorBoundary'
import { useDirectory, useProfile } from './db/useProfile'
import { InstitutionWorkspace } from './institution/InstitutionWorkspace'
import { SettingsScreen } from './settings/SettingsScreen'
import { FirstRunSetup } from './setup/FirstRunSetup'

type View = 'workspace' | 'settings'

export function App() {
  const profile = useProfile()
  const directory = useDirectory()

  if (profile.state === 'loading' || directory === undefined) {
    return (
      <main className="loading" aria-busy="true">
        <p>Opening your data…</p>
      </main>
    )
  }
  if (profile.value === null) return <FirstRunSetup directory={directory} />
  return <Workspace profile={profile.value} directory={directory} />
}

function Workspace({ profile, directory }: { profile: Profile; directory: Institution[] }) {
  const [view, setView] = useState<View>('workspace')
  const institution = directory.find((i) => i.id === profile.institutionId)

  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">Allied Pipeline</span>
          <span className="brand-who">
            {institution?.name ?? profile.institutionId} · {ROLE_LABELS[profile.role]}
          </span>
        </div>
        <nav aria-label="Main">
          <button
            type="button"
            aria-current={view === 'workspace' ? 'page' : undefined}
            onClick={() => setView('workspace')}
          >
            {profile.role === 'board' ? 'Board workspace' : 'My reports'}
          </button>
          <button
            type="button"
            aria-current={view === 'settings' ? 'page' : undefined}
            onClick={() => setView('settings')}
          >
            Settings
          </button>
        </nav>
      </header>
      <ErrorBoundary>
        {view === 'settings' ? (
          <SettingsScreen profile={profile} directory={directory} />
        ) : profile.role === 'board' ? (
          <BoardWorkspace
            profile={profile}
            directory={directory}
            onOpenSettings={() => setView('settings')}
          />
        ) : (
          <InstitutionWorkspace
            // Another institution is another workspace: nothing of the last one's screen stays.
            key={profile.institutionId}
            profile={profile}
            role={profile.role}
            institution={institution}
          />
        )}
      </ErrorBoundary>
    </div>
  )
}
