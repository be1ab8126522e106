import { describe, expect, test } from 'vitest'
import { CliFailure, EXIT, UsageError, parseOptions, type Command, type Output } from './command'
import { COMMANDS, main } from './main'

function capture(): Output & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = []
  const stderr: string[] = []
  return { stdout, stderr, out: (t) => void stdout.push(t), err: (t) => void stderr.push(t) }
}

function command(run: Command['run']): Command {
  return { name: 'try', summary: 'a test command', help: 'Usage: allied-pipeline try', run }
}

describe('main', () => {
  test('a bug in a command is one "internal error" line and exit code 2', async () => {
    const output = capture()
    const broken = command(() => {
      const row = JSON.parse('null') as { seats: number }
      return Promise.resolve(row.seats > 0 ? EXIT.ok : EXIT.no)
    })
    expect(await main(['try'], output, [broken])).toBe(EXIT.usage)
    expect(output.stderr).toHaveLength(1)
    expect(output.stderr[0]).toMatch(
      /^internal error: Cannot read properties of null \(reading 'seats'\)$/,
    )
    expect(output.stderr.join('\n')).not.toMatch(/\n\s+at /)
  })

  test('a usage error prints the message, then the command’s usage', async () => {
    const output = capture()
    const strict = command(() => Promise.reject(new UsageError('--out is required')))
    expect(await main(['try'], output, [strict])).toBe(EXIT.usage)
    expect(output.stderr).toEqual([
      'allied-pipeline try: --out is required\n',
      'Usage: allied-pipeline try',
    ])
  })

  test('an expected failure prints its message with its exit code', async () => {
    const output = capture()
    const failing = command(() =>
      Promise.reject(new CliFailure('cannot read x.json: no such file')),
    )
    expect(await main(['try'], output, [failing])).toBe(EXIT.usage)
    expect(output.stderr).toEqual(['allied-pipeline try: cannot read x.json: no such file'])
  })

  test('--help anywhere in the arguments shows the help without running the command', async () => {
    const output = capture()
    let ran = false
    const spy = command(() => {
      ran = true
      return Promise.resolve(EXIT.ok)
    })
    expect(await main(['try', '--bogus', '--help'], output, [spy])).toBe(EXIT.ok)
    expect(ran).toBe(false)
    expect(output.stdout).toEqual(['Usage: allied-pipeline try'])
    expect(await main(['help', 'try'], capture(), [spy])).toBe(EXIT.ok)
  })
})

describe('the commands', () => {
  test.each(COMMANDS.map((c) => c.name))('%s --help', async (name) => {
    const output = capture()
    expect(await main([name, '--help'], output)).toBe(EXIT.ok)
    expect(output.stdout.join('\n')).toMatch(new RegExp(`^Usage: allied-pipeline ${name} `))
    expect(output.stdout.join('\n')).toMatch(/^ {2}-h, --help {2,}show this help$/m)
  })

  // Each of these stops before any file is read or written.
  test.each([
    [['sign', '--out'], /option --out needs a value/],
    [['sign', '--key', 'k.json'], /--in is required/],
    [
      ['sign', '--key', 'k', '--in', 'r', '--period', 'AY2025-26', '--out', 'o'],
      /--contact-name and --contact-email are required/,
    ],
    [
      [
        'sign',
        '--key',
        'k',
        '--in',
        'r',
        '--period',
        'AY2025-26',
        '--out',
        'o',
        '--contact-name',
        'Pat',
        '--contact-email',
        'p@example.org',
        '--revision',
        '0',
      ],
      /--revision must be a whole number from 1/,
    ],
    [
      [
        'sign',
        '--key',
        'k',
        '--in',
        'r',
        '--period',
        'AY2025-26',
        '--out',
        'o',
        '--contact-name',
        'Pat',
        '--contact-email',
        'p@example.org',
        '--revision',
        '1',
        '--supersedes',
        '6f1c2b1e-8a55-4c47-9d0e-2f4b7f7d9a10',
      ],
      /--supersedes goes with --revision 2/,
    ],
    [
      [
        'sign',
        '--key',
        'k',
        '--in',
        'r',
        '--period',
        'AY2025-26',
        '--out',
        'o',
        '--contact-name',
        'Pat',
        '--contact-email',
        'p@example.org',
        '--supersedes',
        'abc',
      ],
      /--supersedes must be a submission id/,
    ],
    [['keygen', '--institution', 'Holyoke CC', '--out', 'k.json'], /not an institution id/],
    [
      [
        'keygen',
        '--institution',
        'new-clinic',
        '--out',
        'k.json',
        '--card',
        'c.json',
        '--contact-name',
        'Pat',
        '--contact-email',
        'pat@example.org',
      ],
      /not in the partner directory: give its name with --institution-name/,
    ],
    [
      ['keygen', '--institution', 'putnam-academy', '--out', 'k.json', '--contact-name', 'Pat'],
      /go with --card/,
    ],
    [
      ['template', '--kind', 'hospital', '--out', 'x.xlsx'],
      /--kind must be one of education, employer, high-school/,
    ],
    [
      ['template', '--kind', 'employer', '--period', 'AY2025-26', '--out', 'x.xlsx'],
      /snapshot on one date/,
    ],
    [
      ['template', '--kind', 'education', '--period', '2025', '--out', 'x.xlsx'],
      /--period must look like AY2025-26/,
    ],
    [['demo', 'extra'], /unexpected argument "extra"/],
    [['demo'], /--out is required/],
    [['verify', '--json'], /give at least one workbook/],
  ])('%j is a usage error', async (args, message) => {
    const output = capture()
    expect(await main(args, output)).toBe(EXIT.usage)
    expect(output.stderr[0]).toMatch(message)
    expect(output.stderr[1]).toMatch(new RegExp(`^Usage: allied-pipeline ${args[0] ?? ''} `))
    expect(output.stdout).toEqual([])
  })
})

describe('parseOptions', () => {
  const options = { out: { type: 'string' }, json: { type: 'boolean' } } as const

  test('reads options and positionals', () => {
    const parsed = parseOptions(['a.xlsx', '--out', 'x', '--json', 'b.xlsx'], options, true)
    expect(parsed.values).toEqual({ out: 'x', json: true })
    expect(parsed.positionals).toEqual(['a.xlsx', 'b.xlsx'])
  })

  test.each([
    [['--outt', 'x'], 'unknown option --outt'],
    [['--out'], 'option --out needs a value'],
    [['--out', '--json'], 'option --out needs a value'],
    [['extra'], 'unexpected argument "extra"'],
    [['--json=yes'], "Option '--json' does not take an argument"],
  ])('%j is a usage error: %s', (args, message) => {
    expect(() => parseOptions(args, options)).toThrow(new UsageError(message))
  })
})
