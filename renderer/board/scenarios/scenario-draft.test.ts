import { describe, expect, it } from 'vitest'
import { programKey } from '../../../shared/analysis/inputs'
import { Scenario, scenarioFromBaseline } from '../../../shared/analysis/scenario'
import { InstitutionId, ProgramId } from '../../../shared/domain/ids'
import {
  changesInWords,
  programDraftOf,
  scenarioDraftOf,
  scenarioOfDraft,
  type ScenarioDraft,
} from './scenario-draft'

const college = InstitutionId.parse('sample-technical-college')
const surgical = ProgramId.parse('surgical-technology')
const KEY = programKey(college, surgical)

function withProgram(values: Partial<Record<string, string>>): ScenarioDraft {
  const draft = scenarioDraftOf(scenarioFromBaseline('More clinical slots'))
  const row = programDraftOf({ institutionId: college, programId: surgical })
  return {
    ...draft,
    programs: new Map([[KEY, { ...row, values: { ...row.values, ...values } }]]),
  }
}

describe('the scenario editor', () => {
  it('gives back the scenario it was filled from, shares as percentages', () => {
    const scenario = Scenario.parse({
      name: 'Two more slots',
      programs: [
        { institutionId: college, programId: surgical, clinicalSlotsSecured: 13, passShare: 0.9 },
      ],
      occupations: [{ occupation: 'surgical-technologists', publishedOpenings: 30 }],
    })
    const draft = scenarioDraftOf(scenario)
    expect(draft.programs.get(KEY)?.values).toMatchObject({
      clinicalSlotsSecured: '13',
      passShare: '90',
      seats: '',
    })
    expect(scenarioOfDraft(draft)).toEqual({ ok: true, scenario })
  })

  it('leaves out what is blank: a new scenario is the baseline', () => {
    expect(scenarioOfDraft(withProgram({}))).toEqual({
      ok: true,
      scenario: { name: 'More clinical slots', programs: [], occupations: [] },
    })
    expect(changesInWords(scenarioFromBaseline('x'))).toBe('No changes yet: the baseline')
  })

  it('names each wrong change in words at its field', () => {
    const read = scenarioOfDraft({
      ...withProgram({ seats: '2.5', clinicalSlotsSecured: '-1', inRegionShare: '140' }),
      name: ' ',
      occupations: {
        ...scenarioDraftOf(scenarioFromBaseline('x')).occupations,
        'surgical-technologists': { employerDemand: 'lots', publishedOpenings: '' },
      },
    })
    expect(read.ok ? [] : [...read.errors]).toEqual([
      ['name', 'A scenario needs a name'],
      [`${KEY}.seats`, 'Seats must be a whole number'],
      [`${KEY}.clinicalSlotsSecured`, 'Clinical slots secured cannot be negative'],
      [`${KEY}.inRegionShare`, 'In-region share must be a percentage from 0 to 100'],
      ['surgical-technologists.employerDemand', 'Employer-reported demand must be a number'],
    ])
  })

  it('says how much a scenario changes', () => {
    const read = scenarioOfDraft(withProgram({ seats: '30' }))
    expect(read.ok && changesInWords(read.scenario)).toBe('Changes 1 program')
  })
})
