// The board context as the form holds it: every field as typed, shares as percentages. A draft
// becomes a BoardContext only through the file format's own schema, so the screen refuses
// exactly what a context file would, with the schema's messages placed at the field they name.
import {
  BOARD_CONTEXT_FORMAT,
  BOARD_CONTEXT_VERSION,
  BoardContext,
  type OccupationContext,
} from '../../../shared/analysis/context'
import { projectionOpenings } from '../../../shared/analysis/demand'
import { OCCUPATION_IDS, OCCUPATIONS, type OccupationId } from '../../../shared/domain/occupations'
import { figureText, numberFromText, percentText, shareFromPercent } from '../figure-text'

export const PROJECTION_FIELDS = [
  { key: 'geography', label: 'Geography', kind: 'text' },
  { key: 'vintage', label: 'Vintage', kind: 'text' },
  { key: 'source', label: 'Source', kind: 'text' },
  { key: 'baseYear', label: 'Base year', kind: 'number' },
  { key: 'baseEmployment', label: 'Base employment', kind: 'number' },
  { key: 'projectedYear', label: 'Projected year', kind: 'number' },
  { key: 'projectedEmployment', label: 'Projected employment', kind: 'number' },
  { key: 'exitsPerYear', label: 'Exits per year', kind: 'number' },
  { key: 'transfersPerYear', label: 'Transfers per year', kind: 'number' },
] as const
export type ProjectionField = (typeof PROJECTION_FIELDS)[number]['key']

export const SHARE_FIELDS = [
  { key: 'passShare', label: 'Pass share' },
  { key: 'placementShare', label: 'Placement share' },
  { key: 'inRegionShare', label: 'In-region share' },
] as const
export type ShareField = (typeof SHARE_FIELDS)[number]['key']

export interface SourcedDraft {
  value: string
  source: string
}

export interface OccupationDraft {
  projection: Record<ProjectionField, string>
  annualOpenings: SourcedDraft
  regionalEmployment: SourcedDraft
}

export interface ContextDraft {
  /** Percentages as typed ("85"), and where they come from. */
  defaults: Record<ShareField | 'source', string>
  occupations: Record<OccupationId, OccupationDraft>
}

/** Messages by field, the key being the field's path in the file ("defaults.passShare"). */
export type FieldErrors = Readonly<Record<string, string>>

export type DraftResult = { ok: true; context: BoardContext } | { ok: false; errors: FieldErrors }

const blankProjection = (): Record<ProjectionField, string> => ({
  geography: '',
  vintage: '',
  source: '',
  baseYear: '',
  baseEmployment: '',
  projectedYear: '',
  projectedEmployment: '',
  exitsPerYear: '',
  transfersPerYear: '',
})

function occupationDraft(context: OccupationContext | undefined): OccupationDraft {
  const p = context?.projection
  const projection = blankProjection()
  if (p) {
    for (const { key, kind } of PROJECTION_FIELDS) {
      projection[key] = kind === 'text' ? String(p[key]) : figureText(p[key])
    }
  }
  const sourced = (f: { value: number; source: string } | undefined): SourcedDraft => ({
    value: figureText(f?.value),
    source: f?.source ?? '',
  })
  return {
    projection,
    annualOpenings: sourced(context?.annualOpenings),
    regionalEmployment: sourced(context?.regionalEmployment),
  }
}

export function draftOf(context: BoardContext): ContextDraft {
  const d = context.defaults
  return {
    defaults: {
      passShare: percentText(d?.passShare),
      placementShare: percentText(d?.placementShare),
      inRegionShare: percentText(d?.inRegionShare),
      source: d?.source ?? '',
    },
    occupations: Object.fromEntries(
      OCCUPATION_IDS.map((id) => [id, occupationDraft(context.occupations?.[id])]),
    ) as Record<OccupationId, OccupationDraft>,
  }
}

const filled = (values: Record<string, string>) => Object.values(values).some((v) => v.trim())
const text = (v: string) => (v.trim() === '' ? undefined : v)

/**
 * What the draft says, in the file's shape. A block left wholly blank is left out; a block
 * with anything in it is sent whole, so that a missing part is refused at its field. A figure
 * always goes with its source field, blank or not, so that a figure without a source is
 * refused ("must say where the figure comes from") rather than silently kept.
 */
