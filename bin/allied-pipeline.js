#!/usr/bin/env node
// Starts the command line: the prebuilt bundle in out/cli/ (built by `npm ci` or `npm install`
// through the `prepare` script, or by `npm run build:cli`), or, when it is missing or
// ALLIED_PIPELINE_FROM_SOURCES=1 asks for it, the TypeScript sources compiled by tsx as Node
// loads them (slower to start; for working on the command line itself).
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

// Output piped into a program that stops reading (`… | head`) is not an error worth a trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })
}

const bundle = new URL('../out/cli/main.js', import.meta.url)

async function fromSources() {
  const { register } = await import('tsx/esm/api')
  register({ tsconfig: fileURLToPath(new URL('../tsconfig.node.json', import.meta.url)) })
  return import('../electron/cli/main.ts')
}

try {
  const useSources =
    process.env.ALLIED_PIPELINE_FROM_SOURCES === '1' || !existsSync(fileURLToPath(bundle))
  const { main } = useSources ? await fromSources() : await import(bundle.href)
  process.exitCode = await main(process.argv.slice(2))
} catch (error) {
  // Only a broken install gets here (a bundle or source file missing); main() catches the rest.
  const message = error instanceof Error ? error.message : String(error)
  process.stderr.write(`internal error: ${message.split('\n')[0]}\n`)
  process.exitCode = 2
}
