// Builders for the workbook tests: a signer, and submissions of each kind that pass the rules,
// so that a test changes only what it is about.
import { InstitutionId, ProgramId, SubmissionId, type KeyId } from '../domain/ids'
import { OCCUPATIONS, type OccupationId } from '../domain/occupations'
import { academicYear, snapshot } from '../domain/periods'
import { exportPublicKeyRaw, fingerprint, generateSigningKeyPair } from '../crypto/keys'
import { EDUCATION_MEASURES, EMPLOYER_MEASURES, HIGH_SCHOOL_MEASURES } from '../reports/measures'
import type { EducationRow, Program, Report } from '../reports/schemas'
import {
  REPORT_SCHEMA_VERSION,
  SUBMISSION_FORMAT,
  SUBMISSION_FORMAT_VERSION,
  type Submission,
} from '../submission/payload'
import type { WorkbookSigner } from './write-signed'

export interface TestSigner extends WorkbookSigner {
  readonly keyId: KeyId
}

export async function testSigner(): Promise<TestSigner> {
  const pair = await generateSigningKeyPair()
  const publicKeyRaw = await exportPublicKeyRaw(pair.publicKey)
  return { privateKey: pair.privateKey, publicKeyRaw, keyId: await fingerprint(publicKeyRaw) }
}

/** Figures that pass every education rule: seats ≥ enrolled ≥ completers, passes ≤ takers… */
function educationValues(n: number): EducationRow['values'] {
  const values: Record<string, number | null> = {
    seats: 40 + n,
    applicants: 120 + n,
    qualifiedApplicants: 80 + n,
    admitted: 40,
    waitlisted: 12,
    enrolled: 38,
    completers: 17,
    expectedCompletersNextYear: 18,
    examTakers: 17,
    examPasses: 15,
    graduatesSeeking: 16,
    placedInField: 14,
    placedInRegion: 11,
    clinicalSlotsNeeded: 20,
    clinicalSlotsSecured: 20,
    facultyFte: 3.5,
    facultyVacancies: 1,
    dualEnrollment: null,
    internships: 4,
    apprenticeships: 0,
  }
  return Object.fromEntries(
    EDUCATION_MEASURES.map((m) => [m.key, values[m.key] ?? null]),
  ) as EducationRow['values']
}

const PROGRAM_SHAPES: readonly Omit<Program, 'id' | 'name'>[] = OCCUPATIONS.map((o) => ({
  occupation: o.id,
  cip: o.cip[0]?.code ?? '',
  credential: 'associate',
  campus: 'Main campus',
  accreditor: o.accreditors[0] ?? '',
}))

export function educationReport(programs = 2): Report {
  const list: Program[] = Array.from({ length: programs }, (_, i) => {
    const shape = PROGRAM_SHAPES[i % PROGRAM_SHAPES.length]
    if (!shape) throw new Error('no program shapes')
    return { ...shape, id: ProgramId.parse(`program-${i + 1}`), name: `Program ${i + 1}` }
  })
  const [first] = list
  if (first) first.name = 'Radiography'
  return {
    kind: 'education',
    programs: list,
    rows: list.map((p, i) => ({
      programId: p.id,
      values: educationValues(i),
      explanations: i === 0 ? { waitlisted: 'Twelve qualified applicants waited for a seat.' } : {},
    })),
  }
}

export function employerReport(): Report {
  const occupations: OccupationId[] = ['respiratory-therapists', 'radiologic-technologists']
  return {
    kind: 'employer',
    rows: occupations.map((occupation, i) => ({
      occupation,
      values: Object.fromEntries(
        EMPLOYER_MEASURES.map((m) => [
          m.key,
          m.unit === 'fte' ? 10.5 + i : m.unit === 'dollars-per-hour' ? 31.25 + i : 3 + i,
        ]),
      ) as Extract<Report, { kind: 'employer' }>['rows'][number]['values'],
      explanations: {},
    })),
  }
}

export function highSchoolReport(): Report {
  return {
    kind: 'high-school',
    rows: [
      {
        occupation: 'surgical-technologists',
        values: Object.fromEntries(HIGH_SCHOOL_MEASURES.map((m, i) => [m.key, 10 + i])) as Extract<
          Report,
          { kind: 'high-school' }
        >['rows'][number]['values'],
        explanations: {},
      },
    ],
  }
}

export function testSubmission(report: Report, keyId: KeyId): Submission {
  const employer = report.kind === 'employer'
  return {
    header: {
      format: SUBMISSION_FORMAT,
      formatVersion: SUBMISSION_FORMAT_VERSION,
      schemaVersion: REPORT_SCHEMA_VERSION,
      submissionId: SubmissionId.parse('1b4e28ba-2fa1-41d2-883f-0016d3cca427'),
      institution: {
        id: InstitutionId.parse(employer ? 'holyoke-medical-center' : 'holyoke-community-college'),
        name: employer ? 'Holyoke Medical Center' : 'Holyoke Community College',
      },
      contact: { name: 'Dana Registrar', email: 'dana@example.edu' },
      role: report.kind,
      period: employer ? snapshot('2025-10-01') : academicYear(2025),
      revision: 1,
      supersedes: null,
      createdAt: '2025-10-15T14:03:22.120Z',
      keyId,
    },
    report,
  }
}
