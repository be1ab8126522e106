// What verification can find wrong with a workbook. Each finding is one sentence for the person
// who chose the file; `sheet` and `cell` point at the place when there is one.

export const VERIFY_CODES = [
  /** Refused by the safe read: size, zip structure, DOCTYPE, extent, parse time. */
  'refused',
  /** Damaged: exceljs could not parse it, or anything unexpected went wrong. */
  'unreadable',
  /** No signature sheet: not an Allied Pipeline workbook at all. */
  'not-signed',
  /** No signature sheet, but an Allied Pipeline template marker. */
  'unsigned-template',
  'signature-sheet-damaged',
  'unsupported-format',
  'signature-mismatch',
  'payload-not-canonical',
  'payload-invalid',
  'key-mismatch',
  'sheet-missing',
  'sheet-added',
  'sheet-renamed',
  'cell-changed',
  'cell-added',
  'formula',
  /** External links, macros, ActiveX, embedded objects or data connections. */
  'active-content',
  'too-many-changes',
] as const
export type VerifyCode = (typeof VERIFY_CODES)[number]

export interface VerifyFinding {
  readonly code: VerifyCode
  readonly message: string
  readonly sheet?: string
  /** A1-style address within `sheet`. */
  readonly cell?: string
}
