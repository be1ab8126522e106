// The audit log: every import decision, merged or not, newest first, with filters, and a CSV
// export that Excel opens as text (no value is ever taken for a formula).
import { useState } from 'react'
import {
  IMPORT_STATUSES,
  IMPORT_STATUS_LABELS,
  type ImportStatus,
} from '../../../shared/intake/statuses'
import { auditCsv } from '../../../shared/intake/audit'
import { useAuditLog, useCycles } from '../../db/board-hooks'
import { platform } from '../../platform'

const CSV_FILTER = [{ name: 'CSV (comma-separated values)', extensions: ['csv'] }]

export function AuditLogScreen() {
  const list = useCycles()
  const [cycleId, setCycleId] = useState('')
  const [status, setStatus] = useState<ImportStatus | ''>('')
  const [institutionId, setInstitutionId] = useState('')
  const [text, setText] = useState('')
  const [message, setMessage] = useState('')
  const all = useAuditLog({})
  const entries = useAuditLog({
    cycleId: cycleId || undefined,
    status: status || undefined,
    institutionId: institutionId || undefined,
    text: text || undefined,
  })
  const institutions = new Map<string, string>()
  for (const e of all ?? []) {
    if (e.institutionId) institutions.set(e.institutionId, e.institutionName ?? e.institutionId)
  }

  async function exportCsv() {
    if (!entries) return
    const name = `audit-log${cycleId ? `-${cycleId}` : ''}.csv`
    const saved = await platform.saveFile(
      name,
      new TextEncoder().encode(auditCsv(entries)),
      CSV_FILTER,
    )
    setMessage(saved ? `${entries.length} entries saved to ${name}.` : '')
  }

  return (
    <main className="screen board-screen wide">
      <h1>Audit log</h1>
      <p className="lead">
        Every decision on every imported file: when, by whom, the file and its SHA-256, its status
        and why. Entries are only ever added.
      </p>
      <div className="filters" role="search" aria-label="Filter the audit log">
        <label>
          Cycle{' '}
          <select value={cycleId} onChange={(e) => setCycleId(e.target.value)}>
            <option value="">All cycles</option>
            {list?.map((c) => (
              <option key={c.id} value={c.id}>
                {c.id}
              </option>
            ))}
          </select>
        </label>
        <label>
          Status{' '}
          <select
            value={status}
            onChange={(e) => setStatus(IMPORT_STATUSES.find((s) => s === e.target.value) ?? '')}
          >
            <option value="">All statuses</option>
            {IMPORT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {IMPORT_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Partner{' '}
          <select value={institutionId} onChange={(e) => setInstitutionId(e.target.value)}>
            <option value="">All partners</option>
            {[...institutions].map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Contains{' '}
          <input
            type="search"
            value={text}
            placeholder="file name, SHA-256, reason…"
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        <button type="button" onClick={() => void exportCsv()} disabled={!entries?.length}>
          Export as CSV…
        </button>
      </div>
      <p role="status">
        {entries ? `${entries.length} of ${all?.length ?? 0} entries.` : ''} {message}
      </p>
      {entries && entries.length > 0 && (
        <table className="data-table audit-table" aria-label="Audit log entries">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">File</th>
              <th scope="col">Status</th>
              <th scope="col">Partner and period</th>
              <th scope="col">Reasons</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.seq}>
                <td>
                  {/* On this computer's clock; the CSV keeps the exact UTC time. */}
                  <time dateTime={e.at}>
                    {new Date(e.at).toLocaleString('en-US', {
                      dateStyle: 'medium',
                      timeStyle: 'short',
                    })}
                  </time>
                </td>
                <td>{e.who.name}</td>
                <td>
                  {e.fileName}
                  <br />
                  <code className="fingerprint inline" title={e.fileSha256}>
                    {e.fileSha256.slice(0, 16)}…
                  </code>
                </td>
                <td>
                  {IMPORT_STATUS_LABELS[e.status]}
                  {e.replacedRevision !== undefined && ` (replaces r${e.replacedRevision})`}
                  {e.merged ? ' · merged' : ''}
                </td>
                <td>
                  {e.institutionName ?? ''}
                  {e.periodLabel ? ` · ${e.periodLabel}` : ''}
                  {e.revision !== undefined ? ` · r${e.revision}` : ''}
                </td>
                <td>
                  <ul className="reasons">
                    {e.reasons.map((r, i) => (
                      <li key={i}>{r}</li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  )
}
