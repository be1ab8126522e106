// The repositories bound to this computer's databases, for screens and hooks: no component
// holds a database handle (a lint rule says so). Each function is the repository function of
// the same name with the database filled in; the repositories themselves take the database as
// their first argument so that tests can give them a fresh one.
import { createBackup, restoreBackup, summarizeDatabase } from '../backup/backup'
import type { Profile } from '../../shared/domain/profile'
import type { ImportDecision } from '../../shared/intake/statuses'
import { currentKey, ensureKey, replaceKey, type KeyOwner } from '../keys/key-store'
import * as analysisRepository from './analysis-repository'
import * as boardRepository from './board-repository'
import { staffOf } from './board-staff'
import * as cycleRepository from './cycle-repository'
import { database, type AppDatabase } from './database'
import { loadDraft, saveDraft } from './draft-repository'
import { keyDatabase, type KeyDatabase } from './key-database'
import { loadOpenPeriod, saveOpenPeriod } from './open-period'
import { loadDirectory, loadProfile, saveProfile } from './profile-repository'
import * as issuedReceipts from './issued-receipt-repository'
import * as receivedReceipts from './received-receipt-repository'
import * as repository from './reporting-repository'
import * as trustRepository from './trust-repository'

function bind<A extends unknown[], R>(f: (db: AppDatabase, ...args: A) => R) {
  return (...args: A): R => f(database(), ...args)
}

function bindKeys<A extends unknown[], R>(f: (db: KeyDatabase, ...args: A) => R) {
  return (...args: A): R => f(keyDatabase(), ...args)
}

export const reporting = {
  listPeriods: bind(repository.listPeriods),
  listOtherInstitutionsPeriods: bind(repository.listOtherInstitutionsPeriods),
  getPeriod: bind(repository.getPeriod),
  createPeriod: bind(repository.createPeriod),
  deletePeriod: bind(repository.deletePeriod),
  setPeriodRows: bind(repository.setPeriodRows),
  addPeriodRow: bind(repository.addPeriodRow),
  removePeriodRow: bind(repository.removePeriodRow),
  listPrograms: bind(repository.listPrograms),
  saveProgram: bind(repository.saveProgram),
  loadCells: bind(repository.loadCells),
  writeCells: bind(repository.writeCells),
  writeExplanation: bind(repository.writeExplanation),
  loadReport: bind(repository.loadReport),
  loadPreviousReport: bind(repository.loadPreviousReport),
  listExports: bind(repository.listExports),
  hasExportHistory: bind(repository.hasExportHistory),
  nextRevision: bind(repository.nextRevision),
  recordExport: bind(repository.recordExport),
  loadImportContext: bind(repository.loadImportContext),
  applyImport: bind(repository.applyImport),
}

export const profiles = {
  loadProfile: bind(loadProfile),
  saveProfile: bind(saveProfile),
  loadDirectory: bind(loadDirectory),
}

export const openPeriod = {
  loadOpenPeriod: bind(loadOpenPeriod),
  saveOpenPeriod: bind(saveOpenPeriod),
}

export const drafts = {
  loadDraft: bind(loadDraft),
  saveDraft: bind(saveDraft),
}

export const backups = {
  createBackup: bind(createBackup),
  restoreBackup: bind(restoreBackup),
  summarizeDatabase: bind(summarizeDatabase),
}

export const signingKeys = {
  currentKey: bindKeys(currentKey),
  ensureKey: bindKeys(ensureKey),
  replaceKey: bindKeys(replaceKey),
}

export const trust = {
  loadRegistry: bind(trustRepository.loadRegistry),
  importKeyCards: bind(trustRepository.importKeyCards),
  confirmRegistryKey: bind(trustRepository.confirmRegistryKey),
  revokeRegistryKey: bind(trustRepository.revokeRegistryKey),
  replaceRegistry: bind(trustRepository.replaceRegistry),
}

export const cycles = {
  listCycles: bind(cycleRepository.listCycles),
  getCycle: bind(cycleRepository.getCycle),
  saveCycle: bind(cycleRepository.saveCycle),
  workingCycle: bind(cycleRepository.workingCycle),
  setWorkingCycle: bind(cycleRepository.setWorkingCycle),
}

export const boardData = {
  listHeld: bind(boardRepository.listHeld),
  heldRevisions: bind(boardRepository.heldRevisions),
  revisionsOf: bind(boardRepository.revisionsOf),
  loadHeldSubmission: bind(boardRepository.loadHeldSubmission),
  heldSubmissionAt: bind(boardRepository.heldSubmissionAt),
  originalFile: bind(boardRepository.originalFile),
  listAudit: bind(boardRepository.listAudit),
  mergeBatch: bind(boardRepository.mergeBatch),
}

export const receipts = {
  issuedReceiptText: bind(issuedReceipts.issuedReceiptText),
  importBoardKeyCard: bind(receivedReceipts.importBoardKeyCard),
  removeBoardKeyCard: bind(receivedReceipts.removeBoardKeyCard),
  importReceipt: bind(receivedReceipts.importReceipt),
}

/**
 * Signs a review receipt with the board's key on this computer (made now if there is none yet:
 * the caller says so) for the staff member signed in, and stores it.
 */
export async function issueBoardReceipt(
  profile: Profile,
  owner: KeyOwner,
  heldId: string,
  answer: issuedReceipts.ReceiptAnswer,
) {
  const key = await ensureKey(keyDatabase(), owner)
  return issuedReceipts.issueReviewReceipt(database(), heldId, answer, {
    board: key.card.institution,
    signer: { privateKey: key.privateKey, publicKeyRaw: key.publicKeyRaw },
    staff: staffOf(profile),
  })
}

export const analysisData = {
  loadBoardContext: bind(analysisRepository.loadBoardContext),
  saveBoardContext: bind(analysisRepository.saveBoardContext),
  listScenarios: bind(analysisRepository.listScenarios),
  saveScenario: bind(analysisRepository.saveScenario),
  deleteScenario: bind(analysisRepository.deleteScenario),
  loadAnalysisInputs: bind(analysisRepository.loadAnalysisInputs),
}

/**
 * What the import screen needs of the board's dataset, for the staff member signed in: what a
 * dry run decides against, a held revision to show beside a conflict, and Merge.
 */
export function boardImportStore(profile: Profile) {
  return {
    holdings: async () => {
      const db = database()
      return db.transaction(
        'r',
        db.trustRegistry,
        db.cycles,
        db.settings,
        db.heldSubmissions,
        async () => ({
          registry: await trustRepository.loadRegistry(db),
          cycle: await cycleRepository.workingCycle(db),
          held: await boardRepository.heldRevisions(db),
        }),
      )
    },
    heldSubmission: bind(boardRepository.heldSubmissionAt),
    merge: (
      decisions: readonly ImportDecision[],
      files: readonly boardRepository.MergeFile[],
      now: Date,
    ) => boardRepository.mergeBatch(database(), decisions, files, staffOf(profile), now),
  }
}
