// `template`: an empty workbook for a partner to fill in with Excel, then sign or import.
import { EXIT, parseOptions, required, type Command } from './command'
import { writeNewFile } from './files'
import { checkPeriodFits, institutionId, institutionName, periodOption, reportKind } from './inputs'

const help = `Usage: allied-pipeline template --kind education|employer|high-school --out FILE
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
  -h, --help               show this help`

const options = {
  kind: { type: 'string' },
  out: { type: 'string' },
  institution: { type: 'string' },
  'institution-name': { type: 'string' },
  period: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const

export const template: Command = {
  name: 'template',
  summary: 'write an empty report workbook to fill in with Excel',
  help,
  async run(args, output) {
    const { values } = parseOptions(args, options)
    const kind = reportKind(required(values.kind, 'kind'))
    const out = required(values.out, 'out')
    const id = values.institution === undefined ? undefined : institutionId(values.institution)
    const institution = id && { id, name: institutionName(id, values['institution-name']) }
    const period = values.period === undefined ? undefined : periodOption(values.period)
    if (period) checkPeriodFits(kind, period)
    const { writeTemplate } = await import('../../shared/workbook/template')
    const bytes = await writeTemplate({
      kind,
      ...(institution ? { institution } : {}),
      ...(period ? { period } : {}),
    })
    await writeNewFile(out, bytes)
    output.out(`Template written to ${out}`)
    return EXIT.ok
  },
}
