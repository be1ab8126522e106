// What a backup (or the data on this computer) holds, counted and put in words, so that the
// user sees exactly what a restore will replace and with what.
import { mergeDirectory, type Institution } from '../../shared/domain/partners'

export interface DataSummary {
  /** The profile's contact name, or null when no profile is stored. */
  contactName: string | null
  /** The profile's institution, by name when the directory knows it. */
  institutionName: string | null
  periods: number
  programs: number
  /** Cells holding a value; explanations alone do not count. */
  figures: number
}

/** The parts of the tables a summary reads. */
export interface SummarySource {
  profile: readonly { contactName: string; institutionId: string }[]
  institutions: readonly Institution[]
  periods: readonly unknown[]
  programs: readonly unknown[]
  cells: readonly { value: number | null }[]
}

export function summarize(tables: SummarySource): DataSummary {
  const profile = tables.profile[0]
  const institution =
    profile && mergeDirectory(tables.institutions).find((i) => i.id === profile.institutionId)
  return {
    contactName: profile?.contactName ?? null,
    institutionName: profile ? (institution?.name ?? profile.institutionId) : null,
    periods: tables.periods.length,
    programs: tables.programs.length,
    figures: tables.cells.filter((c) => c.value !== null).length,
  }
}

const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const

/** "28 Nov 2026", in this computer's time zone: a form no reader can take for another date. */
export function formatDay(date: Date): string {
  return `${date.getDate()} ${MONTHS[date.getMonth()] ?? ''} ${date.getFullYear()}`
}

/** allied-pipeline-backup-2026-11-28.json, dated in this computer's time zone. */
export function backupFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `allied-pipeline-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`
}

function count(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`
}

function who(s: DataSummary): string | null {
  if (s.contactName === null) return null
  return s.institutionName === null ? s.contactName : `${s.contactName}, ${s.institutionName}`
}

/** "your profile (Dana Whitfield, Holyoke Community College), 3 periods, 4 programs and 212 figures" */
export function describeCurrentData(s: DataSummary): string {
  const person = who(s)
  const profile = person === null ? 'no profile' : `your profile (${person})`
  return `${profile}, ${count(s.periods, 'period')}, ${count(s.programs, 'program')} and ${count(s.figures, 'figure')}`
}

/** "the backup from 28 Nov 2026 (Dana Whitfield, Holyoke Community College, 2 periods, 4 programs, 198 figures)" */
export function describeBackup(s: DataSummary, createdAt: Date): string {
  const parts = [
    who(s) ?? 'no profile',
    count(s.periods, 'period'),
    count(s.programs, 'program'),
    count(s.figures, 'figure'),
  ]
  return `the backup from ${formatDay(createdAt)} (${parts.join(', ')})`
}

/** The question the confirmation asks before anything is replaced. */
export function replaceQuestion(
  current: DataSummary,
  incoming: DataSummary,
  createdAt: Date,
): string {
  return (
    `This replaces everything stored on this computer — ${describeCurrentData(current)} — ` +
    `with ${describeBackup(incoming, createdAt)}. ` +
    'This cannot be undone; save a backup of the current data first if you may need it.'
  )
}

export function restoredMessage(incoming: DataSummary, createdAt: Date): string {
  return `Restored: ${describeBackup(incoming, createdAt)}.`
}
