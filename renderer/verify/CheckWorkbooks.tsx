// Opens one or more signed workbooks and says, for each, whether it is intact and who signed
// it, or exactly what is wrong. Used by partners to check what they send, and by the board.
// Verification runs off the main thread (off-thread.ts).
import { memo, useState } from 'react'
import { formatFingerprint } from '../../shared/crypto/keys'
import { periodKey } from '../../shared/domain/periods'
import { publisherAgainstCards, type HeldBoardCard } from '../../shared/regional/publisher-trust'
import type { VerificationResult } from '../../shared/workbook/verify'
import { useBoardKeyCards } from '../db/receipt-hooks'
import { platform } from '../platform'
import { XLSX_FILTER } from '../platform/filters'
import { verifyOffThread } from './off-thread'

interface Checked {
  name: string
  result: VerificationResult
}

const NO_KEYS: readonly string[] = []
const NO_CARDS: readonly HeldBoardCard[] = []

export function CheckWorkbooks({ ownKeyIds = NO_KEYS }: { ownKeyIds?: readonly string[] }) {
  const [checked, setChecked] = useState<Checked[]>([])
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')
  // A regional analysis is checked against the board key cards this computer holds.
  const boardCards = useBoardKeyCards() ?? NO_CARDS

  const open = async () => {
    setError('')
    try {
      const files = await platform.openFiles(XLSX_FILTER, { multiple: true })
      if (files.length === 0) return
      setBusy(true)
      // Each file is read in the reused Web Worker, under its time limit: a hostile file never
      // blocks this window, and the next file is checked normally.
      // Results appear one by one, so that no single render has to lay out a long list.
      setChecked([])
      for (const file of files) {
        const result = await verifyOffThread(file.bytes)
        setChecked((done) => [...done, { name: file.name, result }])
      }
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
          {checked.map(({ name, result }, index) => (
            <CheckedWorkbook
              key={`${index}-${name}`}
              name={name}
              result={result}
              ownKeyIds={ownKeyIds}
              boardCards={boardCards}
            />
          ))}
        </ul>
      )}
    </div>
  )
}

/**
 * One file's result. Memoized: results arrive one by one, and each arrival would otherwise lay
 * out every result above it again (a long task on the main thread with many long finding lists).
 */
const CheckedWorkbook = memo(function CheckedWorkbook({
  name,
  result,
  ownKeyIds,
  boardCards,
}: {
  name: string
  result: VerificationResult
  ownKeyIds: readonly string[]
  boardCards: readonly HeldBoardCard[]
}) {
  const regional = result.valid ? result.regional : undefined
  const publisher = regional && publisherAgainstCards(regional, result.keyId ?? '', boardCards)
  return (
    <li className={result.valid ? 'valid' : 'invalid'}>
      <h3>
        {result.valid ? '✓ Valid: ' : '✕ Not valid: '}
        {name}
      </h3>
      {result.valid && result.submission ? (
        <p>
          Signed by {result.submission.header.institution.name} for{' '}
          {result.submission.header.period.label} ({periodKey(result.submission.header.period)}),
          revision {result.submission.header.revision}, on{' '}
          {new Date(result.submission.header.createdAt).toLocaleString('en-US', {
            dateStyle: 'medium',
            timeStyle: 'short',
          })}
          . Nothing was changed after signing.
          {result.keyId && ownKeyIds.includes(result.keyId)
            ? ' It was signed with this computer’s key.'
            : ''}
        </p>
      ) : regional && publisher ? (
        <>
          <p>
            The regional gap analysis of {regional.header.cycle.id}, published by{' '}
            {regional.header.board.name} on{' '}
            {new Date(regional.header.createdAt).toLocaleString('en-US', {
              dateStyle: 'medium',
              timeStyle: 'short',
            })}
            . Nothing was changed after signing.
          </p>
          <p className={`finding ${publisher.trusted ? 'ok' : 'warning'}`}>{publisher.message}</p>
        </>
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
  )
})
