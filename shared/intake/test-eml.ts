// Builds saved e-mail messages for the tests, the way Outlook or Thunderbird writes them:
// multipart/mixed with base64 attachments, and forwards as message/rfc822 parts.
import { toBase64 } from '../crypto/bytes'

export interface TestAttachment {
  readonly name: string
  readonly bytes: Uint8Array
  readonly type?: string
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

function base64Lines(bytes: Uint8Array): string {
  return (toBase64(bytes).match(/.{1,76}/g) ?? []).join('\r\n')
}

/** One message; `forwarded` messages are attached inline, as a mail client forwards them. */
export function testEml(options: {
  subject: string
  attachments?: readonly TestAttachment[]
  forwarded?: readonly string[]
}): string {
  const boundary = `b-${Math.random().toString(36).slice(2)}`
  const parts = [
    ['Content-Type: text/plain; charset=utf-8', '', 'Our figures are attached.'].join('\r\n'),
    ...(options.attachments ?? []).map((a) =>
      [
        `Content-Type: ${a.type ?? XLSX}; name="${a.name}"`,
        'Content-Transfer-Encoding: base64',
        `Content-Disposition: attachment; filename="${a.name}"`,
        '',
        base64Lines(a.bytes),
      ].join('\r\n'),
    ),
    ...(options.forwarded ?? []).map((message) =>
      ['Content-Type: message/rfc822', 'Content-Disposition: inline', '', message].join('\r\n'),
    ),
  ]
  return [
    'From: Pat Registrar <pat.registrar@example.org>',
    'To: intake@example.org',
    `Subject: ${options.subject}`,
    'Date: Thu, 15 Oct 2026 09:30:00 -0400',
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    ...parts.flatMap((p) => [`--${boundary}`, p]),
    `--${boundary}--`,
    '',
  ].join('\r\n')
}
