// `npm start`: the desktop app when the Electron binary is on this machine, otherwise the same
// app in the browser (the browser twin) with one sentence saying why. `--dev` (npm run dev)
// runs the hot-reloading dev servers instead of a production build. PORT=… picks the browser
// twin's port (5173 by default).
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findElectronBinary } from './electron-binary.js'
import { portFrom } from './start-port.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const require = createRequire(import.meta.url)
const dev = process.argv.includes('--dev')
const host = '127.0.0.1'
const portChoice = portFrom(process.env.PORT)
if (!portChoice.ok) {
  console.error(portChoice.problem)
  process.exit(2)
}
const port = String(portChoice.port)
const browserUrl = `http://${host}:${port}/`
const rendererConfig = ['--config', 'renderer/vite.config.ts']

/** @type {import('node:child_process').ChildProcess | undefined} */
let running
let stopping = false

/** The JavaScript file behind a package's command, run with this Node: no shell, no .cmd shims. */
function packageBin(name) {
  const manifestPath = require.resolve(`${name}/package.json`)
  const { bin } = JSON.parse(readFileSync(manifestPath, 'utf8'))
  return join(dirname(manifestPath), typeof bin === 'string' ? bin : bin[name])
}

/** Runs a command in the repository, sharing the terminal; resolves with its exit code. */
function run(command, args, env = process.env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env })
    running = child
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      running = undefined
      resolve(code ?? (signal ? 1 : 0))
    })
  })
}

const runPackage = (name, args) => run(process.execPath, [packageBin(name), ...args])

/** Polls until the server answers, so the address is printed once it actually works. */
async function announceWhenServing(url) {
  for (let attempt = 0; attempt < 240 && running && !stopping; attempt += 1) {
    try {
      await fetch(url)
      console.log(
        `\nAllied Pipeline is ready: open ${url} in your browser. Press Ctrl+C to stop.\n`,
      )
      return
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }
}

async function startDesktop(executablePath) {
  if (dev) return runPackage('electron-vite', ['dev'])
  const built = await runPackage('electron-vite', ['build'])
  if (built !== 0 || stopping) return built
  // ELECTRON_RUN_AS_NODE, if inherited, would turn the app into a plain Node process.
  const env = { ...process.env }
  delete env.ELECTRON_RUN_AS_NODE
  // Chromium refuses to start as root with its sandbox on (containers, CI).
  const asRoot = process.platform === 'linux' && process.getuid?.() === 0
  return run(executablePath, [root, ...(asRoot ? ['--no-sandbox'] : [])], env)
}

async function startBrowserTwin() {
  console.log(
    'The Electron desktop binary is not installed on this machine (it is downloaded on first start and ' +
      'there is no internet here), so Allied Pipeline is starting in your browser instead.',
  )
  const serve = ['--host', host, '--port', port, '--strictPort']
  if (dev) {
    const server = runPackage('vite', [...rendererConfig, ...serve])
    void announceWhenServing(browserUrl)
    return server
  }
  const built = await runPackage('vite', ['build', ...rendererConfig])
  if (built !== 0 || stopping) return built
  const server = runPackage('vite', ['preview', ...rendererConfig, ...serve])
  void announceWhenServing(browserUrl)
  return server
}

function stop(signal) {
  // A second Ctrl+C means "now".
  if (stopping) running?.kill('SIGKILL')
  stopping = true
  // The terminal sends Ctrl+C to the child too; forwarding covers `kill <pid>` and Windows.
  if (running) running.kill(signal)
  else process.exit(130)
}
process.on('SIGINT', () => stop('SIGINT'))
process.on('SIGTERM', () => stop('SIGTERM'))

const electron = findElectronBinary()
const exitCode = await (
  electron.found ? startDesktop(electron.executablePath) : startBrowserTwin()
).catch((error) => {
  console.error(
    `Allied Pipeline could not start: ${error instanceof Error ? error.message : String(error)}`,
  )
  return 1
})
if (stopping) console.log('Allied Pipeline stopped.')
process.exit(stopping ? 0 : exitCode)
