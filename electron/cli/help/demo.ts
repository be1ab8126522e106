// `demo`: what `allied-pipeline demo --help` prints, apart from the command so that help
// loads none of the command's code.
import type { CommandHelp } from '../command'

export const demoHelp: CommandHelp = {
  name: 'demo',
  summary: 'write signed workbooks of fictional partners, their key cards and a trust registry',
  help: `Usage: allied-pipeline demo --out FOLDER

Writes, into a new or empty FOLDER, signed workbooks of six fictional partners (two colleges,
two hospitals, two high schools), the key card of each, and trust-registry.json pinning
their keys, so that the board's side can be tried out:

  allied-pipeline verify FOLDER/*.xlsx --trust FOLDER/trust-registry.json

Every name ends in "(fictional)" and none is in the partner directory. The figures pass the
rules; one is flagged by a warning (Respiratory Care at Example Community College has fewer
clinical slots secured than needed) and carries its explanation, as a real file would.

Options:
  --out FOLDER  where to write (created if missing; must be empty)
  -h, --help    show this help`,
}
