// Export: the signed workbook for the board, its history, blank templates for Excel users,
// importing a filled template, and checking a signed workbook.
import { useMemo, useState } from 'react'
import { formatFingerprint } from '../../shared/crypto/keys'
import type { Institution } from '../../shared/domain/partners'
import type { Profile } from '../../shared/domain/profile'
import type { ReportingPeriod } from '../../shared/reports/draft'
import { blockingSummary, exportReadiness } from '../../shared/submission/export-gate'
import type { StoredKey } from '../db/key-database'
import { ownerOf } from '../keys/SigningKeyPanel'
import { CheckWorkbooks } from '../verify/CheckWorkbooks'
import { BlockingList, type GoTo } from './BlockingList'
import { exportSubmission } from './export-submission'
import { ImportWorkbook } from './ImportWorkbook'
import { NewKeyCard } from './NewKeyCard'
import { useExportState } from './useExportState'
import type { ReportCheck } from './useReportCheck'

interface Props {
  rp: ReportingPeriod
  profile: Profile
  institution: Institution | undefined
  check: ReportCheck
  goTo: GoTo
}

interface Status {
  text: string
  /** Set when the export failed or was refused: shown as an alert. */
  failed?: boolean
}

export function ExportPanel({ rp, profile, institution, check, goTo }: Props) {
  const state = useExportState(rp, profile.institutionId)
  const [status, setStatus] = useState<Status | null>(null)
  const [busy, setBusy] = useState(false)
  // A key this screen's export made, with whether the board already knew another one.
  const [made, setMade] = useState<{ key: StoredKey; replacesKnown: boolean } | null>(null)
  const institutionName = institution?.name ?? profile.institutionId

  const readiness = useMemo(
    () =>
      check.report && state
        ? exportReadiness(check.report, { previous: state.previous, rowLabel: check.rowLabel })
        : null,
    [check.report, check.rowLabel, state],
  )
  if (!state) return <p>Loading…</p>
  const blocked = readiness === null || !readiness.ok
  const newKeyAhead = state.key === null && state.sentBefore

  const doExport = async () => {
    setBusy(true)
    setStatus({ text: 'Signing and writing the workbook…' })
    try {
      const outcome = await exportSubmission(rp.id, profile, ownerOf(profile, institution))
      if (outcome.newKey) setMade({ key: outcome.newKey, replacesKnown: state.sentBefore })
      setStatus({
        text: outcome.saved
          ? `Exported ${outcome.fileName} (revision ${outcome.revision}). Send it to the board by email.`
          : 'Export cancelled: no workbook was saved.',
      })
    } catch (error) {
      setStatus({ text: error instanceof Error ? error.message : String(error), failed: true })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="export-panel">
      <section className="panel" aria-labelledby="export-heading">
        <h2 id="export-heading">Signed workbook for the board</h2>
        {readiness === null ? (
          <p role="alert" className="blocked">
            <strong>Not ready to export.</strong> Some stored figures of this period could not be
            read: {check.damage}
          </p>
        ) : readiness.ok ? (
          <p className="ready">
            Ready to export: every required figure is entered and nothing is left to fix.
          </p>
        ) : (
          <div role="group" className="blocked" aria-labelledby="blocked-heading">
            <p id="blocked-heading">
              <strong>Not ready to export:</strong> {blockingSummary(readiness)}. Fix each of these
              first:
            </p>
            <BlockingList rp={rp} findings={readiness.blocking} goTo={goTo} />
          </div>
        )}
        {newKeyAhead ? (
          <div className="key-warning" role="note" aria-labelledby="new-key-heading">
            <p id="new-key-heading">
              <strong>This export will make a new signing key.</strong>
            </p>
            <p>
              This computer has no signing key for {institutionName}, but the board has already
              received workbooks from you (this computer holds their records, perhaps from a
              restored backup). The board will see a changed key and will hold this workbook until
              they confirm the new key with you. After exporting, save the new key card and send it
              to the board with the workbook.
            </p>
          </div>
        ) : (
          <p className="hint">
            {state.key
              ? `Signed with your key ${formatFingerprint(state.key.keyId).slice(0, 19)}…`
              : 'Your signing key will be made on this first export.'}{' '}
            Each export is a new revision; the board keeps the latest.
          </p>
        )}
        <button
          type="button"
          className="primary"
          disabled={busy || blocked}
          onClick={() => void doExport()}
        >
          Export signed workbook…
        </button>
        {status && (
          <div
            role={status.failed ? 'alert' : 'status'}
            className={status.failed ? 'export-status failed' : 'export-status'}
          >
            <p>{status.text}</p>
          </div>
        )}
        {made && <NewKeyCard storedKey={made.key} replacesKnown={made.replacesKnown} />}
        {state.exports.length > 0 && (
          <table className="data-table" aria-label="Exports of this period">
            <thead>
              <tr>
                <th scope="col">Revision</th>
                <th scope="col">File</th>
                <th scope="col">Exported</th>
              </tr>
            </thead>
            <tbody>
              {state.exports.map((e) => (
                <tr key={e.id}>
                  <td>{e.revision}</td>
                  <td>{e.fileName}</td>
                  <td>
                    {new Date(e.exportedAt).toLocaleString('en-US', {
                      dateStyle: 'medium',
                      timeStyle: 'short',
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="panel" aria-labelledby="templates-heading">
        <h2 id="templates-heading">Work in Excel</h2>
        <ImportWorkbook rp={rp} institutionName={institution?.name} />
      </section>
      <section className="panel" aria-labelledby="check-heading">
        <h2 id="check-heading">Check a signed workbook</h2>
        <p className="hint">
          Open a workbook you exported to confirm it is intact, exactly as the board will check it.
        </p>
        <CheckWorkbooks ownKeyIds={state.key ? [state.key.keyId] : []} />
      </section>
    </div>
  )
}
