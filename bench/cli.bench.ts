// The command line's start-up, whole processes timed from outside, as ratios to a bare Node
// start (`node -e 0`) measured in the same run, in turn with it so that the machine's drift
// hits both. "From the sources" is how the command line ran before it was prebuilt (tsx
// compiling the TypeScript on every call); it is still how it runs for development. Hostile
// files: `verify` of the corpus's slowest and largest files (test/hostile/corpus.ts), whole
// processes, each beside the target of issue 8 (under 2 s and 300 MB) and the same bare start;
// memory is the process's peak resident size, workers included (GNU time's %M).
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildCorpus } from '../test/hostile/corpus'
import { printFigures } from './measure'

const BIN = fileURLToPath(new URL('../bin/allied-pipeline.js', import.meta.url))
const FROM_SOURCES = { ALLIED_PIPELINE_FROM_SOURCES: '1' }

function run(
  args: readonly string[],
  env: Record<string, string> = {},
  expected: readonly number[] = [0],
): number {
  const started = performance.now()
  const child = spawnSync(process.execPath, args, {
    stdio: 'ignore',
    env: { ...process.env, ...env },
  })
  const ms = performance.now() - started
  if (child.status === null || !expected.includes(child.status))
    throw new Error(`${args.join(' ')} exited with ${child.status}`)
  return ms
}

const GNU_TIME = '/usr/bin/time'

/** Peak resident memory of a whole process in MB, or NaN where GNU time is missing. */
function peakMb(args: readonly string[]): number {
  if (!existsSync(GNU_TIME)) return NaN
  const child = spawnSync(GNU_TIME, ['-f', '%M', process.execPath, ...args], { encoding: 'utf8' })
  const kb = Number(child.stderr.trim().split('\n').at(-1))
  return kb / 1024
}

/** The corpus's slowest files to refuse (the "runs for minutes" class) and its largest. */
async function hostileFiles(folder: string): Promise<{ name: string; path: string }[]> {
  const corpus = await buildCorpus()
  const largest = [...corpus.files].sort((a, b) => b.bytes.length - a.bytes.length)[0]!
  const chosen = corpus.files.filter((f) => f.kind === 'runs for minutes' || f === largest)
  const out: { name: string; path: string }[] = []
  for (const file of chosen) {
    const path = join(folder, `${file.id}.xlsx`)
    await writeFile(path, file.bytes)
    out.push({ name: `${file.id}${file === largest ? ' (largest)' : ''}`, path })
  }
  return out
}

async function benchHostileRefusals(folder: string, bare: number): Promise<void> {
  const files = await hostileFiles(folder)
  // verify exits 2 for a file the strict reader refuses, 1 for one refused after it.
  const times = inTurn(
    [() => run(['-e', '0']), ...files.map((f) => () => run([BIN, 'verify', f.path], {}, [1, 2]))],
    5,
  )
  const [bareNow = bare] = times
  console.log('\nHostile files refused by allied-pipeline verify (whole processes, median of 5)')
  console.log(`baseline: node -e 0 = ${bareNow.toFixed(0)} ms (median)`)
  const width = Math.max(...files.map((f) => f.name.length))
  files.forEach((file, i) => {
    const ms = times[i + 1] ?? NaN
    const mb = peakMb([BIN, 'verify', file.path])
    const met = ms < 2000 && !(mb >= 300)
    console.log(
      `  ${file.name.padEnd(width)}  ${ms.toFixed(0).padStart(5)} ms  ${(ms / bareNow).toFixed(1).padStart(5)} × baseline  ` +
        `peak ${Number.isNaN(mb) ? '?' : mb.toFixed(0)} MB  target < 2 s and < 300 MB: ${met ? 'met' : 'NOT MET'}`,
    )
  })
}

function medianOf(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

/** Runs each command once per round, in turn, after one warm-up round; medians in ms. */
function inTurn(commands: readonly (() => number)[], rounds: number): number[] {
  for (const command of commands) command()
  const times = commands.map((): number[] => [])
  for (let i = 0; i < rounds; i++) commands.forEach((command, c) => times[c]!.push(command()))
  return times.map(medianOf)
}

export async function benchCli(): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'allied-pipeline-bench-'))
  try {
    run([BIN, 'demo', '--out', join(folder, 'demo')])
    const workbook = join(folder, 'demo', 'AHWG_example-community-college_AY2025-26_r1.xlsx')
    const [bare = 0, help = 0, helpFromSources = 0] = inTurn(
      [
        () => run(['-e', '0']),
        () => run([BIN, '--help']),
        () => run([BIN, '--help'], FROM_SOURCES),
      ],
      15,
    )
    const [verify = 0, verifyFromSources = 0] = inTurn(
      [() => run([BIN, 'verify', workbook]), () => run([BIN, 'verify', workbook], FROM_SOURCES)],
      5,
    )
    printFigures('Command line start-up (whole processes)', 'node -e 0', bare, [
      { name: 'allied-pipeline --help', medianMs: help },
      { name: 'allied-pipeline --help, from the sources', medianMs: helpFromSources },
      { name: 'allied-pipeline verify (one workbook)', medianMs: verify },
      { name: 'allied-pipeline verify, from the sources', medianMs: verifyFromSources },
    ])
    await benchHostileRefusals(folder, bare)
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}
