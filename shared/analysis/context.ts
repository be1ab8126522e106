// The board context: the figures staff add to what partners report (published projections,
// regional employment, the default shares), as one JSON format for the app's import and export
// and the command line's `--context`. BOARD.md ("The board context file") is the contract; this
// schema is its definition. Every figure carries its source, so that each one can be cited
// where it is shown.
import { z } from 'zod'
import { parseUntrustedJson } from '../crypto/untrusted-json'
import { OCCUPATION_IDS, OccupationId } from '../domain/occupations'

export const BOARD_CONTEXT_FORMAT = 'allied-pipeline-board-context'
export const BOARD_CONTEXT_VERSION = 1
/** A context file holds four occupations' figures: anything larger is not one. */
export const MAX_BOARD_CONTEXT_CHARS = 256 * 1024

/** zod's message for a field of the wrong type, or "is missing" when it is absent. */
const expected = (what: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? 'is missing' : `must be ${what}`

const Source = z
  .string({ error: expected('text saying where the figure comes from') })
  .trim()
  .min(1, 'must say where the figure comes from')
  .max(300, 'is longer than 300 characters')
const Label = z
  .string({ error: expected('text') })
  .trim()
  .min(1, 'is empty')
  .max(120, 'is longer than 120 characters')
/** Employment and openings of one occupation in one region: a bound against typing errors. */
const Figure = z
  .number({ error: expected('a number') })
  .min(0, 'cannot be negative')
  .max(1_000_000, 'is larger than 1,000,000')
const Year = z
  .int({ error: expected('a whole year') })
  .min(1990, 'must be 1990 or later')
  .max(2100, 'must be 2100 or earlier')
const Share = z
  .number({ error: expected('a number between 0 and 1') })
  .min(0, 'must be between 0 and 1 (0.85 for 85%)')
  .max(1, 'must be between 0 and 1 (0.85 for 85%)')

export const DefaultShares = z.strictObject({
  passShare: Share.optional(),
  placementShare: Share.optional(),
  inRegionShare: Share.optional(),
  /** Where the defaults come from; "board default" when not given. */
  source: Source.optional(),
})
export type DefaultShares = z.infer<typeof DefaultShares>

export const Projection = z
  .strictObject({
    geography: Label,
    vintage: Label,
    source: Source,
    baseYear: Year,
    baseEmployment: Figure,
    projectedYear: Year,
    projectedEmployment: Figure,
    exitsPerYear: Figure,
    transfersPerYear: Figure,
  })
  .refine((p) => p.projectedYear > p.baseYear, {
    message: 'must be later than baseYear',
    path: ['projectedYear'],
  })
export type Projection = z.infer<typeof Projection>

export const SourcedFigure = z.strictObject({ value: Figure, source: Source })
export type SourcedFigure = z.infer<typeof SourcedFigure>

export const OccupationContext = z.strictObject({
  projection: Projection.optional(),
  annualOpenings: SourcedFigure.optional(),
  regionalEmployment: SourcedFigure.optional(),
})
export type OccupationContext = z.infer<typeof OccupationContext>

export const BoardContext = z.strictObject({
  format: z.literal(BOARD_CONTEXT_FORMAT, { error: `must be "${BOARD_CONTEXT_FORMAT}"` }),
  formatVersion: z.literal(BOARD_CONTEXT_VERSION, {
    error: `must be ${BOARD_CONTEXT_VERSION}; this copy reads version ${BOARD_CONTEXT_VERSION} only`,
  }),
  defaults: DefaultShares.optional(),
  occupations: z.partialRecord(OccupationId, OccupationContext).optional(),
})
export type BoardContext = z.infer<typeof BoardContext>

export function emptyBoardContext(): BoardContext {
  return { format: BOARD_CONTEXT_FORMAT, formatVersion: BOARD_CONTEXT_VERSION }
}

/** The context of one occupation, or an empty one. */
export function occupationContext(context: BoardContext, id: OccupationId): OccupationContext {
  return context.occupations?.[id] ?? {}
}

export function boardContextText(context: BoardContext): string {
  return `${JSON.stringify(BoardContext.parse(context), null, 2)}\n`
}

export type BoardContextReadResult =
  { ok: true; context: BoardContext } | { ok: false; problem: string }

/** Reads a context file someone sent or typed. Never throws; the problem names the field. */
export function readBoardContext(text: string): BoardContextReadResult {
  const refuse = (reason: string) => ({
    ok: false as const,
    problem: `This is not a usable board context file: ${reason}.`,
  })
  if (text.length > MAX_BOARD_CONTEXT_CHARS) {
    return refuse(`it is larger than ${MAX_BOARD_CONTEXT_CHARS} characters`)
  }
  const read = parseUntrustedJson(text.replace(/^\uFEFF/, ''))
  if (!read.ok) {
    return refuse(read.reason === 'not-json' ? 'it is not JSON text' : 'it has a "__proto__" key')
  }
  const parsed = BoardContext.safeParse(read.value)
  if (parsed.success) return { ok: true, context: parsed.data }
  const issue = parsed.error.issues[0]
  return refuse(issue ? issueText(issue) : 'it does not match the format')
}

function issueText(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.')
  if (issue.code === 'unrecognized_keys' && path === 'occupations') {
    return `occupations has an unknown occupation ${issue.keys.map((k) => `"${k}"`).join(', ')}; the occupations are ${OCCUPATION_IDS.join(', ')}`
  }
  if (issue.code === 'unrecognized_keys') {
    const where = path ? ` in ${path}` : ''
    return `${issue.keys.map((k) => `"${k}"`).join(', ')}${where} is not a field of the format`
  }
  return `${path || 'the file'} ${issue.message}`
}
