import { describe, expect, it } from 'vitest'
import { boardContextText, emptyBoardContext } from '../../../shared/analysis/context'
import { demoBoardContext } from '../../../shared/analysis/demo-context'
import {
  contextOfDraft,
  contextSummary,
  draftOf,
  impliedOpenings,
  type ContextDraft,
} from './context-draft'

const RADIOLOGY = 'radiologic-technologists'

function withProjection(
  change: Partial<ContextDraft['occupations'][typeof RADIOLOGY]['projection']>,
) {
  const draft = draftOf(emptyBoardContext())
  draft.occupations[RADIOLOGY].projection = {
    geography: 'Hampden County workforce area',
    vintage: '2022-2032',
    source: 'Massachusetts long-term occupational projections',
    baseYear: '2022',
    baseEmployment: '700',
    projectedYear: '2032',
    projectedEmployment: '760',
    exitsPerYear: '20',
    transfersPerYear: '22',
    ...change,
  }
  return draft
}

describe('the board context form', () => {
  it('gives back the context it was filled from, exactly', () => {
    const demo = demoBoardContext()
    const read = contextOfDraft(draftOf(demo))
    expect(read).toEqual({ ok: true, context: demo })
    if (read.ok) expect(boardContextText(read.context)).toBe(boardContextText(demo))
    expect(contextOfDraft(draftOf(emptyBoardContext()))).toEqual({
      ok: true,
      context: emptyBoardContext(),
    })
  })

  it('shows shares as percentages and stores fractions', () => {
    const draft = draftOf(demoBoardContext())
    expect(draft.defaults).toMatchObject({ passShare: '85', inRegionShare: '70' })
    draft.defaults.passShare = '90 %'
    const read = contextOfDraft(draft)
    expect(read.ok && read.context.defaults?.passShare).toBe(0.9)
  })

  it('keeps a typed projection, with figures typed the way people write them', () => {
    const read = contextOfDraft(
      withProjection({ baseEmployment: '1,700', projectedEmployment: '1,760' }),
    )
    expect(read.ok && read.context.occupations?.[RADIOLOGY]?.projection).toMatchObject({
      baseEmployment: 1700,
      projectedEmployment: 1760,
      baseYear: 2022,
    })
  })

  it('refuses a figure without its source, at the source field', () => {
    expect(contextOfDraft(withProjection({ source: '  ' }))).toEqual({
      ok: false,
      errors: {
        [`occupations.${RADIOLOGY}.projection.source`]:
          'Source must say where the figure comes from',
      },
    })
    const draft = draftOf(emptyBoardContext())
    draft.occupations[RADIOLOGY].regionalEmployment = { value: '700', source: '' }
    draft.defaults.placementShare = '85'
    const read = contextOfDraft(draft)
    expect(read.ok ? {} : read.errors).toEqual({
      'defaults.source': 'Source must say where the figure comes from',
      [`occupations.${RADIOLOGY}.regionalEmployment.source`]:
        'Source must say where the figure comes from',
    })
  })

  it('names each wrong field in words', () => {
    const read = contextOfDraft(
      withProjection({ baseYear: '', projectedEmployment: 'about 760', exitsPerYear: '-3' }),
    )
    expect(read.ok ? {} : read.errors).toEqual({
      [`occupations.${RADIOLOGY}.projection.baseYear`]: 'Base year is missing',
      [`occupations.${RADIOLOGY}.projection.projectedEmployment`]:
        'Projected employment must be a number',
      [`occupations.${RADIOLOGY}.projection.exitsPerYear`]: 'Exits per year cannot be negative',
    })
    const backwards = contextOfDraft(withProjection({ projectedYear: '2020' }))
    expect(backwards.ok ? {} : backwards.errors).toEqual({
      [`occupations.${RADIOLOGY}.projection.projectedYear`]:
        'Projected year must be later than the base year',
    })
    const draft = draftOf(emptyBoardContext())
    draft.defaults = { passShare: '120', placementShare: 'most', inRegionShare: '', source: 'x' }
    const shares = contextOfDraft(draft)
    expect(shares.ok ? {} : shares.errors).toEqual({
      'defaults.passShare': 'Pass share must be a percentage from 0 to 100',
      'defaults.placementShare': 'Placement share must be a percentage from 0 to 100',
    })
  })

  it('leaves out a block left blank, and refuses a block half filled', () => {
    const draft = draftOf(emptyBoardContext())
    draft.occupations[RADIOLOGY].annualOpenings = { value: '', source: 'State table' }
    const read = contextOfDraft(draft)
    expect(read.ok ? {} : read.errors).toEqual({
      [`occupations.${RADIOLOGY}.annualOpenings.value`]: 'Figure is missing',
    })
  })
})

describe('what a projection implies', () => {
  it('shows the openings and their parts once the six figures are typed', () => {
    const p = withProjection({}).occupations[RADIOLOGY].projection
    expect(impliedOpenings(p)).toEqual({
      netChangePerYear: 6,
      exitsPerYear: 20,
      transfersPerYear: 22,
      annualOpenings: 48,
    })
    expect(impliedOpenings({ ...p, transfersPerYear: '' })).toBeNull()
    expect(impliedOpenings({ ...p, projectedYear: '2022' })).toBeNull()
    expect(impliedOpenings({ ...p, projectedEmployment: '640' })?.netChangePerYear).toBe(-6)
  })

  it('says in a sentence what a context holds', () => {
    expect(contextSummary(undefined)).toBe('no figures')
    expect(contextSummary(demoBoardContext())).toBe(
      'projections for every occupation; annual openings for every occupation; regional employment for every occupation; default shares (pass share 85%, placement share 85%, in-region share 70%)',
    )
    expect(
      contextSummary({
        ...emptyBoardContext(),
        occupations: { [RADIOLOGY]: demoBoardContext().occupations?.[RADIOLOGY] ?? {} },
      }),
    ).toBe(
      'projections for radiologic technologists; annual openings for radiologic technologists; regional employment for radiologic technologists',
    )
  })
})
