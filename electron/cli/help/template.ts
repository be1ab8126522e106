// `template`: what `allied-pipeline template --help` prints, apart from the command so that help
// loads none of the command's code.
import type { CommandHelp } from '../command'

export const templateHelp: CommandHelp = {
  name: 'template',
  summary: 'write an empty report workbook to fill in with Excel',
  help: `Usage: allied-pipeline template --kind education|employer|high-school --out FILE
         [--institution ID [--institution-name NAME]] [--period PERIOD]

Writes an empty report workbook to fill in with Excel. Fill it in, then sign it with
"allied-pipeline sign --in FILLED.xlsx …" or import it into Allied Pipeline.

Options:
  --kind KIND              education (college programs), employer (hospital staffing) or
                           high-school (pathways)
  --out FILE               the workbook to write (never overwritten)
  --institution ID         print the institution on the cover, e.g. holyoke-community-college
  --institution-name NAME  the institution's name, if it is not in the partner directory
  --period PERIOD          print the period on the cover: AY2025-26, FY2026 or S2026-10-01
  -h, --help               show this help`,
}
