// One row of every board table (version 5), in the shape stored, for the upgrade and backup
// tests: written directly, as an older app would have left them, rather than through Merge.
import { academicYear } from '../../shared/domain/periods'
import { defaultCycle } from '../../shared/intake/cycle'
import { emptyTrustRegistry } from '../../shared/trust/registry'

const at = '2026-10-02T15:00:00.000Z'
const key = 'BwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwc='
const signature =
  'CQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQ=='
const keyId = 'b'.repeat(64)
const staff = {
  name: 'Jordan Staff',
  email: 'jordan.staff@example.org',
  institutionId: 'masshire-hampden-county-workforce-board',
}
const submissionId = '2c9d7e51-8a4b-4c3d-9e2f-1a0b3c4d5e6f'
const heldId = 'holyoke-community-college|education|AY2025-26#r1'
const submission = {
  submissionId,
  institution: { id: 'holyoke-community-college', name: 'Holyoke Community College' },
  role: 'education',
  period: academicYear(2025),
  revision: 1,
  payloadHash: 'c'.repeat(64),
}

export function boardRowsAtV5(): Record<string, Record<string, unknown>[]> {
  return {
    trustRegistry: [
      { key: 'registry', registry: emptyTrustRegistry(), revision: 1, updatedAt: at },
    ],
    cycles: [
      defaultCycle(2025, [
        { institutionId: submission.institution.id as never, kind: 'education' },
      ]),
    ],
    heldSubmissions: [
      {
        id: heldId,
        ratchetKey: 'holyoke-community-college|education|AY2025-26',
        institutionId: submission.institution.id,
        institutionName: submission.institution.name,
        kind: 'education',
        period: academicYear(2025),
        periodKey: 'AY2025-26',
        revision: 1,
        submissionId,
        supersedes: null,
        keyId,
        payloadHash: submission.payloadHash,
        fileName: 'AHWG_holyoke-community-college_AY2025-26_r1.xlsx',
        fileSha256: 'd'.repeat(64),
        fileSize: 3,
        mergedAt: at,
        receivedOn: '2026-10-02',
        mergedBy: staff,
        cycleId: 'AY2025-26',
      },
    ],
    evidence: [
      {
        id: heldId,
        payload: '{"header":{}}',
        formatVersion: 1,
        signature,
        publicKey: key,
        fileBytes: new Uint8Array([80, 75, 3]),
      },
    ],
    auditLog: [
      {
        seq: 1,
        batchId: '6f1c1d52-3f4e-4b7a-9a51-3c2b1d0e9f11',
        at,
        who: staff,
        cycleId: 'AY2025-26',
        fileName: 'AHWG_holyoke-community-college_AY2025-26_r1.xlsx',
        fileSha256: 'd'.repeat(64),
        status: 'accepted',
        reasons: ['Signed by Holyoke Community College with a pinned key.'],
        merged: true,
        institutionId: submission.institution.id,
        institutionName: submission.institution.name,
        kind: 'education',
        periodKey: 'AY2025-26',
        periodLabel: academicYear(2025).label,
        revision: 1,
        heldId,
      },
    ],
    issuedReceipts: [
      {
        id: 'receipt-1',
        heldId,
        file: {
          receipt: {
            format: 'allied-pipeline-review-receipt',
            version: 1,
            board: { id: staff.institutionId, name: 'MassHire Hampden County Workforce Board' },
            submission,
            verdict: 'accepted',
            questions: [],
            issuedAt: at,
            keyId,
          },
          publicKey: key,
          signature,
        },
        issuedAt: at,
        issuedBy: staff,
      },
    ],
    boardKeyCards: [
      {
        fingerprint: keyId,
        card: {
          format: 'allied-pipeline-key-card',
          version: 1,
          institution: { id: staff.institutionId, name: 'MassHire Hampden County Workforce Board' },
          contact: { name: staff.name, email: staff.email },
          publicKey: key,
          fingerprint: keyId,
          createdAt: at,
        },
        addedAt: at,
      },
    ],
    receivedReceipts: [
      {
        id: 'receipt-1',
        institutionId: submission.institution.id,
        periodId: 'AY2025-26',
        file: {
          receipt: {
            format: 'allied-pipeline-review-receipt',
            version: 1,
            board: { id: staff.institutionId, name: 'MassHire Hampden County Workforce Board' },
            submission,
            verdict: 'accepted',
            questions: [],
            issuedAt: at,
            keyId,
          },
          publicKey: key,
          signature,
        },
        importedAt: at,
      },
    ],
  }
}

/** One row of each analysis table (version 6): the board context and a saved scenario. */
export function analysisRowsAtV6(): Record<string, Record<string, unknown>[]> {
  return {
    boardContext: [
      {
        key: 'context',
        context: {
          format: 'allied-pipeline-board-context',
          formatVersion: 1,
          defaults: { passShare: 0.85, placementShare: 0.85, inRegionShare: 0.7 },
          occupations: {
            'radiologic-technologists': {
              annualOpenings: { value: 48, source: 'Massachusetts long-term projections' },
            },
          },
        },
        revision: 1,
        updatedAt: at,
        updatedBy: staff,
      },
    ],
    scenarios: [
      {
        id: '7d1c2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
        cycleId: 'AY2025-26',
        scenario: {
          name: 'Four more clinical slots at Holyoke',
          programs: [
            {
              institutionId: submission.institution.id,
              programId: 'hcc-rad',
              clinicalSlotsSecured: 22,
            },
          ],
          occupations: [],
        },
        createdAt: at,
        updatedAt: at,
        updatedBy: staff,
      },
    ],
  }
}
