// The prebuilt command line: `--help` and `--version` load a few kilobytes of the bundle, and
// each command's code (zod, exceljs) only when that command runs. Timing is measured in
// `npm run bench`; this checks the structure that makes it fast.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { OUT_DIR } from '../../scripts/build-cli.js'
import { PROJECT_ROOT, SLOW, cli } from './run-cli'

const bundle = join(PROJECT_ROOT, OUT_DIR)

/** The files Node loads before main() runs: main.js and its static imports, transitively. */
async function loadedAtStart(): Promise<Map<string, string>> {
  const loaded = new Map<string, string>()
  const pending = ['main.js']
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (loaded.has(file)) continue
    const code = await readFile(join(bundle, file), 'utf8')
    loaded.set(file, code)
    // Static imports only: `import … from "./x.js"` and `import "./x.js"`, not `import("./x.js")`.
    for (const m of code.matchAll(/^(?:import|export)\s[^;]*?["']\.\/([\w.-]+\.js)["']/gm)) {
      if (m[1]) pending.push(m[1])
    }
  }
  return loaded
}

describe('the prebuilt command line', () => {
  test('starts by loading its own few kilobytes: no command, no zod, no exceljs', async () => {
    const loaded = await loadedAtStart()
    const bytes = [...loaded.values()].reduce((n, code) => n + code.length, 0)
    expect(bytes).toBeLessThan(40 * 1024)
    const code = [...loaded.values()].join('\n')
    expect(code).toContain('Usage: allied-pipeline sign --key KEYFILE')
    expect(code).not.toMatch(/node_modules\/(zod|exceljs|fflate|canonicalize)\//)
    expect(code).not.toContain('// electron/cli/sign.ts')
  })

  test('each command is a chunk loaded on demand', async () => {
    const main = await readFile(join(bundle, 'main.js'), 'utf8')
    for (const name of ['keygen', 'template', 'sign', 'verify', 'demo']) {
      expect(main).toMatch(new RegExp(`import\\("\\./${name}-[\\w]+\\.js"\\)`))
    }
  })

  test(
    'the sources still run, for working on the command line',
    async () => {
      const run = await cli(['--version'], PROJECT_ROOT, { ALLIED_PIPELINE_FROM_SOURCES: '1' })
      expect(run.code).toBe(0)
      expect(run.stdout).toMatch(/^\d+\.\d+\.\d+\n$/)
    },
    SLOW,
  )
})
