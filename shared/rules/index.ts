// The validation rules engine: findings for a report, whether it may be exported, and how
// complete it is.
export { canExport, type ExportCheck, type Finding, type FindingLevel } from './findings'
export { validateReport, type ValidationContext } from './validate'
export {
  completeness,
  missingRequired,
  type MissingValue,
  type SectionCompleteness,
} from './completeness'
export { LARGE_CHANGE_MIN, LARGE_CHANGE_SHARE, isLargeChange } from './common-rules'
export { formatValue } from './format'
