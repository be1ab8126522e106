// "Import a review receipt…": the board's answer to a period this computer sent, as the file the
// board e-mailed. Read and verified by the receipts repository; a refusal says why and stores
// nothing. On success, the period it is about can be opened at once.
import { useState } from 'react'
import type { Profile } from '../../shared/domain/profile'
import { periodKey } from '../../shared/domain/periods'
import { receiptSummary } from '../../shared/intake/receipt'
import { receipts } from '../db/app-data'
import { platform } from '../platform'

const RECEIPT_FILTER = [{ name: 'Allied Pipeline review receipt', extensions: ['json'] }]

export function ImportReceipt({
  profile,
  onOpen,
}: {
  profile: Profile
  onOpen: (periodId: string) => void
}) {
  const [outcome, setOutcome] = useState<{ text: string; periodId?: string; label?: string }>({
    text: '',
  })

  async function importFile() {
    const [file] = await platform.openFiles(RECEIPT_FILTER, { multiple: false })
    if (!file) return
    const read = await receipts.importReceipt(
      new TextDecoder().decode(file.bytes),
      profile.institutionId,
      new Date(),
    )
    if (!read.ok) return setOutcome({ text: `${file.name}: ${read.problem}` })
    const { period } = read.receipt.submission
    const summary = receiptSummary(read.receipt, {
      boardName: read.boardName,
      locale: navigator.language,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    })
    setOutcome({
      text: read.already
        ? `You had already imported this receipt for ${period.label}: ${summary}.`
        : `Receipt imported for ${period.label}: ${summary}.`,
      periodId: periodKey(period),
      label: period.label,
    })
  }

  return (
    <section className="import-receipt" aria-label="Review receipts">
      <button type="button" onClick={() => void importFile()}>
        Import a review receipt…
      </button>
      <p role="status" className="save-status">
        {outcome.text}{' '}
        {outcome.periodId && (
          <button type="button" className="link" onClick={() => onOpen(outcome.periodId ?? '')}>
            Open {outcome.label}
          </button>
        )}
      </p>
    </section>
  )
}
