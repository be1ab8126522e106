// E-mail messages saved from the mail client (.eml): partners send their signed workbooks as
// attachments, and staff may save the messages rather than each attachment. postal-mime reads
// the message (MIT-0, no dependencies, runs in Web Workers and Node); this module bounds what it
// is given and what it gives back, and takes the .xlsx attachments, nested forwards included.
// A message is as untrusted as a workbook: it is read in the verification workers.
import PostalMime from 'postal-mime'

/** A saved message with a few workbooks attached is a few MB; mail servers refuse over ~35 MB. */
export const MAX_EML_BYTES = 40 * 1024 * 1024
/** Workbooks taken from one message. */
export const MAX_EML_WORKBOOKS = 50
/** Attachments of any kind in one message, workbooks or not. */
export const MAX_EML_ATTACHMENTS = 200
/** MIME parts inside parts: real mail nests a handful deep. */
export const MAX_EML_NESTING = 20
/** Forwarded messages inside messages. */
export const MAX_EML_FORWARDS = 3
/** All header lines of one message, together. */
export const MAX_EML_HEADER_BYTES = 512 * 1024
/** One attachment, as for a workbook opened on its own. */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024

export interface EmlWorkbook {
  /** The attachment's file name, on one line and of a bounded length. */
  readonly name: string
  readonly bytes: Uint8Array
}

/** An attachment left out, with why. */
export interface EmlSkipped {
  readonly name: string
  /** "not an Excel workbook", "30 MB, more than the 25 MB allowed for one workbook"… */
  readonly reason: string
  /** A workbook or a forwarded message left out is one the board may have needed. */
  readonly kind: 'workbook' | 'message' | 'other'
  readonly bytes: Uint8Array
}

export type EmlReadResult =
  | {
      readonly ok: true
      readonly subject: string
      readonly workbooks: readonly EmlWorkbook[]
      readonly skipped: readonly EmlSkipped[]
    }
  | { readonly ok: false; readonly problem: string }

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Untrusted text for one line of a screen: no control characters, at most `max` characters. */
export function oneLine(text: string, max = 120): string {
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

function megabytes(bytes: number): string {
  return `${Math.ceil(bytes / 1024 / 1024)} MB`
}

function isWorkbook(name: string, mimeType: string): boolean {
  return /\.xlsx$/i.test(name) || mimeType.toLowerCase() === XLSX_TYPE
}

/** The .xlsx attachments of a saved message. Never throws. */
export async function readEmlWorkbooks(bytes: Uint8Array): Promise<EmlReadResult> {
  const refuse = (why: string): EmlReadResult => ({
    ok: false,
    problem: `This e-mail message could not be opened: ${why}.`,
  })
  if (bytes.length > MAX_EML_BYTES) {
    return refuse(
      `it is ${megabytes(bytes.length)}, more than the ${megabytes(MAX_EML_BYTES)} allowed for one message`,
    )
  }
  let email: Awaited<ReturnType<typeof PostalMime.parse>>
  try {
    email = await PostalMime.parse(bytes, {
      attachmentEncoding: 'arraybuffer',
      maxNestingDepth: MAX_EML_NESTING,
      maxHeadersSize: MAX_EML_HEADER_BYTES,
      maxRfc822NestingDepth: MAX_EML_FORWARDS,
    })
  } catch (error) {
    const detail = error instanceof Error ? oneLine(error.message, 160) : 'it is damaged'
    return refuse(`it is not a well-formed message (${detail})`)
  }
  if (email.attachments.length > MAX_EML_ATTACHMENTS) {
    return refuse(
      `it has ${email.attachments.length} attachments, more than the ${MAX_EML_ATTACHMENTS} allowed`,
    )
  }
  const workbooks: EmlWorkbook[] = []
  const skipped: EmlSkipped[] = []
  for (const [index, attachment] of email.attachments.entries()) {
    const name = oneLine(attachment.filename ?? '') || `attachment ${index + 1}`
    const content = attachment.content
    const data =
      content instanceof ArrayBuffer
        ? new Uint8Array(content)
        : content instanceof Uint8Array
          ? content
          : new TextEncoder().encode(content)
    if (attachment.rfc822DepthExceeded) {
      skipped.push({
        name,
        kind: 'message',
        bytes: data,
        reason: `a message forwarded more than ${MAX_EML_FORWARDS} times over; save its attachments on their own`,
      })
      continue
    }
    if (!isWorkbook(name, attachment.mimeType)) {
      // Inline images and signatures are part of most messages: not worth a line each.
      if (attachment.disposition === 'attachment') {
        skipped.push({ name, kind: 'other', bytes: data, reason: 'not an Excel workbook' })
      }
      continue
    }
    const workbookName = /\.xlsx$/i.test(name) ? name : `${name}.xlsx`
    if (data.length > MAX_ATTACHMENT_BYTES) {
      skipped.push({
        name: workbookName,
        kind: 'workbook',
        bytes: data,
        reason: `${megabytes(data.length)}, more than the ${megabytes(MAX_ATTACHMENT_BYTES)} allowed for one workbook`,
      })
      continue
    }
    if (workbooks.length >= MAX_EML_WORKBOOKS) {
      skipped.push({
        name: workbookName,
        kind: 'workbook',
        bytes: data,
        reason: `more than ${MAX_EML_WORKBOOKS} workbooks in one message`,
      })
      continue
    }
    workbooks.push({ name: workbookName, bytes: data })
  }
  if (workbooks.length === 0 && !skipped.some((s) => s.kind !== 'other')) {
    const listed =
      skipped.length > 0 ? ` (${skipped.map((s) => `${s.name}: ${s.reason}`).join('; ')})` : ''
    return refuse(`it has no Excel workbook attached${listed}`)
  }
  return { ok: true, subject: oneLine(email.subject ?? ''), workbooks, skipped }
}
