// Opens one or more signed workbooks and says, for each, whether it is intact and who signed
// it, or exactly what is wrong. Used by partners to check what they send, and by the board.
import { useState } from 'react'
import { formatFingerprint } from '../../shared/crypto/keys'
import { periodKey } from '../../shared/domain/periods'
import type { VerificationResult } from '../../shared/workbook/verify'
import { platform } from '../platform'
import { XLSX_FILTER } from '../platform/filters'

interface Checked {
  name: string
  result: VerificationResult
}

export function CheckWorkbooks({ ownKeyIds = [] }: { ownKeyIds?: readonly string[] }) {
  const [checked, setChecked] = useState<Checked[]>([])
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')

  const open = async () => {
    setError('')
    try {
      const files = await platform.openFiles(XLSX_FILTER, { multiple: true })
      if (files.length === 0) return
      setBusy(true)
      const { verifyWorkbook } = await import('../../shared/workbook/verify')
      const results: Checked[] = []
      for (const file of files)
        results.push({ name: file.name, result: await verifyWorkbook(file.bytes) })
      setChecked(results)
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="check-workbooks">
      <button type="button" onClick={() => void open()} disabled={busy}>
        Check a signed workbook…
      </button>
      <span role="status" className="hint">
        {busy ? ' Checking…' : ''}
      </span>
      {error && (
        <p role="alert" className="finding error">
          {error}
        </p>
      )}
      {checked.length > 0 && (
        <ul className="check-results" aria-label="Checked workbooks">
          {checked.map(({ name, result }) => (
            <li key={name} className={result.valid ? 'valid' : 'invalid'}>
              <h3>
                {result.valid ? '✓ Valid: ' : '✕ Not valid: '}
                {name}
              </h3>
              {result.valid && result.submission ? (
                <p>
                  Signed by {result.submission.header.institution.name} for{' '}
                  {result.submission.header.period.label} (
                  {periodKey(result.submission.header.period)}), revision{' '}
                  {result.submission.header.revision}, on{' '}
                  {new Date(result.submission.header.createdAt).toLocaleString('en-US', {
                    dateStyle: 'medium',
                    timeStyle: 'short',
                  })}
                  . Nothing was changed after signing.
                  {result.keyId && ownKeyIds.includes(result.keyId)
                    ? ' It was signed with this computer’s key.'
                    : ''}
                </p>
              ) : (
                <ul>
                  {result.findings.map((f, i) => (
                    <li key={i}>{f.message}</li>
                  ))}
                </ul>
              )}
              {result.keyId && (
                <p className="hint">
                  Key fingerprint:{' '}
                  <code className="fingerprint inline">{formatFingerprint(result.keyId)}</code>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
