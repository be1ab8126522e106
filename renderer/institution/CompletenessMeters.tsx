import type { SectionCompleteness } from '../../shared/rules'

export function CompletenessMeters({ sections }: { sections: readonly SectionCompleteness[] }) {
  return (
    <section className="panel completeness" aria-labelledby="completeness-heading">
      <h2 id="completeness-heading">Completeness</h2>
      <ul>
        {sections.map((s) => {
          const label = `${s.section}: ${s.filled} of ${s.total} filled`
          return (
            <li key={s.section}>
              <span>{label}</span>
              <meter min={0} max={Math.max(s.total, 1)} value={s.filled} aria-label={label} />
            </li>
          )
        })}
      </ul>
    </section>
  )
}
