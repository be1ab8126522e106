// Where the bulk import (files, folders, drops, .eml messages, the dry run and Merge) is shown.
// The import screen takes the board's store from boardImportStore(profile) in renderer/db.
import type { Profile } from '../../shared/domain/profile'

export function ImportSlot(_: { profile: Profile }) {
  return (
    <main className="screen board-screen">
      <h1>Import</h1>
      <section className="empty-state" aria-labelledby="import-next">
        <h2 id="import-next">Importing workbooks is not available in this version</h2>
        <p>
          Nothing has been imported on this computer from this screen yet. You can already define
          the cycle you collect and import your partners’ key cards.
        </p>
      </section>
    </main>
  )
}
