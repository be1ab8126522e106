// The commands, each loaded only when it runs: `allied-pipeline --help` and `<command> --help`
// load no command code at all, so they start about as fast as Node itself. Each module is its
// own chunk in the prebuilt command line (scripts/build-cli.js).
import type { Command, CommandHelp } from './command'
import { demoHelp } from './help/demo'
import { keygenHelp } from './help/keygen'
import { mergeHelp } from './help/merge'
import { signHelp } from './help/sign'
import { templateHelp } from './help/template'
import { trustHelp } from './help/trust'
import { verifyHelp } from './help/verify'

type Module = Pick<Command, 'run'>

function lazy(help: CommandHelp, load: () => Promise<Module>): Command {
  return { ...help, run: async (args, output) => (await load()).run(args, output) }
}

export const COMMANDS: readonly Command[] = [
  lazy(keygenHelp, () => import('./keygen')),
  lazy(templateHelp, () => import('./template')),
  lazy(signHelp, () => import('./sign')),
  lazy(verifyHelp, () => import('./verify')),
  lazy(demoHelp, () => import('./demo')),
  lazy(trustHelp, () => import('./trust')),
  lazy(mergeHelp, () => import('./merge')),
]
