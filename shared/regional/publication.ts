// The regional publication built from what the board holds: the analysis in its shared view
// (suppression applied once, by `forSharing`), each program's and employer's part in it, the
// board's assumptions, who has reported and the audit of the cycle's decisions. The app and the
// command line both build it here, so the workbook each writes says the same thing.
import type { InstitutionId, KeyId } from '../domain/ids'
import { OCCUPATIONS } from '../domain/occupations'
import { analyse } from '../analysis/analysis'
import type { BoardContext } from '../analysis/context'
import { DEMAND_PARTS, employerDemandOf } from '../analysis/demand'
import { inputsOf } from '../analysis/inputs'
import type { Scenario } from '../analysis/scenario'
import { SHARE_NAMES } from '../analysis/shares'
import { summaryOf } from '../analysis/summary'
import type { Protected } from '../analysis/suppression'
import type { CollectionCycle } from '../intake/cycle'
import type { ReportingMatrix } from '../intake/matrix'
import { IMPORT_STATUSES, type ImportStatus } from '../intake/statuses'
import type { Submission } from '../submission/payload'
import {
  REGIONAL_FORMAT,
  REGIONAL_FORMAT_VERSION,
  RegionalPublication,
  type EmployerContribution,
  type OccupationDetail,
  type ProgramContribution,
  type SharedFigure,
  type SubmissionBasis,
} from './payload'

export interface PublicationInputs {
  readonly publicationId: string
  readonly board: { readonly id: InstitutionId; readonly name: string }
  readonly createdAt: string
  readonly keyId: KeyId
  readonly cycle: CollectionCycle
  /** Every accepted submission the board holds (earlier years feed the multi-year rates). */
  readonly submissions: readonly HeldSubmission[]
  readonly context: BoardContext
  /** The scenarios staff chose to publish, labelled as scenarios wherever shown. */
  readonly scenarios: readonly Scenario[]
  readonly matrix: ReportingMatrix
  /** The statuses the import gave the cycle's files (from the audit log, or one run's decisions). */
  readonly decisions: readonly ImportStatus[]
}

export interface HeldSubmission {
  readonly submission: Submission
  /** Hex SHA-256 of its signed payload. */
  readonly payloadHash: string
}

function figure(p: Protected<number>): SharedFigure {
  return { value: p.value, suppressed: p.protection !== 'none' }
}

export function regionalPublication(inputs: PublicationInputs): RegionalPublication {
  const submissions = inputs.submissions.map((h) => h.submission)
  // The shared view: every figure from fewer than 3 employers is null and marked.
  const result = analyse(submissions, inputs.cycle, inputs.context, {
    audience: 'shared',
    scenarios: inputs.scenarios,
  })
  const occupations = result.occupations.map((o): OccupationDetail => ({
    occupation: o.occupation,
    demandParts: DEMAND_PARTS.map((part) => ({
      part,
      figure: figure(o.employerDemand.parts[part]),
    })),
    estimatedDemand: figure(o.employerDemand.estimated),
    publishedOpenings: {
      value: o.publishedOpenings.value,
      from: o.publishedOpenings.from,
      source: o.publishedOpenings.source,
      geography: o.publishedOpenings.projection?.geography ?? null,
      vintage: o.publishedOpenings.projection?.vintage ?? null,
      check: o.publishedOpenings.check?.words ?? null,
    },
    regionalEmployment: o.regionalEmployment && {
      value: o.regionalEmployment.value,
      source: o.regionalEmployment.source,
      covered: figure(o.regionalEmployment.covered),
    },
  }))
  const programs = result.occupations.flatMap((o) =>
    o.supply.programs.map((p): ProgramContribution => ({
      occupation: o.occupation,
      institutionId: p.institutionId as InstitutionId,
      institutionName: p.institutionName,
      program: p.name,
      expectedCompleters: p.expectedCompleters.value,
      completersBasis: p.expectedCompleters.basis,
      estimated: p.expectedCompleters.estimated,
      shares: SHARE_NAMES.map((name) => ({
        name,
        value: p.shares[name].value,
        assumed: p.shares[name].assumed,
        basis: p.shares[name].basis,
      })),
      supply: p.value,
    })),
  )
  const defaults = inputs.context.defaults
  return RegionalPublication.parse({
    header: {
      format: REGIONAL_FORMAT,
      formatVersion: REGIONAL_FORMAT_VERSION,
      publicationId: inputs.publicationId,
      board: inputs.board,
      cycle: inputs.cycle,
      createdAt: inputs.createdAt,
      keyId: inputs.keyId,
    },
    analysis: summaryOf(result),
    occupations,
    contributions: { programs, employers: employerContributions(submissions, inputs.cycle) },
    assumptions: {
      defaults: {
        passShare: defaults?.passShare ?? null,
        placementShare: defaults?.placementShare ?? null,
        inRegionShare: defaults?.inRegionShare ?? null,
        source: defaults?.source ?? 'board default',
      },
    },
    reportingStatus: inputs.matrix,
    audit: {
      decisions: IMPORT_STATUSES.map((status) => ({
        status,
        count: inputs.decisions.filter((d) => d === status).length,
      })).filter((d) => d.count > 0),
      submissions: inputs.submissions.map(basisOf),
    },
  })
}

/**
 * Each employer's part in an occupation's demand. One employer's own figure is drawn from fewer
 * than 3 employers by definition, so it is never shared: the row says who reported, not what.
 */
function employerContributions(
  submissions: readonly Submission[],
  cycle: CollectionCycle,
): EmployerContribution[] {
  const { employers } = inputsOf(submissions, cycle)
  return OCCUPATIONS.flatMap((o) =>
    employers.flatMap((e) => {
      const values = e.rows.get(o.id)
      if (!values || employerDemandOf(values) === null) return []
      return [
        {
          occupation: o.id,
          institutionId: e.institutionId,
          institutionName: e.institutionName,
          snapshot: e.snapshot,
          demand: { value: null, suppressed: true },
        },
      ]
    }),
  )
}

function basisOf({ submission, payloadHash }: HeldSubmission): SubmissionBasis {
  const { header } = submission
  return {
    institutionId: header.institution.id,
    institutionName: header.institution.name,
    kind: header.role,
    period: header.period,
    revision: header.revision,
    submissionId: header.submissionId,
    payloadHash,
  }
}
