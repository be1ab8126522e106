// The two ways the command line keeps a file it rewrites whole from ever being half written or
// written by two runs at once: a new file renamed over the old one, and a lock file holding the
// process id, taken over when the process that left it is no longer running (killed mid-way).
import { randomUUID } from 'node:crypto'
import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import { CliFailure } from './command'
import { reason } from './files'

/**
 * Writes `data` to a temporary file beside `path`, then renames it over `path`: a full disk or a
 * folder that cannot be written leaves no half file, and an old `path` as it was.
 */
export async function writeAtomically(
  path: string,
  data: string | Uint8Array,
  mode = 0o600,
): Promise<void> {
  const temporary = `${path}.${randomUUID()}.tmp`
  try {
    await writeFile(temporary, data, { flag: 'wx', mode })
    await rename(temporary, path)
  } catch (error) {
    // Where the temporary file could not even be made, removing it fails too (ENOTDIR).
    await rm(temporary, { force: true }).catch(() => {})
    throw new CliFailure(`cannot write ${path}: ${reason(error)}`)
  }
}

/**
 * Runs `work` while holding `lock`. When another running process holds it, fails with
 * "`busy` right now (LOCK); wait for it to finish…".
 */
export async function withFileLock<T>(
  lock: string,
  busy: string,
  work: () => Promise<T>,
): Promise<T> {
  await takeLock(lock, busy)
  try {
    return await work()
  } finally {
    await rm(lock, { force: true })
  }
}

async function takeLock(lock: string, busy: string): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(lock, String(process.pid), { flag: 'wx', mode: 0o600 })
      return
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'EEXIST') {
        throw new CliFailure(`cannot write ${lock}: ${(error as Error).message}`)
      }
    }
    const holder = Number(await readFile(lock, 'utf8').catch(() => ''))
    if (Number.isInteger(holder) && holder > 0 && isRunning(holder)) break
    await rm(lock, { force: true })
  }
  throw new CliFailure(
    `${busy} right now (${lock}); wait for it to finish. If none is running, delete that file.`,
  )
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as { code?: unknown }).code === 'EPERM'
  }
}
