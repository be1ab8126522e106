// The command line's start-up, whole processes timed from outside, as ratios to a bare Node
// start (`node -e 0`) measured in the same run, in turn with it so that the machine's drift
// hits both. "From the sources" is how the command line ran before it was prebuilt (tsx
// compiling the TypeScript on every call); it is still how it runs for development.
import { spawnSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { printFigures } from './measure'

const BIN = fileURLToPath(new URL('../bin/allied-pipeline.js', import.meta.url))
const FROM_SOURCES = { ALLIED_PIPELINE_FROM_SOURCES: '1' }

function run(args: readonly string[], env: Record<string, string> = {}): number {
  const started = performance.now()
  const child = spawnSync(process.execPath, args, {
    stdio: 'ignore',
    env: { ...process.env, ...env },
  })
  const ms = performance.now() - started
  if (child.status !== 0) throw new Error(`${args.join(' ')} exited with ${child.status}`)
  return ms
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
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}
