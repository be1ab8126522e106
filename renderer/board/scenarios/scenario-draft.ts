// A scenario as its editor holds it: per program and per occupation, each change as typed (blank
// = as reported), shares as percentages. It becomes a Scenario only through the schema the
// database and the report use, with that schema's messages placed at the field they name.
import { Scenario, type ProgramChange } from '../../../shared/analysis/scenario'
import { programKey } from '../../../shared/analysis/inputs'
import type { InstitutionId, ProgramId } from '../../../shared/domain/ids'
import { OCCUPATION_IDS, type OccupationId } from '../../../shared/domain/occupations'
import { figureText, numberFromText, percentText, shareFromPercent } from '../figure-text'

export const PROGRAM_FIELDS = [
  { key: 'seats', label: 'Seats', kind: 'count' },
  { key: 'clinicalSlotsSecured', label: 'Clinical slots secured', kind: 'count' },
  { key: 'expectedCompleters', label: 'Expected completers', kind: 'count' },
  { key: 'passShare', label: 'Pass share (%)', kind: 'share' },
  { key: 'placementShare', label: 'Placement share (%)', kind: 'share' },
  { key: 'inRegionShare', label: 'In-region share (%)', kind: 'share' },
] as const
export type ProgramField = (typeof PROGRAM_FIELDS)[number]['key']

export const OCCUPATION_FIELDS = [
  { key: 'employerDemand', label: 'Employer-reported demand' },
  { key: 'publishedOpenings', label: 'Published annual openings' },
] as const
export type OccupationField = (typeof OCCUPATION_FIELDS)[number]['key']

export interface ProgramDraft {
  readonly institutionId: InstitutionId
  readonly programId: ProgramId
  readonly values: Readonly<Record<ProgramField, string>>
}

export interface ScenarioDraft {
  readonly name: string
  /** By program key (institution and program id): untrusted ids stay Map keys. */
  readonly programs: ReadonlyMap<string, ProgramDraft>
  readonly occupations: Readonly<Record<OccupationId, Readonly<Record<OccupationField, string>>>>
}

/** Messages by field: "name", "<program key>.seats", "<occupation>.employerDemand". */
export type ScenarioErrors = ReadonlyMap<string, string>

export type ScenarioDraftResult =
  { ok: true; scenario: Scenario } | { ok: false; errors: ScenarioErrors }

const blankProgram = (): Record<ProgramField, string> => ({
  seats: '',
  clinicalSlotsSecured: '',
  expectedCompleters: '',
  passShare: '',
  placementShare: '',
  inRegionShare: '',
})

export function programDraftOf(change: ProgramChange): ProgramDraft {
  const values = blankProgram()
  for (const f of PROGRAM_FIELDS) {
    values[f.key] = f.kind === 'share' ? percentText(change[f.key]) : figureText(change[f.key])
  }
  return { institutionId: change.institutionId, programId: change.programId, values }
}

export function scenarioDraftOf(scenario: Scenario): ScenarioDraft {
  return {
    name: scenario.name,
    programs: new Map(
      scenario.programs.map((c) => [programKey(c.institutionId, c.programId), programDraftOf(c)]),
    ),
    occupations: Object.fromEntries(
      OCCUPATION_IDS.map((id) => {
        const c = scenario.occupations.find((o) => o.occupation === id)
        return [
          id,
          {
            employerDemand: figureText(c?.employerDemand),
            publishedOpenings: figureText(c?.publishedOpenings),
          },
        ]
      }),
    ) as ScenarioDraft['occupations'],
  }
}

const typed = (v: string) => v.trim() !== ''

export function scenarioOfDraft(draft: ScenarioDraft): ScenarioDraftResult {
  const programKeys: string[] = []
  const programs = [...draft.programs.entries()].flatMap(([key, p]) => {
    const set = PROGRAM_FIELDS.filter((f) => typed(p.values[f.key]))
    if (set.length === 0) return []
    programKeys.push(key)
    return [
      {
        institutionId: p.institutionId,
        programId: p.programId,
        ...Object.fromEntries(
          set.map((f) => [
            f.key,
            f.kind === 'share'
              ? shareFromPercent(p.values[f.key])
              : numberFromText(p.values[f.key]),
          ]),
        ),
      },
    ]
  })
  const occupationIds: OccupationId[] = []
  const occupations = OCCUPATION_IDS.flatMap((id) => {
    const set = OCCUPATION_FIELDS.filter((f) => typed(draft.occupations[id][f.key]))
    if (set.length === 0) return []
    occupationIds.push(id)
    return [
      {
        occupation: id,
        ...Object.fromEntries(
          set.map((f) => [f.key, numberFromText(draft.occupations[id][f.key])]),
        ),
      },
    ]
  })
  const parsed = Scenario.safeParse({ name: draft.name, programs, occupations })
  if (parsed.success) return { ok: true, scenario: parsed.data }
  const errors = new Map<string, string>()
  for (const issue of parsed.error.issues) {
    const [list, index, field] = issue.path
    let key = 'name'
    let label = 'The name'
    if (list === 'programs' && typeof index === 'number') {
      key = `${programKeys[index]}.${String(field)}`
      label = PROGRAM_FIELDS.find((f) => f.key === field)?.label ?? String(field)
    } else if (list === 'occupations' && typeof index === 'number') {
      key = `${occupationIds[index]}.${String(field)}`
      label = OCCUPATION_FIELDS.find((f) => f.key === field)?.label ?? String(field)
    }
    const share = PROGRAM_FIELDS.some((f) => f.key === field && f.kind === 'share')
    const message =
      key === 'name'
        ? issue.message
        : share
          ? `${label.replace(' (%)', '')} must be a percentage from 0 to 100`
          : `${label} ${issue.message}`
    if (!errors.has(key)) errors.set(key, message)
  }
  return { ok: false, errors }
}

/** How many programs and occupations a scenario changes, in words. */
export function changesInWords(scenario: Scenario): string {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`
  const parts = [
    scenario.programs.length > 0 ? count(scenario.programs.length, 'program', 'programs') : '',
    scenario.occupations.length > 0
      ? count(scenario.occupations.length, 'occupation’s demand', 'occupations’ demand')
      : '',
  ].filter(Boolean)
  return parts.length > 0 ? `Changes ${parts.join(' and ')}` : 'No changes yet: the baseline'
}
