// Stage 3a: the styles part, reduced to what decides what a person sees in a cell: its number
// format, and its font and fill colours (text drawn in the background's colour cannot be seen).
import { Refusal, count, partName } from './refusal'
import { readXml, type Deadline } from './xml-reader'

export interface CellLook {
  /** The number format's code ("General", "#,##0", …), or null for an id with no code. */
  readonly format: string | null
  /** Font colour as RRGGBB, when the style sets one the reader can resolve. */
  readonly fontColor: string | null
  /** Solid fill colour as RRGGBB; null for no fill (white in every program). */
  readonly fillColor: string | null
}

export interface Styles {
  /** The look of the cell style `s` (0 when the cell has none); null for an index out of range. */
  look(index: number): CellLook | null
}

export const STYLE_LIMITS = { maxFormats: 500, maxFonts: 2000, maxFills: 2000, maxXfs: 10_000 }

/** Excel's built-in number formats, by id. */
const BUILT_IN: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
}

/** Theme colours 0 and 1 are the sheet's light and dark text colours in every default theme. */
const THEME: Readonly<Record<number, string>> = { 0: 'FFFFFF', 1: '000000' }

const DEFAULT_LOOK: CellLook = { format: 'General', fontColor: null, fillColor: null }

export const NO_STYLES: Styles = {
  look: (index) => (index === 0 ? DEFAULT_LOOK : null),
}

export function parseStyles(part: string, bytes: Uint8Array, deadline: Deadline): Styles {
  const formats = new Map<number, string>()
  const fonts: (string | null)[] = []
  const fills: (string | null)[] = []
  const xfs: { numFmtId: number; fontId: number; fillId: number }[] = []
  let fillType = ''
  const bound = (length: number, max: number, what: string) => {
    if (length >= max) {
      throw new Refusal(
        `The part ${partName(part)} defines more than ${count(max)} ${what}, far more than a report workbook; the file was not opened.`,
      )
    }
  }
  readXml(
    part,
    bytes,
    {
      open(name, a, path) {
        const parent = path[path.length - 1]
        const grand = path[path.length - 2]
        if (name === 'numFmt' && parent === 'numFmts') {
          bound(formats.size, STYLE_LIMITS.maxFormats, 'number formats')
          formats.set(Number(a.numFmtId), a.formatCode ?? '')
        } else if (name === 'font' && parent === 'fonts') {
          bound(fonts.length, STYLE_LIMITS.maxFonts, 'fonts')
          fonts.push(null)
        } else if (name === 'color' && parent === 'font' && grand === 'fonts') {
          fonts[fonts.length - 1] = colorOf(a)
        } else if (name === 'fill' && parent === 'fills') {
          bound(fills.length, STYLE_LIMITS.maxFills, 'fills')
          fills.push(null)
          fillType = ''
        } else if (name === 'patternFill' && parent === 'fill') {
          fillType = a.patternType ?? ''
        } else if (name === 'fgColor' && parent === 'patternFill' && fillType === 'solid') {
          fills[fills.length - 1] = colorOf(a)
        } else if (name === 'xf' && parent === 'cellXfs') {
          bound(xfs.length, STYLE_LIMITS.maxXfs, 'cell styles')
          xfs.push({
            numFmtId: Number(a.numFmtId ?? 0),
            fontId: Number(a.fontId ?? 0),
            fillId: Number(a.fillId ?? 0),
          })
        }
      },
    },
    deadline,
  )
  const looks = new Map<number, CellLook | null>()
  return {
    look(index) {
      if (index === 0 && xfs.length === 0) return DEFAULT_LOOK
      let look = looks.get(index)
      if (look === undefined) {
        const xf = xfs[index]
        const format = xf ? (formats.get(xf.numFmtId) ?? BUILT_IN[xf.numFmtId] ?? null) : null
        look = xf
          ? { format, fontColor: fonts[xf.fontId] ?? null, fillColor: fills[xf.fillId] ?? null }
          : null
        looks.set(index, look)
      }
      return look
    },
  }
}

function colorOf(a: Readonly<Record<string, string>>): string | null {
  const rgb = a.rgb
  if (rgb !== undefined && /^[0-9A-Fa-f]{6,8}$/.test(rgb)) return rgb.slice(-6).toUpperCase()
  if (a.theme !== undefined && a.tint === undefined) return THEME[Number(a.theme)] ?? null
  return null
}
