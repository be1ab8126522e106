// One file staff brought in, as the import's statuses see it: a workbook is verified; a saved
// e-mail message (.eml) gives one entry per workbook attached. Each entry carries its bytes
// (what Merge keeps as the original file), their SHA-256, and what verification made of it. Runs
// where untrusted files are read: the app's verification workers, the command line's pool.
import { readEmlWorkbooks } from './eml'
import { fileCheckOf, sha256Hex } from './file-check'
import type { FileCheck } from './statuses'
import { verifyWorkbook, type VerificationResult } from '../workbook/verify'

export interface IncomingEntry {
  /** As staff know it: "AHWG_…_r2.xlsx", or "Re: figures.eml › AHWG_…_r2.xlsx". */
  readonly name: string
  readonly sha256: string
  /** An intact one carries its signed payload (`check.signed`): the evidence Merge keeps. */
  readonly check: FileCheck
  /** The workbook's own bytes (an attachment's, for a message). */
  readonly bytes: Uint8Array
}

/** Whether a file name is one the import takes as a saved e-mail message. */
export function isEmlName(name: string): boolean {
  return /\.eml$/i.test(name)
}

/** What the import makes of one file. Never throws. */
export async function readIncoming(
  name: string,
  bytes: Uint8Array,
  verify: (bytes: Uint8Array) => Promise<VerificationResult> = verifyWorkbook,
): Promise<IncomingEntry[]> {
  if (!isEmlName(name)) return [await workbookEntry(name, bytes, verify)]
  const read = await readEmlWorkbooks(bytes)
  if (!read.ok) {
    return [
      {
        name,
        sha256: await sha256Hex(bytes),
        check: { outcome: 'unreadable', reasons: [read.problem] },
        bytes,
      },
    ]
  }
  const entries: IncomingEntry[] = []
  for (const workbook of read.workbooks) {
    entries.push(await workbookEntry(`${name} › ${workbook.name}`, workbook.bytes, verify))
  }
  for (const skipped of read.skipped) {
    if (skipped.kind === 'other') continue
    entries.push({
      name: `${name} › ${skipped.name}`,
      sha256: await sha256Hex(skipped.bytes),
      check: { outcome: 'unreadable', reasons: [`It was not opened: ${skipped.reason}.`] },
      bytes: skipped.bytes,
    })
  }
  return entries
}

async function workbookEntry(
  name: string,
  bytes: Uint8Array,
  verify: (bytes: Uint8Array) => Promise<VerificationResult>,
): Promise<IncomingEntry> {
  const [sha256, check] = await Promise.all([
    sha256Hex(bytes),
    verify(bytes).then((result) => fileCheckOf(result)),
  ])
  return { name, sha256, check, bytes }
}
