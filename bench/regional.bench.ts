// The regional workbook's write time (the publication built from the merged submissions, signed
// and written), for the demo set and for 1,000 submissions, each as a ratio to exceljs writing
// the same cells with no signature and no styles: what any workbook of that size costs here.
import { makeDemoSet } from '../electron/cli/demo-set'
import { demoBoardContext } from '../shared/analysis/demo-context'
import { regionContext } from '../shared/analysis/test-region'
import type { BoardContext } from '../shared/analysis/context'
import { CYCLE } from '../shared/analysis/test-data'
import { reportingMatrix } from '../shared/intake/matrix'
import { regionalPublication } from '../shared/regional/publication'
import { held, TEST_BOARD } from '../shared/regional/test-publication'
import type { Submission } from '../shared/submission/payload'
import { newWorkbook } from '../shared/workbook/excel'
import { regionalLayout } from '../shared/workbook/regional-layout'
import { testSigner, type TestSigner } from '../shared/workbook/test-fixtures'
import { writeRegionalWorkbook } from '../shared/workbook/write-regional'
import { dataset } from './analysis.bench'
import { median, printFigures } from './measure'

async function publishAndWrite(
  submissions: readonly Submission[],
  context: BoardContext,
  signer: TestSigner,
) {
  const publication = regionalPublication({
    publicationId: '00000000-0000-4000-8000-00000000b0a7',
    board: TEST_BOARD,
    createdAt: '2026-11-02T09:00:00.000Z',
    keyId: signer.keyId,
    cycle: CYCLE,
    submissions: await held(submissions),
    context,
    scenarios: [],
    matrix: reportingMatrix(CYCLE, [], '2026-11-02'),
    decisions: submissions.map(() => 'accepted' as const),
  })
  return { publication, bytes: (await writeRegionalWorkbook(publication, signer)).bytes }
}

/** exceljs writing the layout's values, one sheet each, no styles, no signature. */
async function plainWrite(layout: ReturnType<typeof regionalLayout>): Promise<Uint8Array> {
  const workbook = newWorkbook()
  for (const sheet of layout) {
    const ws = workbook.addWorksheet(sheet.name)
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell) ws.getCell(r + 1, c + 1).value = cell.value
      }),
    )
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

const cellCount = (layout: ReturnType<typeof regionalLayout>) =>
  layout.reduce((n, s) => n + s.rows.reduce((m, r) => m + r.filter(Boolean).length, 0), 0)

export async function benchRegional(): Promise<void> {
  const signer = await testSigner()
  const demo = (await makeDemoSet(new Date('2026-11-01T12:00:00Z'))).entries.map(
    (e) => e.submission,
  )
  const cases = [
    {
      name: `demo set (${demo.length} submissions)`,
      submissions: demo,
      context: demoBoardContext(),
    },
    { name: '1,000 submissions', submissions: dataset(), context: regionContext() },
  ]
  for (const c of cases) {
    const { publication } = await publishAndWrite(c.submissions, c.context, signer)
    const layout = regionalLayout(publication)
    const samples = c.submissions.length > 100 ? 7 : 15
    const baseline = await median(() => plainWrite(layout), { samples })
    printFigures(
      `Regional workbook (Node), ${c.name}: ${cellCount(layout).toLocaleString('en-US')} cells`,
      'exceljs writing the same cells, unsigned and unstyled',
      baseline,
      [
        {
          name: 'build the publication, sign and write the workbook',
          medianMs: await median(() => publishAndWrite(c.submissions, c.context, signer), {
            samples,
          }),
        },
      ],
    )
  }
}
