// Help and usage: every command explains itself, and a wrong call gets the usage, exit code 2.
import { describe, expect, test } from 'vitest'
import { SLOW, STACK_TRACE, cli, npx, temporaryFolder } from './run-cli'

const COMMANDS = ['keygen', 'template', 'sign', 'verify', 'demo', 'trust', 'merge']
const folder = temporaryFolder()

describe('help', () => {
  test(
    'npx allied-pipeline --help works from the project root',
    async () => {
      const run = await npx(['--help'])
      expect(run.stderr).toBe('')
      expect(run.code).toBe(0)
      expect(run.stdout).toMatch(/^Usage: allied-pipeline <command> \[options\]/)
      for (const name of COMMANDS) expect(run.stdout).toMatch(new RegExp(`^  ${name} `, 'm'))
      expect(run.stdout).toMatch(/Exit codes: 0 .*; 1 .*\n2 /)
    },
    SLOW,
  )

  test(
    'a command has its own help',
    async () => {
      const run = await cli(['sign', '--help'])
      expect(run.code).toBe(0)
      expect(run.stdout).toMatch(/^Usage: allied-pipeline sign --key KEYFILE/)
      expect(run.stdout).toMatch(/-h, --help/)
    },
    SLOW,
  )

  test(
    '--version prints the package version',
    async () => {
      const run = await cli(['--version'])
      expect(run.code).toBe(0)
      expect(run.stdout).toMatch(/^\d+\.\d+\.\d+\n$/)
    },
    SLOW,
  )
})

describe('bad usage exits 2 with the usage text', () => {
  // More cases run in process, in electron/cli/main.test.ts.
  test.each([
    [['verify'], /give at least one workbook/, /Usage: allied-pipeline verify/],
    [['sign', '--kee', 'x'], /unknown option --kee/, /Usage: allied-pipeline sign/],
    [['frobnicate'], /unknown command "frobnicate"/, /Usage: allied-pipeline <command>/],
  ])(
    '%j',
    async (args, message, usage) => {
      const run = await cli(args, folder.path())
      expect(run.code).toBe(2)
      expect(run.stderr).toMatch(message)
      expect(run.stderr).toMatch(usage)
      expect(run.stderr).not.toMatch(STACK_TRACE)
    },
    SLOW,
  )

  test(
    'no command at all prints the usage and exits 2',
    async () => {
      const run = await cli([])
      expect(run.code).toBe(2)
      expect(run.stdout).toMatch(/^Usage: allied-pipeline/)
    },
    SLOW,
  )
})
