// Publish: the files that leave the board for a cycle. The regional gap-analysis workbook,
// signed with the board's key so that partners and `allied-pipeline verify` can check it
// against the board's key card, and the CSV files of the merged data and of the analysis.
// Every one is the shared view: figures from fewer than 3 employers are suppressed.
import { useState } from 'react'
import type { Institution } from '../../../shared/domain/partners'
import type { Profile } from '../../../shared/domain/profile'
import { useAnalysisInputs, useScenarios } from '../../db/analysis-hooks'
import { useAuditLog, useCycles, useHeldSubmissions, useWorkingCycle } from '../../db/board-hooks'
import { useSigningKey } from '../../keys/useSigningKey'
import {
  saveAnalysisCsv,
  saveDatasetCsv,
  saveRegionalWorkbook,
  type PublishInputs,
} from './publish-files'

export function PublishScreen({
  profile,
  directory,
  onOpenSettings,
}: {
  profile: Profile
  directory: readonly Institution[]
  onOpenSettings?: (() => void) | undefined
}) {
  const list = useCycles()
  const working = useWorkingCycle()
  const [chosen, setChosen] = useState<string | null>(null)
  const cycleId = chosen ?? working?.id ?? list?.[0]?.id
  const inputs = useAnalysisInputs(cycleId)
  const scenarios = useScenarios(cycleId)
  const held = useHeldSubmissions()
  const audit = useAuditLog({ cycleId })
  const key = useSigningKey(profile.institutionId)
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set())
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState('')

  if (!list || working === undefined || key === undefined) {
    return <main className="screen board-screen" aria-busy="true" />
  }
  const board = directory.find((i) => i.id === profile.institutionId)
  const ready = inputs && scenarios && held && audit

  const from = (): PublishInputs | null =>
    ready
      ? {
          inputs,
          held,
          scenarios: scenarios.filter((s) => picked.has(s.id)).map((s) => s.scenario),
          decisions: audit.map((e) => e.status),
        }
      : null

  async function save(what: string, work: (from: PublishInputs) => Promise<string | null>) {
    const f = from()
    if (!f) return
    setBusy(true)
    setMessage('')
    try {
      const name = await work(f)
      setMessage(name ? `${what} saved as ${name}.` : '')
    } catch (error) {
      setMessage(
        `${what} could not be saved: ${error instanceof Error ? error.message : String(error)}`,
      )
    } finally {
      setBusy(false)
    }
  }

  return (
    <main className="screen board-screen">
      <h1>Publish</h1>
      <p className="lead">
        The files the board shares: the regional gap analysis as a signed workbook, and the merged
        data and the analysis as CSV. Figures drawn from fewer than 3 employers read “suppressed
        (fewer than 3 employers)” in all of them.
      </p>
      {list.length === 0 ? (
        <p className="empty-state">No collection cycle yet: define one under Cycles first.</p>
      ) : (
        <>
          <label>
            Cycle{' '}
            <select
              value={cycleId}
              onChange={(e) => {
                setChosen(e.target.value)
                setPicked(new Set())
              }}
            >
              {list.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.id}
                </option>
              ))}
            </select>
          </label>
          {inputs && !inputs.contextEntered && (
            <p className="hint">
              No board context has been entered: published openings and default shares are missing,
              so the published-openings figures read “unknown” and no share is assumed.
            </p>
          )}
          <fieldset>
            <legend>Scenarios to include</legend>
            {scenarios?.length === 0 && <p className="hint">No scenarios saved for {cycleId}.</p>}
            {scenarios?.map((s) => (
              <label key={s.id} className="check">
                <input
                  type="checkbox"
                  checked={picked.has(s.id)}
                  onChange={(e) => {
                    const next = new Set(picked)
                    if (e.target.checked) next.add(s.id)
                    else next.delete(s.id)
                    setPicked(next)
                  }}
                />{' '}
                {s.scenario.name}
              </label>
            ))}
          </fieldset>
          <h2>Regional workbook</h2>
          {key === null ? (
            <p role="note">
              The board has no signing key on this computer yet, so the workbook cannot be signed.
              Make one in Settings and send its key card to the partners, then come back here.{' '}
              {onOpenSettings && (
                <button type="button" className="link" onClick={onOpenSettings}>
                  Open Settings
                </button>
              )}
            </p>
          ) : (
            <div className="actions">
              <button
                type="button"
                className="primary"
                disabled={busy || !ready}
                onClick={() =>
                  void save('The regional workbook', (f) =>
                    saveRegionalWorkbook(
                      f,
                      { id: profile.institutionId, name: board?.name ?? profile.institutionId },
                      key,
                    ),
                  )
                }
              >
                Save the regional workbook…
              </button>
            </div>
          )}
          <h2>CSV files</h2>
          <div className="actions">
            <button
              type="button"
              disabled={busy || !ready}
              onClick={() => void save('The merged data', saveDatasetCsv)}
            >
              Save the merged data as CSV…
            </button>
            <button
              type="button"
              disabled={busy || !ready}
              onClick={() => void save('The analysis', saveAnalysisCsv)}
            >
              Save the analysis as CSV…
            </button>
          </div>
          <p role="status" aria-live="polite">
            {busy ? 'Working…' : message}
          </p>
        </>
      )}
    </main>
  )
}
