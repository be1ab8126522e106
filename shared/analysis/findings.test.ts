import { describe, expect, it } from 'vitest'
import { analyse, type OccupationAnalysis } from './analysis'
import {
  BOARD_ONLY_TEXT,
  bindingText,
  coverageText,
  figureText,
  findingOf,
  protectedText,
  unknownBecause,
} from './findings'
import { emptyBoardContext } from './context'
import { SUPPRESSED_TEXT } from './suppression'
import { CYCLE } from './test-data'
import { region, regionContext } from './test-region'

function occupation(
  result: { occupations: readonly OccupationAnalysis[] },
  id: OccupationAnalysis['occupation'],
): OccupationAnalysis {
  const found = result.occupations.find((o) => o.occupation === id)
  if (!found) throw new Error(`no ${id}`)
  return found
}

describe('findings in words', () => {
  const board = analyse(region(), CYCLE, regionContext())
  const shared = analyse(region(), CYCLE, regionContext(), { audience: 'shared' })

  it('states coverage, band and the binding constraint, published openings first', () => {
    const radiology = occupation(board, 'radiologic-technologists')
    expect(findingOf(radiology, 'board')).toBe(
      `Radiologic technologists: coverage 0.19, severe shortage against published annual openings; ` +
        `coverage 0.36, severe shortage against employer-reported demand; ${bindingText(radiology)}.`,
    )
    expect(bindingText(radiology)).toMatch(
      /^binding constraint: (seats|clinical placements|faculty), /,
    )
  })

  it('marks employer figures from fewer than 3 employers on the board and suppresses them when shared', () => {
    const surgical = occupation(board, 'surgical-technologists')
    const employers = surgical.comparisons[0]
    if (!employers) throw new Error('no comparison')
    expect(employers.demand.protection).toBe('fewer-than-3-employers')
    expect(protectedText(employers.demand, 'board', figureText)).toBe(
      `${figureText(employers.demand.value)} (${BOARD_ONLY_TEXT})`,
    )
    const sharedSurgical = occupation(shared, 'surgical-technologists')
    const sentence = findingOf(sharedSurgical, 'shared')
    expect(sentence).toContain(`coverage ${SUPPRESSED_TEXT} against employer-reported demand`)
    expect(protectedText(sharedSurgical.comparisons[0]!.demand, 'shared', figureText)).toBe(
      SUPPRESSED_TEXT,
    )
    // The shared view never carries the value, whatever a caller would print.
    expect(sharedSurgical.comparisons[0]?.demand.value).toBeNull()
  })

  it('says why a coverage is unknown', () => {
    const radiology = occupation(
      analyse(region(), CYCLE, emptyBoardContext()),
      'radiologic-technologists',
    )
    const published = radiology.comparisons[1]
    if (!published) throw new Error('no comparison')
    expect(findingOf(radiology, 'board')).toContain(
      'coverage unknown against published annual openings',
    )
    expect(unknownBecause(radiology, published)).toEqual([
      'Published annual openings: no projection or annual openings figure in the board context',
    ])
  })

  it('rounds for display only, coverage to two decimals half up', () => {
    expect(coverageText(0.595)).toBe('0.60')
    expect(coverageText(null)).toBe('unknown')
    expect(figureText(10.549)).toBe('10.5')
    expect(figureText(1234)).toBe('1,234')
  })
})
