// What `merge` prints: one line per file with its status and the reasons under it, the counts,
// and who has reported. Everything printed comes from the summary, already on one line.
import { REPORTING_STATE_LABELS } from '../../shared/intake/matrix'
import { IMPORT_STATUSES, IMPORT_STATUS_LABELS } from '../../shared/intake/statuses'
import type { MergeSummary } from '../../shared/intake/summary'
import type { Output } from './command'

const STATUS_WIDTH = Math.max(...Object.values(IMPORT_STATUS_LABELS).map((l) => l.length)) + 2

const percent = (rate: number | null) => (rate === null ? 'n/a' : `${Math.round(rate * 100)}%`)

export function printSummary(output: Output, summary: MergeSummary, heldTotal?: number): void {
  for (const file of summary.files) {
    output.out(`${file.label.padEnd(STATUS_WIDTH)}${file.name}`)
    for (const reason of file.reasons) output.out(`  ${reason}`)
  }
  const counts = IMPORT_STATUSES.flatMap((status) => {
    const n = summary.files.filter((f) => f.status === status).length
    return n === 0 ? [] : [`${n} ${IMPORT_STATUS_LABELS[status].toLowerCase()}`]
  })
  output.out(`\n${summary.files.length} files: ${counts.join(', ')}.`)
  const merged = summary.accepted.length
  output.out(
    `${merged} ${merged === 1 ? 'submission' : 'submissions'} merged` +
      (heldTotal === undefined
        ? ' (no --state: nothing was kept).'
        : `; the state now holds ${heldTotal} ${heldTotal === 1 ? 'revision' : 'revisions'}.`),
  )

  const { cycle, matrix } = summary
  output.out(`\nWho has reported, ${cycle.id} (due ${cycle.dueDate}):`)
  if (cycle.expected.length === 0) {
    output.out('  No partners were given as expected (--expected): listed are those who reported.')
  }
  const idWidth = Math.max(0, ...matrix.cells.map((c) => c.institutionId.length)) + 2
  for (const cell of matrix.cells) {
    const periods = cell.periods
      .map((p) => {
        const superseded = p.superseded.length ? `, supersedes r${p.superseded.join(', r')}` : ''
        return `${p.periodLabel} r${p.revision} (${p.receivedOn}${superseded})`
      })
      .join('; ')
    const note = cell.expected ? '' : ' [not expected]'
    output.out(
      `  ${cell.institutionId.padEnd(idWidth)}${cell.kind.padEnd(13)}${REPORTING_STATE_LABELS[cell.state].padEnd(18)}${periods}${note}`,
    )
  }
  const t = matrix.totals
  output.out(
    `Reporting rate: ${t.actual} of ${t.expected} expected (${percent(t.reportingRate)}); on time: ${t.onTime} of ${t.expected} (${percent(t.onTimeRate)}).`,
  )
}
