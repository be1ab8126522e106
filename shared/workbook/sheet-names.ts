// The names and bounds of a report workbook's sheets, apart from their layout (layout.ts), so
// that the strict reader and the signature sheet can know them without loading the report
// schemas (and zod) before a file has passed the reader.
export const COVER_SHEET = 'Cover'
export const PROGRAMS_SHEET = 'Programs'
export const EXPLANATIONS_SHEET = 'Explanations'
/** Holds the signed payload, the public key and the signature; very hidden when written. */
export const SIGNATURE_SHEET = '_signature'
/** Marks an unsigned template and holds its drop-down lists; very hidden when written. */
export const TEMPLATE_SHEET = '_template'

/** Tables start under their one header row. */
export const FIRST_DATA_ROW = 2
/** Programs (education) or occupations per report, as the report schemas allow. */
export const MAX_TABLE_ROWS = 200
/** One explanation per cell of the largest report (200 programs × 20 measures). */
export const MAX_EXPLANATION_ROWS = 4000
