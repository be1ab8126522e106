// Offers back an entry that was being typed when the app last closed.
import type { MeasureDef } from '../../shared/reports/measures'
import type { Draft } from '../db/draft-repository'
import { parseNumber } from '../grid'

interface Props {
  draft: Draft
  measure: MeasureDef | undefined
  rowLabel: string
  onAccept: (value: number | null) => void
  onDiscard: () => void
}

export function DraftRecovery({ draft, measure, rowLabel, onAccept, onDiscard }: Props) {
  if (!measure) return null
  const parsed = parseNumber(draft.text, measure)
  return (
    <div className="panel draft-recovery" role="alert">
      <p>
        When Allied Pipeline last closed, you were typing “{draft.text}” into {measure.label} for{' '}
        {rowLabel}; it was not entered yet.
        {!parsed.ok && ` It cannot be entered as it is: ${parsed.message}`}
      </p>
      <div className="actions">
        {parsed.ok && (
          <button type="button" className="primary" onClick={() => onAccept(parsed.value)}>
            Enter “{draft.text}” in the cell
          </button>
        )}
        <button type="button" onClick={onDiscard}>
          Discard it
        </button>
      </div>
    </div>
  )
}
