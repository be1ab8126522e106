// The `allied-pipeline` command line: picks the command and turns every failure into a message
// and an exit code. No stack trace reaches the user: a file that is bad is reported by the
// command, a wrong call gets its usage, and anything else is one "internal error" line.
import { readFileSync } from 'node:fs'
import {
  CliFailure,
  EXIT,
  UsageError,
  processOutput,
  wantsHelp,
  type Command,
  type ExitCode,
  type Output,
} from './command'
import { COMMANDS } from './commands'

export { COMMANDS }

export const USAGE = `Usage: allied-pipeline <command> [options]

Signed report workbooks for the Allied Health Work Group.

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join('\n')}

Run "allied-pipeline <command> --help" for a command's options.

Exit codes: 0 done and all good; 1 a file is invalid or untrusted, or a report has errors;
2 a wrong call, a file that cannot be read or written, or an internal error.`

function version(): string {
  // Two folders down from the repository, from the sources (electron/cli/) and prebuilt (out/cli/).
  const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8')
  const { version } = JSON.parse(text) as { version?: unknown }
  return typeof version === 'string' ? version : 'unknown'
}

export async function main(
  argv: readonly string[],
  output: Output = processOutput,
  commands: readonly Command[] = COMMANDS,
): Promise<ExitCode> {
  const [name, ...args] = argv
  let command: Command | undefined
  try {
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      const topic = name === 'help' ? commands.find((c) => c.name === args[0]) : undefined
      output.out(topic?.help ?? USAGE)
      return name === undefined ? EXIT.usage : EXIT.ok
    }
    if (name === '--version' || name === '-v') {
      output.out(version())
      return EXIT.ok
    }
    command = commands.find((c) => c.name === name)
    if (!command) throw new UsageError(`unknown command "${name}"`)
    if (wantsHelp(args)) {
      output.out(command.help)
      return EXIT.ok
    }
    return await command.run(args, output)
  } catch (error) {
    if (error instanceof UsageError) {
      output.err(`allied-pipeline${command ? ` ${command.name}` : ''}: ${error.message}\n`)
      output.err(command?.help ?? USAGE)
      return EXIT.usage
    }
    if (error instanceof CliFailure) {
      output.err(`allied-pipeline${command ? ` ${command.name}` : ''}: ${error.message}`)
      return error.exitCode
    }
    const message = error instanceof Error ? error.message : String(error)
    output.err(`internal error: ${message.split('\n')[0] ?? ''}`)
    return EXIT.usage
  }
}
