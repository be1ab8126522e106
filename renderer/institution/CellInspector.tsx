// The active cell in words: what the measure means, what the rules say, and the explanation
// kept with the value (required when a warning flags it).
import { useId, useLayoutEffect, useRef, useState } from 'react'
import type { MeasureDef } from '../../shared/reports/measures'
import { UNIT_LABELS } from '../../shared/reports/measures'
import type { Finding } from '../../shared/rules'

interface Props {
  measure: MeasureDef
  rowLabel: string
  findings: readonly Finding[]
  explanation: string
  onExplain: (text: string) => void
  /** Grows by one for each Shift+F2 in the grid: focus the explanation box. */
  focusExplanation?: number | undefined
  /** Escape in the explanation box: back to the cell in the grid. */
  onBackToCell?: (() => void) | undefined
  /** The board's question about this cell, from its review receipt. */
  question?: string | undefined
  askedBy?: string | undefined
}

export function CellInspector({
  measure,
  rowLabel,
  findings,
  explanation,
  onExplain,
  focusExplanation = 0,
  onBackToCell,
  question,
  askedBy,
}: Props) {
  const box = useRef<HTMLTextAreaElement>(null)
  useLayoutEffect(() => {
    if (focusExplanation > 0) box.current?.focus()
  }, [focusExplanation])
  const id = useId()
  // Mounted once per cell (keyed by its address), so typing is never overwritten by the
  // echo of an earlier save.
  const [text, setText] = useState(explanation)
  const needs = findings.some((f) => f.level === 'warning')

  return (
    <section className="panel inspector" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {measure.label} <span className="hint">· {rowLabel}</span>
      </h2>
      <p>{measure.definition}</p>
      <p className="hint">
        Unit: {UNIT_LABELS[measure.unit]}.{measure.required ? ' Required.' : ' Optional.'}
      </p>
      {question && (
        <p className="finding question">
          <strong>{askedBy || 'The board'} asks: </strong>
          {question}
        </p>
      )}
      {findings.map((f) => (
        <p key={f.rule} className={`finding ${f.level}`}>
          <strong>{f.level === 'error' ? 'Error: ' : 'Warning: '}</strong>
          {f.message}
        </p>
      ))}
      <label htmlFor={`${id}-explain`} className="explain-label">
        {needs ? 'Explanation (required before export)' : 'Note (optional)'}
      </label>
      <textarea
        ref={box}
        id={`${id}-explain`}
        aria-describedby={`${id}-explain-keys`}
        onKeyDown={(e) => {
          if (e.key !== 'Escape' || !onBackToCell) return
          e.preventDefault()
          onBackToCell()
        }}
        rows={2}
        maxLength={1000}
        value={text}
        placeholder={needs ? 'For example: we added an evening cohort this year.' : ''}
        onChange={(e) => {
          setText(e.target.value)
          onExplain(e.target.value)
        }}
      />
      <p id={`${id}-explain-keys`} className="hint">
        From the grid, Shift+F2 comes to this box; Escape goes back to the cell. Saved as you type.
      </p>
    </section>
  )
}
