// The board's analysis rows in the database (version 6): the board context (published
// projections, regional employment, default shares; one row) and the scenarios staff saved per
// cycle. Each is a zod schema, so that a backup checks every row with the same shape the
// repositories write.
import { z } from 'zod'
import { BoardContext } from '../../shared/analysis/context'
import { Scenario } from '../../shared/analysis/scenario'
import { StaffMember } from '../../shared/intake/audit'

export const BOARD_CONTEXT_KEY = 'context'

/** The one stored board context; `revision` counts its changes, so one never overwrites another. */
export const BoardContextRecord = z.strictObject({
  key: z.literal(BOARD_CONTEXT_KEY),
  context: BoardContext,
  revision: z.int().min(1),
  updatedAt: z.iso.datetime(),
  updatedBy: StaffMember,
})
export type BoardContextRecord = z.infer<typeof BoardContextRecord>

/** A named scenario of one cycle: changes to the baseline's inputs, never to what was reported. */
export const ScenarioRecord = z.strictObject({
  id: z.uuid(),
  cycleId: z.string().min(1).max(20),
  scenario: Scenario,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  updatedBy: StaffMember,
})
export type ScenarioRecord = z.infer<typeof ScenarioRecord>
