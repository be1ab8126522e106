// Which files a folder of replies contributes to an import, and in which order: the one rule for
// a folder chosen in the app (browser folder picker, the desktop's folder dialog, a dropped
// folder) and for `allied-pipeline merge FOLDER`. A folder of replies also holds PDFs, cover
// letters and Excel's "~$" lock files; only workbooks and saved messages are taken. A file named
// on its own is always taken, so that a wrong one gets a clear refusal rather than vanishing.

const TAKEN_FROM_FOLDERS = /\.(xlsx|eml)$/i

/** `path` is the file's path inside the folder ("replies/AHWG_….xlsx"), with "/" between parts. */
export function isTakenFromFolder(path: string): boolean {
  const name = path.split('/').pop() ?? ''
  return TAKEN_FROM_FOLDERS.test(name) && !name.startsWith('~$')
}

/**
 * A folder's files are taken in path order (code-unit order, the same on every computer),
 * whatever order the system lists them in, so that the same folder always makes the same batch:
 * of two identical files, the first by name is the one a batch takes.
 */
export function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** How deep a folder is walked, and how many files it may give: a bound against a wrong pick (a whole drive). */
export const FOLDER_LIMITS = { depth: 8, files: 5000, entries: 50_000 } as const

export function folderTooLargeMessage(folder: string): string {
  return (
    `“${folder}” holds more than ${FOLDER_LIMITS.files.toLocaleString('en-US')} workbooks and messages ` +
    `(or more than ${FOLDER_LIMITS.entries.toLocaleString('en-US')} files in all), so nothing was taken from it. ` +
    'Choose the folder the replies were saved in, not a folder above it.'
  )
}
