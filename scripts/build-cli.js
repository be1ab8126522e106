// Builds the command line into out/cli/ (run by `npm ci` and `npm install` through `prepare`,
// and by `npm run build:cli`), so that `npx allied-pipeline` starts without compiling
// TypeScript on every call. One ES module per entry point, with each command and each library
// (zod, exceljs) in chunks of its own that load only when a command needs them.
//
// A second entry point (a worker_threads script, say) is one more line in ENTRY_POINTS. Every
// output file sits flat in out/cli/, chunks included, so `new URL('./<name>.js',
// import.meta.url)` finds an entry from any module of the bundle. From the sources the same
// entry is the .ts file next to it, run through tsx.
import { rm } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))
export const OUT_DIR = 'out/cli'

/** Output name (without .js) → source, relative to the repository. */
export const ENTRY_POINTS = {
  main: 'electron/cli/main.ts',
}

export async function buildCli() {
  await rm(new URL(`../${OUT_DIR}`, import.meta.url), { recursive: true, force: true })
  await build({
    absWorkingDir: root,
    entryPoints: ENTRY_POINTS,
    outdir: OUT_DIR,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    // exceljs and its dependencies are CommonJS and call require() for Node's own modules.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    chunkNames: '[name]-[hash]',
    legalComments: 'none',
    logLevel: 'warning',
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    await buildCli()
  } catch (error) {
    console.error(
      `The command line could not be built: ${error instanceof Error ? error.message : String(error)}`,
    )
    process.exit(1)
  }
}
