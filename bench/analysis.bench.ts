// The regional analysis of 1,000 merged submissions (five years of 100 colleges' reports, 400
// employers, 100 high schools), as a ratio to a JSON round trip of the same submissions.
import { analyse } from '../shared/analysis/analysis'
import { readBoardContext } from '../shared/analysis/context'
import { CYCLE, education, employer, highSchool } from '../shared/analysis/test-data'
import { OCCUPATION_IDS } from '../shared/domain/occupations'
import { median, printFigures } from './measure'

export function dataset() {
  const out = []
  for (let c = 0; c < 100; c++) {
    for (let year = 2021; year <= 2025; year++) {
      out.push(
        education(
          `college-${c}`,
          year,
          OCCUPATION_IDS.map((occupation, i) => ({
            id: `p${i}`,
            occupation,
            values: {
              seats: 24,
              qualifiedApplicants: 30,
              admitted: 24,
              completers: 17,
              expectedCompletersNextYear: 18,
              examTakers: 17,
              examPasses: 15,
              graduatesSeeking: 16,
              placedInField: 14,
              placedInRegion: 11,
              clinicalSlotsNeeded: 24,
              clinicalSlotsSecured: 20,
            },
          })),
        ),
      )
    }
  }
  for (let e = 0; e < 400; e++) {
    out.push(
      employer(
        `employer-${e}`,
        OCCUPATION_IDS.map((occupation) => ({
          occupation,
          values: {
            expectedHires12Months: 3,
            openVacancies: 2,
            separations12Months: 2,
            filledFte: 20,
            clinicalStudentSlots: 2,
          },
        })),
      ),
    )
  }
  for (let h = 0; h < 100; h++) {
    out.push(
      highSchool(`school-${h}`, 2025, [
        { values: { grade9: 5, grade10: 5, grade11: 5, grade12: 5 } },
      ]),
    )
  }
  return out
}

export async function benchAnalysis(): Promise<void> {
  const submissions = dataset()
  const read = readBoardContext(
    JSON.stringify({
      format: 'allied-pipeline-board-context',
      formatVersion: 1,
      defaults: { passShare: 0.85, placementShare: 0.85, inRegionShare: 0.7 },
    }),
  )
  if (!read.ok) throw new Error(read.problem)
  const context = read.context
  if (analyse(submissions, CYCLE, context).employersReporting !== 400) {
    throw new Error('the benchmark dataset does not reach the analysis')
  }
  const baseline = await median(() => JSON.parse(JSON.stringify(submissions)) as unknown, {
    samples: 15,
  })
  printFigures(
    `Analysis (Node), ${submissions.length} merged submissions`,
    'JSON round trip of the submissions',
    baseline,
    [
      {
        name: 'analyse, board view',
        medianMs: await median(() => analyse(submissions, CYCLE, context), { samples: 15 }),
      },
      {
        name: 'analyse, shared view',
        medianMs: await median(() => analyse(submissions, CYCLE, context, { audience: 'shared' }), {
          samples: 15,
        }),
      },
    ],
  )
}
