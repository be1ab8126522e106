// CSV that every file leaving the app is written with (the audit log, the analysis, the merged
// dataset): one formula-safety rule and one document shape, so Excel opens each file the same way.

/**
 * A value Excel cannot take for a formula: one starting with = + - @, a tab, a carriage
 * return or a line feed (DESIGN.md) is prefixed with an apostrophe (OWASP’s advice for CSV), so
 * Excel shows it as text.
 */
export function formulaSafe(value: string): string {
  return /^[=+\-@\t\r\n]/.test(value) ? `'${value}` : value
}

/** One text field: formula-safe, quoted where RFC 4180 needs it. */
export function csvField(value: string): string {
  const safe = formulaSafe(value)
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** Rows of fields already written (csvField, or a number's digits) as one RFC 4180 document:
 * CRLF line ends and a BOM so that Excel reads UTF-8. */
export function csvDocument(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((r) => r.join(',')).join('\r\n')}\r\n`
}
