// `merge` through the command line: files per second over 200 and 1,000 demo-sized workbooks
// and peak memory (RSS) for 1,000, beside two baselines measured in the same run: the same
// command on one file (start-up and worker start), and `verify` over the same 1,000 files (the
// reading and checking merge adds its decisions and state to). The issue expects merge to run on
// the machine's cores with bounded memory: peak memory should not grow with the number of files.
// The files are copies of the six demo workbooks, so six are merged and the rest are identical;
// every file is read and verified in full all the same.
import { copyFile, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli } from './verify.bench'

async function copies(demo: string, dir: string, count: number): Promise<string> {
  const samples = (await readdir(demo)).filter((f) => f.endsWith('.xlsx')).map((f) => join(demo, f))
  const folder = join(dir, `set-${count}`)
  await mkdir(folder, { recursive: true })
  for (let i = 0; i < count; i++) {
    const name = `many-${String(i).padStart(4, '0')}.xlsx`
    await copyFile(samples[i % samples.length] ?? '', join(folder, name))
  }
  return folder
}

export async function benchMerge(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'allied-bench-merge-'))
  try {
    const demo = join(dir, 'demo')
    if ((await runCli(['demo', '--out', `${demo}/`])).code !== 0) throw new Error('demo failed')
    const registry = join(demo, 'trust-registry.json')
    const merge = (target: string, state: string) =>
      runCli([
        'merge',
        target,
        '--trust',
        registry,
        '--cycle',
        'AY2025-26',
        '--state',
        join(dir, state),
      ])
    const first = (await readdir(demo)).find((f) => f.endsWith('.xlsx')) ?? ''
    const one = await merge(join(demo, first), 'one.json')
    const two = await copies(demo, dir, 200)
    const thousand = await copies(demo, dir, 1000)
    const r200 = await merge(two, 'two.json')
    const r1000 = await merge(thousand, 'thousand.json')
    const verify = await runCli([
      'verify',
      ...(await readdir(thousand)).map((f) => join(thousand, f)),
    ])
    const rate = (n: number, ms: number) => n / (ms / 1000)
    console.log(
      `\nCommand line, \`merge\` of demo-sized workbooks (${availableParallelism()} cores)`,
    )
    console.log(
      `  baseline: merge of one file = ${(one.ms / 1000).toFixed(2)} s, peak ${one.peakMb.toFixed(0)} MB; verify of the same 1,000 files = ${(verify.ms / 1000).toFixed(2)} s = ${rate(1000, verify.ms).toFixed(0)} files/s`,
    )
    for (const [n, run] of [
      [200, r200],
      [1000, r1000],
    ] as const) {
      console.log(
        `  ${n} files: ${(run.ms / 1000).toFixed(2)} s, exit ${run.code}, ${rate(n, run.ms).toFixed(0)} files/s overall, ${rate(n, run.ms - one.ms).toFixed(0)} files/s past start-up; peak ${run.peakMb.toFixed(0)} MB (${(run.peakMb / one.peakMb).toFixed(2)} × one file)`,
      )
    }
    console.log(
      `  1,000 files: ${(r1000.ms / verify.ms).toFixed(2)} × verify's time; peak memory at 1,000 is ${(r1000.peakMb / r200.peakMb).toFixed(2)} × that at 200 (bounded memory: ≈ 1×)`,
    )
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
