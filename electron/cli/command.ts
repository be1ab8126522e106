// What every command of the command line shares: exit codes, the two kinds of expected failure,
// the output streams, and option parsing on top of Node's util.parseArgs.
import { parseArgs, type ParseArgsConfig } from 'node:util'

/** 0: done and all good. 1: done, and the answer is no (invalid, untrusted, blocked). 2: could not do it. */
export const EXIT = { ok: 0, no: 1, usage: 2 } as const
export type ExitCode = (typeof EXIT)[keyof typeof EXIT]

/** The command was called wrongly; the usage text follows the message. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}

/** An expected failure with a message for the user (a missing file, an unreadable key file). */
export class CliFailure extends Error {
  override readonly name = 'CliFailure'
  constructor(
    message: string,
    readonly exitCode: ExitCode = EXIT.usage,
  ) {
    super(message)
  }
}

export interface Output {
  out(text: string): void
  err(text: string): void
}

export const processOutput: Output = {
  out: (text) => void process.stdout.write(`${text}\n`),
  err: (text) => void process.stderr.write(`${text}\n`),
}

/** What the command line says about a command, without loading it. */
export interface CommandHelp {
  readonly name: string
  /** One line for the list of commands. */
  readonly summary: string
  /** The full help text, starting with the usage line. */
  readonly help: string
}

export interface Command extends CommandHelp {
  run(args: string[], output: Output): Promise<ExitCode>
}

export function wantsHelp(args: readonly string[]): boolean {
  return args.some((a) => a === '--help' || a === '-h')
}

type Options = NonNullable<ParseArgsConfig['options']>
interface Config<O extends Options> {
  args: string[]
  options: O
  allowPositionals: boolean
  strict: true
}
export type Parsed<O extends Options> = ReturnType<typeof parseArgs<Config<O>>>

/**
 * util.parseArgs, strict, with its errors turned into UsageErrors that read well
 * ("unknown option --kid", "option --out needs a value").
 */
export function parseOptions<const O extends Options>(
  args: string[],
  options: O,
  allowPositionals = false,
): Parsed<O> {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true })
  } catch (error) {
    const code = (error as { code?: unknown }).code
    const message = error instanceof Error ? error.message : String(error)
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      throw new UsageError(plainParseError(message))
    }
    throw error
  }
}

/** Node's messages carry hints meant for programmers ("To specify a positional argument…"). */
function plainParseError(message: string): string {
  const unknown = /^Unknown option '([^']+)'/.exec(message)
  if (unknown) return `unknown option ${unknown[1]}`
  const missing =
    /^Option '(?:-\w, )?(--[\w-]+)(?: <value>)?' argument (?:missing|is ambiguous)/.exec(message)
  if (missing) return `option ${missing[1]} needs a value`
  const positional = /^Unexpected argument '([^']+)'/.exec(message)
  if (positional) return `unexpected argument "${positional[1]}"`
  return message.split('.')[0] ?? message
}

/** The value of a required option, or a UsageError naming it. */
export function required(value: string | undefined, name: string): string {
  if (value === undefined || value.trim() === '') throw new UsageError(`--${name} is required`)
  return value
}
