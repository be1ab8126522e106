// The four allied health occupations the work group tracks, with the codes and bodies that
// define them. Sources: SOC 2018, CIP 2020, the accreditors' and boards' own pages.
import { z } from 'zod'

export const OCCUPATION_IDS = [
  'respiratory-therapists',
  'radiologic-technologists',
  'surgical-technologists',
  'clinical-laboratory',
] as const
export const OccupationId = z.enum(OCCUPATION_IDS)
export type OccupationId = z.infer<typeof OccupationId>

export const CREDENTIAL_LEVELS = [
  'certificate-under-1-year',
  'certificate-1-to-2-years',
  'associate',
  'bachelor',
  'post-baccalaureate-certificate',
  'master',
] as const
export const CredentialLevel = z.enum(CREDENTIAL_LEVELS)
export type CredentialLevel = z.infer<typeof CredentialLevel>

export const CREDENTIAL_LABELS: Record<CredentialLevel, string> = {
  'certificate-under-1-year': 'Certificate (under 1 year)',
  'certificate-1-to-2-years': 'Certificate (1 to 2 years)',
  associate: "Associate's degree",
  bachelor: "Bachelor's degree",
  'post-baccalaureate-certificate': 'Post-baccalaureate certificate',
  master: "Master's degree",
}

export interface SocCode {
  readonly code: string
  readonly title: string
}

export interface CipCode {
  readonly code: string
  readonly title: string
  /** The CIP code a program of this occupation usually carries. */
  readonly primary: boolean
}

export interface Occupation {
  readonly id: OccupationId
  readonly name: string
  readonly shortName: string
  readonly soc: SocCode
  /** Detailed SOC codes that roll up into `soc` (clinical laboratory only). */
  readonly socDetail: readonly SocCode[]
  readonly cip: readonly CipCode[]
  readonly credentials: readonly CredentialLevel[]
  readonly accreditors: readonly string[]
  readonly exams: readonly string[]
  readonly regulation: { readonly licensed: boolean; readonly summary: string }
}

export const OCCUPATIONS: readonly Occupation[] = [
  {
    id: 'respiratory-therapists',
    name: 'Respiratory therapists',
    shortName: 'Respiratory',
    soc: { code: '29-1126', title: 'Respiratory Therapists' },
    socDetail: [],
    cip: [
      { code: '51.0908', title: 'Respiratory Care Therapy/Therapist', primary: true },
      { code: '51.0812', title: 'Respiratory Therapy Technician/Assistant', primary: false },
    ],
    credentials: ['associate', 'bachelor', 'master'],
    accreditors: ['CoARC'],
    exams: ['NBRC Therapist Multiple-Choice (TMC) exam → CRT / RRT'],
    regulation: {
      licensed: true,
      summary: 'Licensed in Massachusetts by the Board of Respiratory Care.',
    },
  },
  {
    id: 'radiologic-technologists',
    name: 'Radiologic technologists',
    shortName: 'Radiologic',
    soc: { code: '29-2034', title: 'Radiologic Technologists and Technicians' },
    socDetail: [],
    cip: [
      { code: '51.0911', title: 'Radiologic Technology/Science - Radiographer', primary: true },
    ],
    credentials: ['certificate-1-to-2-years', 'associate', 'bachelor'],
    accreditors: ['JRCERT'],
    exams: ['ARRT Radiography'],
    regulation: {
      licensed: true,
      summary: 'Licensed in Massachusetts by the DPH Radiation Control Program (105 CMR 125).',
    },
  },
  {
    id: 'surgical-technologists',
    name: 'Surgical technologists',
    shortName: 'Surgical',
    soc: { code: '29-2055', title: 'Surgical Technologists' },
    socDetail: [],
    cip: [{ code: '51.0909', title: 'Surgical Technology/Technologist', primary: true }],
    credentials: ['certificate-1-to-2-years', 'associate'],
    accreditors: ['CAAHEP', 'ARC/STSA'],
    exams: ['NBSTSA Certified Surgical Technologist (CST)'],
    regulation: {
      licensed: false,
      summary:
        'Not licensed in Massachusetts; hospitals may hire only graduates of an accredited program who hold the CST (MGL c.111 §235).',
    },
  },
  {
    id: 'clinical-laboratory',
    name: 'Clinical laboratory technologists and technicians',
    shortName: 'Clinical lab',
    soc: { code: '29-2010', title: 'Clinical Laboratory Technologists and Technicians' },
    socDetail: [
      { code: '29-2011', title: 'Medical and Clinical Laboratory Technologists (MLS)' },
      { code: '29-2012', title: 'Medical and Clinical Laboratory Technicians (MLT)' },
    ],
    cip: [
      {
        code: '51.1005',
        title: 'Clinical Laboratory Science/Medical Technology/Technologist',
        primary: true,
      },
      { code: '51.1004', title: 'Clinical/Medical Laboratory Technician', primary: false },
    ],
    credentials: [
      'certificate-1-to-2-years',
      'associate',
      'bachelor',
      'post-baccalaureate-certificate',
    ],
    accreditors: ['NAACLS'],
    exams: ['ASCP Board of Certification MLS', 'ASCP Board of Certification MLT'],
    regulation: { licensed: false, summary: 'Not licensed in Massachusetts.' },
  },
]

const byId = new Map(OCCUPATIONS.map((o) => [o.id, o]))

export function occupation(id: OccupationId): Occupation {
  const found = byId.get(id)
  if (!found) throw new Error(`Unknown occupation ${id}`)
  return found
}

/** Every CIP code the app knows, with the occupation it belongs to. */
export const KNOWN_CIP_CODES: ReadonlyMap<string, OccupationId> = new Map(
  OCCUPATIONS.flatMap((o) => o.cip.map((c) => [c.code, o.id] as const)),
)

export function suggestedCip(id: OccupationId): string {
  const o = occupation(id)
  return (o.cip.find((c) => c.primary) ?? o.cip[0])?.code ?? ''
}
