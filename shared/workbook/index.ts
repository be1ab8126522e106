// The signed report workbook: export, verification, blank templates and import of filled ones.
// Writing loads exceljs (about 250 KB gzipped); reading never does. The app imports this folder on demand with
// `import()`, when a workbook is written or read. The schemas and rules never import it.
export {
  ExportBlockedError,
  writeSignedWorkbook,
  type SignedWorkbook,
  type WorkbookSigner,
  type WriteOptions,
} from './write-signed'
export {
  verifyWorkbook,
  type SignedEvidence,
  type VerificationResult,
  type VerifyCode,
  type VerifyFinding,
  type VerifyOptions,
} from './verify'
export { VERIFY_CODES } from './verify-findings'
export { writeTemplate, type TemplateOptions } from './template'
export {
  WHOLE_WORKBOOK,
  readFilledWorkbook,
  type FilledWorkbook,
  type ImportNote,
  type ImportProblem,
  type ReadFilledOptions,
} from './read-filled'
export { DEFAULT_WORKBOOK_LIMITS, type WorkbookLimits } from './read-untrusted'
