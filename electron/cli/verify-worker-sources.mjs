// Starts a verification worker from the TypeScript sources, as bin/allied-pipeline.js starts the
// command line: tsx compiles them as the worker loads them. A prebuilt command line ships
// verify-worker.js beside the pool instead, and the pool starts that directly.
import { fileURLToPath } from 'node:url'
import { register } from 'tsx/esm/api'

register({ tsconfig: fileURLToPath(new URL('../../tsconfig.node.json', import.meta.url)) })
await import('./verify-worker.ts')
