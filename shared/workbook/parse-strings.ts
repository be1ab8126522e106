// Stage 3b: the shared strings part, as the text each entry shows. Runs of formatted text are
// joined (phonetic guides left out, as Excel shows them only on request) and marked, because a
// run can carry its own colour or size; `_xHHHH_` escapes are decoded as Excel decodes them.
import { Refusal, count, partName } from './refusal'
import { readXml, type Deadline } from './xml-reader'

export interface SharedString {
  readonly text: string
  /** Made of formatted runs rather than one plain text. */
  readonly rich: boolean
}

export const MAX_SHARED_STRINGS = 250_000
/** Excel's own limit for the text of one cell. */
export const MAX_CELL_CHARS = 32_767

export function parseSharedStrings(
  part: string,
  bytes: Uint8Array,
  deadline: Deadline,
): SharedString[] {
  const strings: SharedString[] = []
  let pieces: string[] = []
  let rich = false
  let inText = false
  readXml(
    part,
    bytes,
    {
      open(name, _a, path) {
        if (name === 'si' && path.length === 1) {
          if (strings.length >= MAX_SHARED_STRINGS) {
            throw new Refusal(
              `The part ${partName(part)} holds more than ${count(MAX_SHARED_STRINGS)} texts, far more than a report workbook; the file was not opened.`,
            )
          }
          pieces = []
          rich = false
        } else if (name === 'r' && path[path.length - 1] === 'si') rich = true
        else if (name === 't') inText = !path.includes('rPh')
      },
      text(value) {
        if (inText) pieces.push(value)
      },
      close(name, path) {
        if (name === 't') inText = false
        else if (name === 'si' && path.length === 1) {
          strings.push({ text: cellString(part, pieces), rich })
        }
      },
    },
    deadline,
  )
  return strings
}

/** The text of `<t>` pieces, escapes decoded and checked against Excel's cell limit. */
export function cellString(part: string, pieces: readonly string[]): string {
  const text = decodeEscapes(pieces.join(''))
  if (text.length > MAX_CELL_CHARS) {
    throw new Refusal(
      `The part ${partName(part)} holds a text longer than a cell can hold; the file was not opened.`,
    )
  }
  return text
}

/** `_x0041_` → "A": how Office spells characters XML cannot carry. */
function decodeEscapes(text: string): string {
  if (!text.includes('_x')) return text
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  )
}
