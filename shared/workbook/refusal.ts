// Why an untrusted workbook was not opened, in one sentence for the person who chose the file.
// Every stage of the reader throws this and only this; the reader's entry point turns it into a
// result. `code` says which kind of refusal it is; `sheet` and `cell` place it when they can.

export type RefusalCode = 'refused' | 'unreadable' | 'active-content'

export class Refusal extends Error {
  override readonly name = 'Refusal'
  constructor(
    message: string,
    readonly code: RefusalCode = 'refused',
    readonly sheet?: string,
    readonly cell?: string,
  ) {
    super(message)
  }
}

/** A file that is broken rather than hostile (or too broken to tell). */
export function damaged(detail: string): Refusal {
  return new Refusal(`The file is damaged and could not be read (${detail}).`)
}

/** XML that does not parse: the part is named, the parser's own words are not shown. */
export function malformed(part: string): Refusal {
  return new Refusal(
    `The file is damaged: it could not be read as a workbook (the part ${partName(part)} is not well-formed XML).`,
    'unreadable',
  )
}

/** C0 and C1 control characters, DEL included. */
export function isControl(ch: string): boolean {
  const code = ch.charCodeAt(0)
  return code < 0x20 || (code >= 0x7f && code <= 0x9f)
}

/** A name as shown in a message: control characters hidden, long names shortened, quoted. */
export function partName(name: string): string {
  const clean = Array.from(name, (ch) => (isControl(ch) ? '?' : ch)).join('')
  return `“${clean.length > 60 ? `${clean.slice(0, 57)}…` : clean}”`
}

export function count(n: number): string {
  return n.toLocaleString('en-US')
}

const MB = 1024 * 1024

export function size(bytes: number): string {
  if (bytes >= MB) return `${count(Math.round((bytes / MB) * 10) / 10)} MB`
  return `${count(Math.ceil(bytes / 1024))} KB`
}