export function candidateOf(draft: ContextDraft): unknown {
  const occupations: Record<string, unknown> = Object.create(null) as Record<string, unknown>
  for (const id of OCCUPATION_IDS) {
    const o = draft.occupations[id]
    const block: Record<string, unknown> = {}
    if (filled(o.projection)) {
      block.projection = Object.fromEntries(
        PROJECTION_FIELDS.map(({ key, kind }) => {
          const typed = o.projection[key]
          return [
            key,
            kind === 'text' ? (key === 'source' ? typed : text(typed)) : numberFromText(typed),
          ]
        }),
      )
    }
    for (const name of ['annualOpenings', 'regionalEmployment'] as const) {
      if (filled({ ...o[name] })) {
        block[name] = { value: numberFromText(o[name].value), source: o[name].source }
      }
    }
    if (Object.keys(block).length > 0) occupations[id] = block
  }
  const shares = SHARE_FIELDS.filter((s) => draft.defaults[s.key].trim() !== '')
  const defaults =
    shares.length > 0 || draft.defaults.source.trim() !== ''
      ? {
          ...Object.fromEntries(
            shares.map((s) => [s.key, shareFromPercent(draft.defaults[s.key])]),
          ),
          source: draft.defaults.source,
        }
      : undefined
  return {
    format: BOARD_CONTEXT_FORMAT,
    formatVersion: BOARD_CONTEXT_VERSION,
    ...(defaults ? { defaults } : {}),
    ...(Object.keys(occupations).length > 0 ? { occupations: { ...occupations } } : {}),
  }
}

const LABELS: Record<string, string> = {
  ...Object.fromEntries(PROJECTION_FIELDS.map((f) => [f.key, f.label])),
  ...Object.fromEntries(SHARE_FIELDS.map((f) => [f.key, f.label])),
  value: 'Figure',
  source: 'Source',
}

/** The schema's message in the form's words: shares are typed as percentages there. */
function messageAt(path: readonly PropertyKey[], message: string): string {
  const field = String(path[path.length - 1] ?? '')
  const label = LABELS[field] ?? field
  if (SHARE_FIELDS.some((s) => s.key === field)) {
    return `${label} must be a percentage from 0 to 100`
  }
  return `${label} ${message.replace('baseYear', 'the base year')}`
}

export function contextOfDraft(draft: ContextDraft): DraftResult {
  const parsed = BoardContext.safeParse(candidateOf(draft))
  if (parsed.success) return { ok: true, context: parsed.data }
  const errors = Object.create(null) as Record<string, string>
  for (const issue of parsed.error.issues) {
    const key = issue.path.map(String).join('.')
    errors[key] ??= messageAt(issue.path, issue.message)
  }
  return { ok: false, errors }
}

/** The path of a field, as errors are keyed. */
export function fieldPath(...parts: string[]): string {
  return parts.join('.')
}

/** The parts of the openings a typed projection implies, as soon as its six figures are typed. */
export interface ImpliedOpenings {
  readonly netChangePerYear: number
  readonly exitsPerYear: number
  readonly transfersPerYear: number
  readonly annualOpenings: number
}

export function impliedOpenings(
  projection: Record<ProjectionField, string>,
): ImpliedOpenings | null {
  const n = (key: ProjectionField) => {
    const v = numberFromText(projection[key])
    return typeof v === 'number' ? v : null
  }
  const [baseYear, projectedYear, base, projected, exits, transfers] = [
    n('baseYear'),
    n('projectedYear'),
    n('baseEmployment'),
    n('projectedEmployment'),
    n('exitsPerYear'),
    n('transfersPerYear'),
  ]
  if (baseYear === null || projectedYear === null || projectedYear <= baseYear) return null
  if (base === null || projected === null || exits === null || transfers === null) return null
  const openings = projectionOpenings({
    ...projection,
    baseYear,
    projectedYear,
    baseEmployment: base,
    projectedEmployment: projected,
    exitsPerYear: exits,
    transfersPerYear: transfers,
  })
  return {
    netChangePerYear: openings.netChangePerYear,
    exitsPerYear: exits,
    transfersPerYear: transfers,
    annualOpenings: openings.annualOpenings,
  }
}

/** What a context holds, in a sentence: what a load would replace, and with what. */
export function contextSummary(context: BoardContext | undefined): string {
  const o = context?.occupations ?? {}
  const names = (has: (c: OccupationContext) => boolean) =>
    OCCUPATIONS.filter((x) => {
      const c = o[x.id]
      return c !== undefined && has(c)
    }).map((x) => x.name.toLocaleLowerCase())
  const parts = [
    ['projections', names((c) => c.projection !== undefined)],
    ['annual openings', names((c) => c.annualOpenings !== undefined)],
    ['regional employment', names((c) => c.regionalEmployment !== undefined)],
  ] as const
  const words = parts
    .filter(([, list]) => list.length > 0)
    .map(
      ([what, list]) =>
        `${what} for ${list.length === OCCUPATIONS.length ? 'every occupation' : list.join(', ')}`,
    )
  const d = context?.defaults
  if (d && SHARE_FIELDS.some((s) => d[s.key] !== undefined)) {
    words.push(
      `default shares (${SHARE_FIELDS.filter((s) => d[s.key] !== undefined)
        .map((s) => `${s.label.toLocaleLowerCase()} ${percentText(d[s.key])}%`)
        .join(', ')})`,
    )
  }
  return words.length > 0 ? words.join('; ') : 'no figures'
}
