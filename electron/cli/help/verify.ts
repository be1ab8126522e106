// `verify`: what `allied-pipeline verify --help` prints, apart from the command so that help
// loads none of the command's code.
import type { CommandHelp } from '../command'

export const verifyHelp: CommandHelp = {
  name: 'verify',
  summary: 'check signed workbooks, and with --trust who signed them',
  help: `Usage: allied-pipeline verify FILE... [--trust REGISTRY] [--json]

Checks each signed workbook: the signature, the signed data, and every visible cell against it.
With --trust, also looks up the signing key in the board's trust registry.

Options:
  --trust REGISTRY  the board's trust registry (JSON); a file is then only accepted when its key
                    is pinned for its institution
  --json            print a JSON array, one object per file, instead of text (no value in it
                    holds a line break)
  -h, --help        show this help

Exit code: 0 when every file is valid (and, with --trust, trusted); 1 when any is not;
2 when a file or the registry cannot be read (missing, or not a workbook at all: a PDF, a
text file, a damaged or oversized file).`,
}
