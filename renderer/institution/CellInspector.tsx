// The active cell in words: what the measure means, what the rules say, and the explanation
// kept with the value (required when a warning flags it).
import { useId, useState } from 'react'
import type { MeasureDef } from '../../shared/reports/measures'
import { UNIT_LABELS } from '../../shared/reports/measures'
import type { Finding } from '../../shared/rules'

interface Props {
  measure: MeasureDef
  rowLabel: string
  findings: readonly Finding[]
  explanation: string
  onExplain: (text: string) => void
}

export function CellInspector({ measure, rowLabel, findings, explanation, onExplain }: Props) {
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
        id={`${id}-explain`}
        rows={2}
        maxLength={1000}
        value={text}
        placeholder={needs ? 'For example: we added an evening cohort this year.' : ''}
        onChange={(e) => {
          setText(e.target.value)
          onExplain(e.target.value)
        }}
      />
    </section>
  )
}
