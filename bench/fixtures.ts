// Realistic data for the benchmarks: an education report of N programs with every figure filled.
import type { KeyId } from '../shared/domain/ids'
import { InstitutionId, ProgramId, SubmissionId } from '../shared/domain/ids'
import { OCCUPATIONS, suggestedCip } from '../shared/domain/occupations'
import { academicYear } from '../shared/domain/periods'
import { EDUCATION_MEASURES } from '../shared/reports/measures'
import { EducationReport, type Program } from '../shared/reports/schemas'
import {
  REPORT_SCHEMA_VERSION,
  SUBMISSION_FORMAT,
  SUBMISSION_FORMAT_VERSION,
  type Submission,
} from '../shared/submission/payload'

/** The same consistent row the ten-program end-to-end test pastes: no rule fires. */
export const ROW_VALUES = [
  30, 90, 60, 30, 5, 28, 20, 22, 18, 16, 17, 15, 12, 20, 20, 3.5, 0, 4, 2, 1,
]

export function programs(n: number): Program[] {
  return Array.from({ length: n }, (_, i) => {
    const occupation = OCCUPATIONS[i % OCCUPATIONS.length]!
    return {
      id: ProgramId.parse(`p${String(i + 1).padStart(3, '0')}`),
      occupation: occupation.id,
      name: `${occupation.shortName} program ${i + 1}`,
      cip: suggestedCip(occupation.id),
      credential: 'associate',
      campus: 'Main campus',
      accreditor: occupation.accreditors.join(' / '),
    }
  })
}

export function educationReport(n: number): EducationReport {
  const list = programs(n)
  return EducationReport.parse({
    kind: 'education',
    programs: list,
    rows: list.map((p) => ({
      programId: p.id,
      values: Object.fromEntries(EDUCATION_MEASURES.map((m, i) => [m.key, ROW_VALUES[i]])),
    })),
  })
}

export function submission(n: number, keyId: KeyId): Submission {
  return {
    header: {
      format: SUBMISSION_FORMAT,
      formatVersion: SUBMISSION_FORMAT_VERSION,
      schemaVersion: REPORT_SCHEMA_VERSION,
      submissionId: SubmissionId.parse('6f1d2c3b-4a5e-4f60-8b7c-9d0e1f2a3b4c'),
      institution: {
        id: InstitutionId.parse('example-community-college'),
        name: 'Example Community College (fictional)',
      },
      contact: { name: 'Pat Example', email: 'pat@example.edu' },
      role: 'education',
      period: academicYear(2025),
      revision: 1,
      supersedes: null,
      createdAt: '2026-11-28T12:00:00.000Z',
      keyId,
    },
    report: educationReport(n),
  }
}
