// A board context for the fictional demo region, to try the analysis with the demo set
// (`allied-pipeline demo` writes it as board-context.json) and for the end-to-end tests. The
// figures are invented, of the size a Hampden County table would show, and say so in their
// sources.
import type { OccupationId } from '../domain/occupations'
import { readBoardContext, type BoardContext, type OccupationContext } from './context'

const SOURCE = 'Fictional demo figures (not a published table)'

function occupation(
  baseEmployment: number,
  projectedEmployment: number,
  exitsPerYear: number,
  transfersPerYear: number,
): OccupationContext {
  const netPerYear = (projectedEmployment - baseEmployment) / 10
  return {
    projection: {
      geography: 'Hampden County workforce area (demo)',
      vintage: '2022-2032',
      source: SOURCE,
      baseYear: 2022,
      baseEmployment,
      projectedYear: 2032,
      projectedEmployment,
      exitsPerYear,
      transfersPerYear,
    },
    annualOpenings: {
      value: Math.round(netPerYear + exitsPerYear + transfersPerYear),
      source: `${SOURCE}: the same table's annual openings`,
    },
    regionalEmployment: { value: baseEmployment, source: `${SOURCE}: employment in 2022` },
  }
}

const OCCUPATIONS: Record<OccupationId, OccupationContext> = {
  'respiratory-therapists': occupation(420, 470, 12, 14),
  'radiologic-technologists': occupation(700, 760, 20, 22),
  'surgical-technologists': occupation(310, 350, 9, 12),
  'clinical-laboratory': occupation(560, 590, 16, 19),
}

/** The demo region's context, read through the same strict reader as a file staff load. */
export function demoBoardContext(): BoardContext {
  const read = readBoardContext(
    JSON.stringify({
      format: 'allied-pipeline-board-context',
      formatVersion: 1,
      defaults: {
        passShare: 0.85,
        placementShare: 0.85,
        inRegionShare: 0.7,
        source: 'Board defaults agreed by the work group (demo)',
      },
      occupations: OCCUPATIONS,
    }),
  )
  if (!read.ok) throw new Error(read.problem)
  return read.context
}
