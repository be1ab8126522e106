// The board's workspace: imports, reporting status and the regional gap analysis.
import type { Profile } from '../../shared/domain/profile'

export function BoardWorkspace(_: { profile: Profile }) {
  return (
    <main className="screen workspace">
      <h1>Board workspace</h1>
      <p className="lead">
        Import partners’ signed workbooks, see who has not reported yet, and read the regional
        supply-and-demand gap analysis for respiratory therapists, radiologic technologists,
        surgical technologists and clinical laboratory staff.
      </p>
      <section className="empty-state" aria-labelledby="board-next">
        <h2 id="board-next">Not yet available</h2>
        <p>
          Importing and verifying workbooks comes in a later version. Nothing has been imported on
          this computer.
        </p>
      </section>
    </main>
  )
}
