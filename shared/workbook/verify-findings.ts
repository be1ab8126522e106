// What verification can find wrong with a workbook. Each finding is one sentence for the person
// who chose the file; `sheet` and `cell` point at the place when there is one.

export const VERIFY_CODES = [
  /** Refused by the strict reader: size, zip structure, DOCTYPE, a bound, the time limit. */
  'refused',
  /** Damaged: a part is not well-formed XML, or anything unexpected went wrong. */
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
  /** A sheet of the layout is hidden (a look-alike may be shown in its place). */
  'sheet-hidden',
  /** The signature sheet is visible. */
  'sheet-shown',
  'cell-changed',
  'cell-added',
  'formula',
  /**
   * What a person sees differs from what the cell holds: a number format that rounds or
   * disguises, a hidden row or column, text in the background's colour, conditional formats.
   */
  'display',
  /** Macros, links, drawings, comments, embedded objects, controls, pivot tables, connections. */
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
