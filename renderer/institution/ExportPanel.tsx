// Export: the signed workbook for the board, its history, blank templates for Excel users,
// importing a filled template, and checking a signed workbook.
import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { formatFingerprint } from '../../shared/crypto/keys'
import type { Institution } from '../../shared/domain/partners'
import type { Profile } from '../../shared/domain/profile'
import type { ReportingPeriod } from '../../shared/reports/draft'
import type { Finding } from '../../shared/rules'
import { database } from '../db/database'
import { listExports } from '../db/reporting-repository'
import { ownerOf } from '../keys/SigningKeyPanel'
import { useSigningKey } from '../keys/useSigningKey'
import { CheckWorkbooks } from '../verify/CheckWorkbooks'
import { exportSubmission } from './export-submission'
import { ImportWorkbook } from './ImportWorkbook'
import type { ReportCheck } from './useReportCheck'

interface Props {
  rp: ReportingPeriod
  profile: Profile
  institution: Institution | undefined
  check: ReportCheck
}

export function ExportPanel({ rp, profile, institution, check }: Props) {
  const exports = useLiveQuery(() => listExports(database(), rp.id), [rp.id])
  const key = useSigningKey(profile.institutionId)
  const [status, setStatus] = useState<{ text: string; blocked?: readonly Finding[] } | null>(null)
  const [busy, setBusy] = useState(false)

  const blocking = check.findings.filter((f) => f.level === 'error' || !f.explained)
  const doExport = async () => {
    setBusy(true)
    setStatus({ text: 'Signing and writing the workbook…' })
    try {
      const outcome = await exportSubmission(rp.id, profile, ownerOf(profile, institution))
      setStatus({
        text: outcome.saved
          ? `Exported ${outcome.fileName} (revision ${outcome.revision}). Send it to the board by email.`
          : 'Export cancelled.',
      })
    } catch (error) {
      const blocked = (error as { findings?: readonly Finding[] }).findings
      setStatus({
        text: error instanceof Error ? error.message : String(error),
        ...(blocked ? { blocked } : {}),
      })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="export-panel">
      <section className="panel" aria-labelledby="export-heading">
        <h2 id="export-heading">Signed workbook for the board</h2>
        {blocking.length > 0 ? (
          <div role="alert" className="blocked">
            <p>
              <strong>Not ready to export.</strong> Correct the errors and explain the warnings on
              the Figures tab first:
            </p>
            <ul>
              {blocking.map((f) => (
                <li key={`${f.rule}-${f.rowId}-${f.measure}`}>
                  <strong>{f.level === 'error' ? 'Error: ' : 'Needs an explanation: '}</strong>
                  {f.message}
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <p>
            {check.missing.size > 0
              ? `Ready to export, though ${check.missing.size} required figure${check.missing.size === 1 ? ' is' : 's are'} still empty.`
              : 'Ready to export: no open problems.'}
          </p>
        )}
        <p className="hint">
          {key
            ? `Signed with your key ${formatFingerprint(key.keyId).slice(0, 19)}…`
            : 'Your signing key will be made on this first export.'}{' '}
          Each export is a new revision; the board keeps the latest.
        </p>
        <button
          type="button"
          className="primary"
          disabled={busy || blocking.length > 0}
          onClick={() => void doExport()}
        >
          Export signed workbook…
        </button>
        {status && (
          <div role="status" className="export-status">
            <p>{status.text}</p>
            {status.blocked && (
              <ul>
                {status.blocked.map((f) => (
                  <li key={`${f.rule}-${f.rowId}-${f.measure}`}>{f.message}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        {exports && exports.length > 0 && (
          <table className="data-table" aria-label="Exports of this period">
            <thead>
              <tr>
                <th scope="col">Revision</th>
                <th scope="col">File</th>
                <th scope="col">Exported</th>
              </tr>
            </thead>
            <tbody>
              {exports.map((e) => (
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
        <CheckWorkbooks ownKeyIds={key ? [key.keyId] : []} />
      </section>
    </div>
  )
}
