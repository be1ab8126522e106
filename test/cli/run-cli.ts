// Runs the real command line as a child process, the way a user or a scheduled job does.
import { spawn } from 'node:child_process'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll } from 'vitest'

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const BIN = fileURLToPath(new URL('../../bin/allied-pipeline.js', import.meta.url))

export interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

function collect(
  command: string,
  args: readonly string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

/** `node bin/allied-pipeline.js …` in `cwd`: the prebuilt bundle, which the tests' setup builds. */
export function cli(
  args: readonly string[],
  cwd: string = PROJECT_ROOT,
  env: Record<string, string> = {},
): Promise<CliRun> {
  return collect(process.execPath, [BIN, ...args], cwd, env)
}

/** `npx allied-pipeline …` from the project root, as the README tells users to run it. */
export function npx(args: readonly string[]): Promise<CliRun> {
  return collect('npx', ['--no-install', 'allied-pipeline', ...args], PROJECT_ROOT)
}

/** What `sign` prints when it was not given last period's workbook. */
export const NO_PREVIOUS_NOTE =
  'note: no --previous workbook given, so changes from last period were not checked.'

/** What a stack trace looks like in Node's output. */
export const STACK_TRACE = /^\s+at .+[:(]/m

/** A one-program college report, as a partner's own system might write it for `sign`. */
export function educationReport(
  values: Record<string, number>,
  explanations: Record<string, string> = {},
) {
  return {
    kind: 'education',
    programs: [
      {
        id: 'radiography',
        name: 'Radiography',
        occupation: 'radiologic-technologists',
        cip: '51.0911',
        credential: 'associate',
        accreditor: 'JRCERT',
      },
    ],
    rows: [{ programId: 'radiography', values, explanations }],
  }
}

/** Figures that pass every rule. */
export const GOOD_VALUES = {
  seats: 40,
  applicants: 96,
  qualifiedApplicants: 61,
  admitted: 22,
  enrolled: 38,
  completers: 17,
  expectedCompletersNextYear: 19,
  examTakers: 17,
  examPasses: 15,
}

export const CONTACT = [
  '--contact-name',
  'Pat Registrar',
  '--contact-email',
  'pat.registrar@example.org',
]

export async function workbooksIn(folder: string): Promise<string[]> {
  const names = await readdir(folder)
  return names
    .filter((f) => f.endsWith('.xlsx'))
    .sort()
    .map((f) => join(folder, f))
}

/** A new temporary folder, removed after the file's tests. */
export function temporaryFolder(): { path: (name?: string) => string } {
  let folder = ''
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'allied-pipeline-cli-'))
  })
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true })
  })
  return { path: (name) => (name === undefined ? folder : join(folder, name)) }
}

/** A command that reads or writes workbooks takes a second or two on a busy two-core machine. */
export const SLOW = 120_000

export interface Listed {
  level: string
  rowId: string
  measure: string
  text: string
}

/** The finding lines `sign` prints, taken apart: level, row id, measure key and message. */
export function listed(stderr: string): Listed[] {
  return stderr
    .split('\n')
    .filter((line) => /^ {2}(error|warning) /.test(line))
    .map((line) => {
      const match =
        /^ {2}(error|warning) +(?:row "[^"]*" \(([^)]+)\), [^[]+\[([^\]]+)\]: )?(.*)$/.exec(line)
      if (!match) throw new Error(`not a finding line: ${line}`)
      const [, level = '', rowId = '', measure = '', text = ''] = match
      return { level, rowId, measure, text: text.replace(/ Needs an explanation \(.*\)\.$/, '') }
    })
}
