// The figure for the release note: how long export and verification of a 10-program education
// submission take. Printed, not asserted: timings depend on the machine and its load.
import { expect, test } from 'vitest'
import { readFilledWorkbook } from '../../shared/workbook/read-filled'
import { educationReport, testSigner, testSubmission } from '../../shared/workbook/test-fixtures'
import { writeTemplate } from '../../shared/workbook/template'
import { verifyWorkbook } from '../../shared/workbook/verify'
import { writeSignedWorkbook } from '../../shared/workbook/write-signed'

const RUNS = 15

async function time(
  run: () => Promise<unknown>,
): Promise<{ first: number; median: number; min: number }> {
  const times: number[] = []
  for (let i = 0; i <= RUNS; i++) {
    const start = performance.now()
    await run()
    times.push(performance.now() - start)
  }
  const [first = 0, ...warm] = times
  warm.sort((a, b) => a - b)
  return { first, median: warm[Math.floor(warm.length / 2)] ?? 0, min: warm[0] ?? 0 }
}

test('export and verify a 10-program education submission', async () => {
  const signer = await testSigner()
  const submission = testSubmission(educationReport(10), signer.keyId)
  let bytes: Uint8Array = new Uint8Array()
  const exported = await time(async () => {
    bytes = (await writeSignedWorkbook(submission, signer)).bytes
  })
  const verified = await time(async () => {
    expect((await verifyWorkbook(bytes)).valid).toBe(true)
  })
  const imported = await time(async () => {
    expect((await readFilledWorkbook(bytes)).ok).toBe(true)
  })
  const template = await time(() => writeTemplate({ kind: 'education' }))
  const ms = (t: { first: number; median: number; min: number }) =>
    `first ${t.first.toFixed(0)} ms, then median ${t.median.toFixed(0)} ms (min ${t.min.toFixed(0)} ms)`
  console.log(
    [
      `10-program education workbook, ${bytes.length.toLocaleString('en-US')} bytes, ${RUNS} warm runs:`,
      `  export (rules, sign, write): ${ms(exported)}`,
      `  verify (safe read, parse, signature, cell comparison): ${ms(verified)}`,
      `  import as a filled workbook: ${ms(imported)}`,
      `  blank education template (200 rows): ${ms(template)}`,
    ].join('\n'),
  )
})
