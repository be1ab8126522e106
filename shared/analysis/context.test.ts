import { describe, expect, it } from 'vitest'
import { boardContextText, emptyBoardContext, readBoardContext, type BoardContext } from './context'
import { demoBoardContext } from './demo-context'

/** The example of BOARD.md ("The board context file"), verbatim. */
const BOARD_EXAMPLE = `{
  "format": "allied-pipeline-board-context",
  "formatVersion": 1,
  "defaults": { "passShare": 0.85, "placementShare": 0.85, "inRegionShare": 0.7 },
  "occupations": {
    "radiologic-technologists": {
      "projection": {
        "geography": "Hampden County workforce area", "vintage": "2022-2032",
        "source": "Massachusetts long-term occupational projections",
        "baseYear": 2022, "baseEmployment": 700, "projectedYear": 2032,
        "projectedEmployment": 760, "exitsPerYear": 20, "transfersPerYear": 22
      },
      "annualOpenings": { "value": 48, "source": "the same table's annual openings column" },
      "regionalEmployment": { "value": 700, "source": "OEWS May 2024, Springfield MA" }
    }
  }
}`

const problemOf = (value: unknown) => {
  const read = readBoardContext(typeof value === 'string' ? value : JSON.stringify(value))
  return read.ok ? 'read' : read.problem
}
const base = { format: 'allied-pipeline-board-context', formatVersion: 1 }

describe('the board context file', () => {
  it('reads the example of BOARD.md, every figure with its source', () => {
    const read = readBoardContext(BOARD_EXAMPLE)
    expect(read.ok).toBe(true)
    if (!read.ok) return
    const radiology = read.context.occupations?.['radiologic-technologists']
    expect(radiology?.projection?.source).toBe('Massachusetts long-term occupational projections')
    expect(radiology?.annualOpenings).toEqual({
      value: 48,
      source: "the same table's annual openings column",
    })
    expect(read.context.defaults?.inRegionShare).toBe(0.7)
  })

  it('writes what it reads back unchanged', () => {
    const read = readBoardContext(BOARD_EXAMPLE)
    if (!read.ok) throw new Error(read.problem)
    expect(readBoardContext(boardContextText(read.context))).toEqual(read)
    expect(readBoardContext(boardContextText(emptyBoardContext()))).toEqual({
      ok: true,
      context: emptyBoardContext(),
    })
  })

  it('accepts a file with every block left out', () => {
    expect(problemOf(base)).toBe('read')
    expect(problemOf({ ...base, occupations: { 'surgical-technologists': {} } })).toBe('read')
  })

  it('names the field that is wrong, in words', () => {
    expect(problemOf({ ...base, defaults: { passShare: 85 } })).toBe(
      'This is not a usable board context file: defaults.passShare must be between 0 and 1 (0.85 for 85%).',
    )
    expect(
      problemOf({
        ...base,
        occupations: { 'radiologic-technologists': { annualOpenings: { value: 48 } } },
      }),
    ).toBe(
      'This is not a usable board context file: occupations.radiologic-technologists.annualOpenings.source is missing.',
    )
    expect(problemOf({ ...base, occupations: { nurses: {} } })).toMatch(
      /unknown occupation "nurses"; the occupations are respiratory-therapists, radiologic-technologists/,
    )
    expect(problemOf({ ...base, comment: 'x' })).toBe(
      'This is not a usable board context file: "comment" is not a field of the format.',
    )
    expect(problemOf({ ...base, formatVersion: 2 })).toMatch(/formatVersion must be 1/)
  })

  it('refuses a projected year that is not after the base year', () => {
    const read = readBoardContext(BOARD_EXAMPLE)
    if (!read.ok) throw new Error(read.problem)
    const context: BoardContext = structuredClone(read.context)
    const p = context.occupations?.['radiologic-technologists']?.projection
    if (!p) throw new Error('no projection')
    p.projectedYear = 2022
    expect(problemOf(context)).toMatch(/projection\.projectedYear must be later than baseYear/)
  })

  it('refuses what is not a context file, never throwing', () => {
    expect(problemOf('not json')).toMatch(/it is not JSON text/)
    expect(problemOf('{"__proto__": {"polluted": 1}}')).toMatch(/"__proto__" key/)
    expect(problemOf(`${' '.repeat(256 * 1024)}{}`)).toMatch(/larger than 262144 characters/)
    expect(problemOf({ ...base, occupations: [] })).toMatch(/^This is not a usable/)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('the demo context', () => {
  it('reads as a valid context with every occupation, each figure with its source', () => {
    const context = demoBoardContext()
    expect(Object.keys(context.occupations ?? {}).sort()).toEqual([
      'clinical-laboratory',
      'radiologic-technologists',
      'respiratory-therapists',
      'surgical-technologists',
    ])
    // Annual openings = net change per year + exits + transfers, as the published method.
    expect(context.occupations?.['radiologic-technologists']?.annualOpenings?.value).toBe(48)
  })
})
