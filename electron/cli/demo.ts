// `demo`: a folder the board's side can be tried on without any partner — signed workbooks of
// fictional partners (two of each kind), their key cards, and a trust registry pinning their
// keys. The keys are made for the run and thrown away: nobody can sign as these partners again.
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { trustRegistryText } from '../../shared/trust/registry'
import { CliFailure, EXIT, parseOptions, required, type ExitCode, type Output } from './command'
import { DEMO_PARTNERS } from './demo-data'
import { TRUST_REGISTRY_FILE, makeDemoSet } from './demo-set'
import { writeNewFile } from './files'

/** What `demo` takes; help/demo.ts describes each option to the user. */
export const options = {
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const

export async function run(args: string[], output: Output): Promise<ExitCode> {
  const { values } = parseOptions(args, options)
  const out = required(values.out, 'out')
  await mustBeEmpty(out)
  const demo = await makeDemoSet(new Date())
  for (const entry of demo.entries) {
    for (const file of [entry.workbook, entry.cardFile]) {
      await writeNewFile(join(out, file.name), file.bytes)
      output.out(join(out, file.name))
    }
  }
  await writeNewFile(join(out, TRUST_REGISTRY_FILE), trustRegistryText(demo.registry))
  output.out(join(out, TRUST_REGISTRY_FILE))
  output.out(
    `\n${DEMO_PARTNERS.length} signed workbooks of fictional partners, their key cards and a trust registry pinning their keys.`,
  )
  return EXIT.ok
}

async function mustBeEmpty(folder: string): Promise<void> {
  let entries: string[]
  try {
    entries = await readdir(folder)
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return
    throw new CliFailure(`cannot use ${folder} as the output folder: it is not a folder`)
  }
  if (entries.length > 0) {
    throw new CliFailure(`${folder} is not empty; choose a new or empty folder for the demo files`)
  }
}
