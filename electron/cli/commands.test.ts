import { describe, expect, test } from 'vitest'
import { COMMANDS } from './commands'

// The help of each command lives apart from its code (so that --help loads no code): this keeps
// the two in step.
const modules = {
  keygen: () => import('./keygen'),
  template: () => import('./template'),
  sign: () => import('./sign'),
  verify: () => import('./verify'),
  demo: () => import('./demo'),
  trust: () => import('./trust'),
  merge: () => import('./merge'),
} as const

describe('each command’s help', () => {
  test('lists the commands in the order of the usage text', () => {
    expect(COMMANDS.map((c) => c.name)).toEqual(Object.keys(modules))
  })

  test.each(COMMANDS.map((c) => [c.name, c] as const))(
    '%s: describes every option the command takes, and no other',
    async (name, command) => {
      const { options } = await modules[name as keyof typeof modules]()
      const taken = Object.keys(options).sort()
      const described = [...command.help.matchAll(/^ {2}(?:-\w, )?--([a-z-]+)/gm)].map((m) => m[1])
      expect(described.sort()).toEqual(taken)
    },
  )
})
