// `template`: an empty workbook for a partner to fill in with Excel, then sign or import.
import { EXIT, parseOptions, required, type ExitCode, type Output } from './command'
import { writeNewFile } from './files'
import { checkPeriodFits, institutionId, institutionName, periodOption, reportKind } from './inputs'

/** What `template` takes; help/template.ts describes each option to the user. */
export const options = {
  kind: { type: 'string' },
  out: { type: 'string' },
  institution: { type: 'string' },
  'institution-name': { type: 'string' },
  period: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const

export async function run(args: string[], output: Output): Promise<ExitCode> {
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
}
