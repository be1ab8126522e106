#!/usr/bin/env node
// Starts the command line from its TypeScript sources: tsx compiles them as Node loads them, so
// there is no build step between `npm ci` and `npx allied-pipeline`.
import { fileURLToPath } from 'node:url'

// Output piped into a program that stops reading (`… | head`) is not an error worth a trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })
}

try {
  const { register } = await import('tsx/esm/api')
  register({ tsconfig: fileURLToPath(new URL('../tsconfig.node.json', import.meta.url)) })
  const { main } = await import('../electron/cli/main.ts')
  process.exitCode = await main(process.argv.slice(2))
} catch (error) {
  // Only a broken install gets here (tsx or a source file missing); main() catches the rest.
  const message = error instanceof Error ? error.message : String(error)
  process.stderr.write(`internal error: ${message.split('\n')[0]}\n`)
  process.exitCode = 2
}
