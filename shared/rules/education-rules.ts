// Rules for college program reports: how the program's figures relate to each other, and
// whether its codes (occupation, CIP) are ones the work group tracks.
import { KNOWN_CIP_CODES, occupation } from '../domain/occupations'
import { EDUCATION_MEASURES, EDUCATION_RATES, type EducationMeasureKey } from '../reports/measures'
import type { Program } from '../reports/schemas'
import { unknownOccupation, type Comparison } from './common-rules'
import { finding, type Finding } from './findings'
import { midSentence } from './format'
import { isKnownOccupation, type RowView } from './rows'

function labelOf(key: EducationMeasureKey): string {
  return EDUCATION_MEASURES.find((d) => d.key === key)?.label ?? key
}

function kebab(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
}

/** A rate's numerator is a subset of its denominator: more passes than takers is impossible. */
const rateComparisons: Comparison<EducationMeasureKey>[] = EDUCATION_RATES.map((rate) => ({
  rule: `${kebab(rate.numerator)}-above-${kebab(rate.denominator)}`,
  level: 'error',
  measure: rate.numerator,
  other: rate.denominator,
  bound: 'at-most',
  message: (a, b) =>
    `${labelOf(rate.numerator)} (${a}) is more than ${midSentence(labelOf(rate.denominator))} (${b}).`,
}))

export const EDUCATION_COMPARISONS: readonly Comparison<EducationMeasureKey>[] = [
  {
    rule: 'qualified-above-applicants',
    level: 'error',
    measure: 'qualifiedApplicants',
    other: 'applicants',
    bound: 'at-most',
    message: (a, b) => `Qualified applicants (${a}) is more than applicants (${b}).`,
  },
  {
    rule: 'admitted-above-applicants',
    level: 'error',
    measure: 'admitted',
    other: 'applicants',
    bound: 'at-most',
    message: (a, b) => `Admitted (${a}) is more than applicants (${b}).`,
  },
  {
    rule: 'enrolled-above-seats',
    level: 'warning',
    measure: 'enrolled',
    other: 'seats',
    bound: 'at-most',
    message: (a, b) => `Enrolled (${a}) is more than seats (${b}).`,
  },
  {
    rule: 'completers-above-enrolled',
    level: 'warning',
    measure: 'completers',
    other: 'enrolled',
    bound: 'at-most',
    message: (a, b) => `Completers (${a}) is more than enrolled (${b}).`,
  },
  ...rateComparisons,
  {
    rule: 'placed-in-region-above-placed-in-field',
    level: 'error',
    measure: 'placedInRegion',
    other: 'placedInField',
    bound: 'at-most',
    message: (a, b) => `Placed in region (${a}) is more than placed in field (${b}).`,
  },
  {
    rule: 'clinical-secured-below-needed',
    level: 'warning',
    measure: 'clinicalSlotsSecured',
    other: 'clinicalSlotsNeeded',
    bound: 'at-least',
    message: (a, b) => `Clinical placement slots secured (${a}) are fewer than needed (${b}).`,
  },
]

function orList(codes: readonly string[]): string {
  return codes.length <= 1
    ? (codes[0] ?? '')
    : `${codes.slice(0, -1).join(', ')} or ${codes.at(-1) ?? ''}`
}

/** Errors in the program a row reports on: missing from the list, unknown occupation, wrong CIP. */
export function programFindings(row: RowView, program: Program | undefined): Finding[] {
  if (!program) {
    return [
      finding(row, {
        level: 'error',
        rule: 'program-missing',
        measure: 'programId',
        text: "This row's program is not in the report's list of programs; add the program or remove the row.",
      }),
    ]
  }
  const out: Finding[] = []
  const cip = program.cip
  const cipOwner = KNOWN_CIP_CODES.get(cip)
  if (!isKnownOccupation(program.occupation)) {
    out.push(unknownOccupation(row, program.occupation))
    if (cipOwner === undefined) {
      out.push(
        cipFinding(
          row,
          'cip-unknown',
          `CIP ${cip} is not a code for any occupation the work group tracks.`,
        ),
      )
    }
    return out
  }
  const own = occupation(program.occupation)
  if (cipOwner === own.id) return out
  const use = `use ${orList(own.cip.map((c) => c.code))}`
  if (cipOwner === undefined) {
    out.push(cipFinding(row, 'cip-unknown', `CIP ${cip} is not a code for ${own.name}; ${use}.`))
  } else {
    const text = `CIP ${cip} is a code for ${occupation(cipOwner).name}, not ${own.name}; ${use}.`
    out.push(cipFinding(row, 'cip-other-occupation', text))
  }
  return out
}

function cipFinding(row: RowView, rule: string, text: string): Finding {
  return finding(row, { level: 'error', rule, measure: 'cip', related: ['occupation'], text })
}
