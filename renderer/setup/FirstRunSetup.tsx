import type { Institution } from '../../shared/domain/partners'
import { profiles } from '../db/app-data'
import { ProfileForm } from './ProfileForm'

export function FirstRunSetup({ directory }: { directory: readonly Institution[] }) {
  return (
    <main className="screen setup">
      <h1>Welcome to Allied Pipeline</h1>
      <p className="lead">
        Allied Pipeline collects allied health training and workforce figures for the MassHire
        Hampden County Allied Health Work Group. Your figures stay on this computer until you export
        a signed workbook and send it to the board.
      </p>
      <p>First, tell us who you are. You can change this later in Settings.</p>
      <ProfileForm
        directory={directory}
        profile={null}
        submitLabel="Continue"
        onSave={(profile, newInstitution) => profiles.saveProfile(profile, newInstitution)}
      />
    </main>
  )
}
