// Stage 2 of reading an untrusted workbook: zip entries → allowed parts. Parts are admitted by
// their relationship type and content type, never by file name: from the package's
// relationships to the workbook, from the workbook to its worksheets, shared strings, styles and
// theme, and from each worksheet to nothing but printer settings. That is what Allied Pipeline
// writes plus what Excel, LibreOffice and openpyxl add on a plain re-save (document properties,
// custom properties, a calculation chain, printer settings, a thumbnail). Everything else is
// refused with its name and what it is (macros, links, drawings, comments, embedded objects…),
// and so is any part in the zip that no allowed relationship reaches.
import { Refusal, count, damaged, partName } from './refusal'
import { readXml, type Deadline } from './xml-reader'
import type { ZipEntries } from './zip-entries'

/** Verification refuses every comment and drawing; importing a filled template reads past notes. */
export type ReadPurpose = 'verify' | 'import'

export type SheetState = 'visible' | 'hidden' | 'veryHidden'

export interface SheetEntry {
  readonly name: string
  readonly sheetId: number
  readonly state: SheetState
  /** Zip entry name of the worksheet part. */
  readonly part: string
}

export interface WorkbookParts {
  readonly sheets: readonly SheetEntry[]
  readonly sharedStrings: string | null
  readonly styles: string | null
}

export interface PartLimits {
  /** Highest row and column a defined name may reach, as for cells. */
  maxRows: number
  maxColumns: number
  maxSheets: number
  maxDefinedNames: number
  maxRelationships: number
}

export const PART_LIMITS: Omit<PartLimits, 'maxRows' | 'maxColumns'> = {
  maxSheets: 40,
  maxDefinedNames: 200,
  maxRelationships: 200,
}

const CT = {
  rels: 'application/vnd.openxmlformats-package.relationships+xml',
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  sharedStrings: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
  theme: 'application/vnd.openxmlformats-officedocument.theme+xml',
  calcChain: 'application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml',
  core: 'application/vnd.openxmlformats-package.core-properties+xml',
  app: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
  custom: 'application/vnd.openxmlformats-officedocument.custom-properties+xml',
  printerSettings: 'application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
} as const

/** How a part is used once admitted: parsed by a later stage, checked as XML, or left as bytes. */
type Use = 'parse' | 'xml' | 'bytes'

interface Allowed {
  readonly contentTypes: readonly string[]
  readonly use: Use
}

const IMAGE = ['image/jpeg', 'image/png']

/** Relationship type (its last segment) → what it may point at, per source. */
const FROM_PACKAGE: Record<string, Allowed> = {
  officeDocument: { contentTypes: [CT.workbook], use: 'parse' },
  'core-properties': { contentTypes: [CT.core], use: 'xml' },
  'extended-properties': { contentTypes: [CT.app], use: 'xml' },
  'custom-properties': { contentTypes: [CT.custom], use: 'xml' },
  thumbnail: { contentTypes: IMAGE, use: 'bytes' },
}
const FROM_WORKBOOK: Record<string, Allowed> = {
  worksheet: { contentTypes: [CT.worksheet], use: 'parse' },
  styles: { contentTypes: [CT.styles], use: 'parse' },
  sharedStrings: { contentTypes: [CT.sharedStrings], use: 'parse' },
  theme: { contentTypes: [CT.theme], use: 'xml' },
  calcChain: { contentTypes: [CT.calcChain], use: 'xml' },
}
const FROM_WORKSHEET: Record<string, Allowed> = {
  printerSettings: { contentTypes: [CT.printerSettings], use: 'bytes' },
}
/** Notes on a filled template's headers are harmless to an import, which never reads them. */
const FROM_WORKSHEET_IMPORT: Record<string, Allowed> = {
  ...FROM_WORKSHEET,
  comments: { contentTypes: [CT.comments], use: 'xml' },
  vmlDrawing: { contentTypes: [CT.vml], use: 'bytes' },
}

/** What a refused relationship type is, in the words of someone who uses Excel. */
const WHAT: Record<string, string> = {
  vbaProject: 'macros',
  externalLink: 'links to other files',
  externalLinkPath: 'links to other files',
  hyperlink: 'hyperlinks',
  drawing: 'drawings or shapes (text boxes, pictures)',
  vmlDrawing: 'VML shapes (old-style drawings or notes)',
  comments: 'comments (notes)',
  threadedComment: 'threaded comments',
  oleObject: 'embedded objects',
  package: 'embedded objects',
  control: 'ActiveX or form controls',
  activeXControlBinary: 'ActiveX or form controls',
  ctrlProp: 'ActiveX or form controls',
  pivotCacheDefinition: 'pivot tables',
  pivotCacheRecords: 'pivot tables',
  pivotTable: 'pivot tables',
  connections: 'data connections',
  queryTable: 'data connections',
  chartsheet: 'a chart sheet',
  chart: 'charts',
  macrosheet: 'macro sheets',
  intlMacrosheet: 'macro sheets',
  dialogsheet: 'dialog sheets',
  table: 'tables (list objects)',
  image: 'pictures',
  customXml: 'custom data',
  attachedTemplate: 'a link to a template',
  webextension: 'add-ins',
  webextensiontaskpanes: 'add-ins',
  slicer: 'slicers',
  slicerCache: 'slicers',
  timeline: 'timelines',
  timelineCache: 'timelines',
  richValue: 'pictures in cells',
}

/** Content types of parts that no allowed relationship reaches, in the same words. */
const WHAT_BY_CONTENT_TYPE: readonly [string, string][] = [
  ['vbaproject', 'macros'],
  ['macroenabled', 'macros'],
  ['externallink', 'links to other files'],
  ['drawing', 'drawings or shapes (text boxes, pictures)'],
  ['vml', 'VML shapes (old-style drawings or notes)'],
  ['comments', 'comments (notes)'],
  ['oleobject', 'embedded objects'],
  ['activex', 'ActiveX or form controls'],
  ['pivot', 'pivot tables'],
  ['connections', 'data connections'],
  ['querytable', 'data connections'],
  ['image/', 'pictures'],
]

const RELATIONSHIP_PREFIXES = [
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/',
  'http://schemas.openxmlformats.org/package/2006/relationships/metadata/',
  'http://schemas.microsoft.com/office/2006/relationships/',
  'http://schemas.microsoft.com/office/2007/relationships/',
  'http://schemas.microsoft.com/office/2011/relationships/',
  'http://schemas.microsoft.com/office/2017/10/relationships/',
  'http://schemas.microsoft.com/office/2017/06/relationships/',
  'http://schemas.microsoft.com/office/2022/10/relationships/',
  'http://purl.oclc.org/ooxml/officeDocument/relationships/',
]

interface Relationship {
  readonly id: string
  readonly kind: string
  readonly type: string
  readonly target: string
  readonly external: boolean
}

/** The parts a report workbook may have, found from the relationships; refuses the rest. */
export function allowedParts(
  zip: ZipEntries,
  purpose: ReadPurpose,
  deadline: Deadline,
  limits: PartLimits,
): WorkbookParts {
  const types = readContentTypes(zip, deadline)
  const reached = new Set<string>(['[content_types].xml'])
  const admit = (source: string, rel: Relationship, allowed: Record<string, Allowed>): string => {
    const rule = Object.hasOwn(allowed, rel.kind) ? allowed[rel.kind] : undefined
    if (!rule || rel.external) throw refusedRelationship(source, rel)
    const part = resolveTarget(source, rel.target)
    if (!zip.has(part)) throw damaged(`the part ${partName(part)} is missing`)
    const type = types.of(part)
    if (!rule.contentTypes.some((t) => t.toLowerCase() === type)) throw wrongType(part, type)
    reached.add(part.toLowerCase())
    if (rule.use === 'xml') readXml(part, zip.read(part), { open() {} }, deadline)
    return part
  }
  const relationshipsOf = (source: string): Relationship[] => {
    const rels = relsPartOf(source)
    if (!zip.has(rels)) return []
    reached.add(rels.toLowerCase())
    if (types.of(rels) !== CT.rels.toLowerCase()) throw wrongType(rels, types.of(rels))
    return readRelationships(rels, zip.read(rels), deadline, limits)
  }

  let workbookPart: string | null = null
  for (const rel of relationshipsOf('')) {
    const part = admit('', rel, FROM_PACKAGE)
    if (rel.kind !== 'officeDocument') continue
    if (workbookPart !== null) throw damaged('it has two workbooks in it')
    workbookPart = part
  }
  if (workbookPart === null) {
    throw new Refusal('The file is a zip but not an Excel workbook (.xlsx).')
  }
  const targets = new Map<string, { kind: string; part: string }>()
  let sharedStrings: string | null = null
  let styles: string | null = null
  for (const rel of relationshipsOf(workbookPart)) {
    const part = admit(workbookPart, rel, FROM_WORKBOOK)
    if (targets.has(rel.id)) throw damaged(`the relationship ${partName(rel.id)} is given twice`)
    targets.set(rel.id, { kind: rel.kind, part })
    if (rel.kind === 'sharedStrings') sharedStrings = once(sharedStrings, part)
    if (rel.kind === 'styles') styles = once(styles, part)
  }
  const sheets = readWorkbookXml(workbookPart, zip.read(workbookPart), deadline, limits).map(
    (sheet) => {
      const target = targets.get(sheet.relationshipId)
      if (target?.kind !== 'worksheet') {
        throw damaged(`the sheet ${partName(sheet.name)} has no worksheet part`)
      }
      return { name: sheet.name, sheetId: sheet.sheetId, state: sheet.state, part: target.part }
    },
  )
  const worksheetRules = purpose === 'import' ? FROM_WORKSHEET_IMPORT : FROM_WORKSHEET
  const seenParts = new Set<string>()
  for (const sheet of sheets) {
    if (seenParts.has(sheet.part.toLowerCase())) {
      throw damaged(`two sheets share the part ${partName(sheet.part)}`)
    }
    seenParts.add(sheet.part.toLowerCase())
    for (const rel of relationshipsOf(sheet.part)) admit(sheet.part, rel, worksheetRules)
  }
  for (const name of zip.names) {
    if (!reached.has(name.toLowerCase())) throw unreachedPart(name, types.of(name))
  }
  return { sheets, sharedStrings, styles }
}

function once(current: string | null, part: string): string {
  if (current !== null) throw damaged(`it has two parts of one kind (${partName(part)})`)
  return part
}

// ── [Content_Types].xml ───────────────────────────────────────────────────────────────────

interface ContentTypes {
  of(part: string): string
}

const MAX_CONTENT_TYPES = 5000

function readContentTypes(zip: ZipEntries, deadline: Deadline): ContentTypes {
  const defaults = new Map<string, string>()
  const overrides = new Map<string, string>()
  let n = 0
  readXml(
    '[Content_Types].xml',
    zip.read('[Content_Types].xml'),
    {
      open(name, attributes) {
        if (name !== 'Default' && name !== 'Override') return
        if (++n > MAX_CONTENT_TYPES) throw tooMany('[Content_Types].xml', 'content types')
        const type = (attributes.ContentType ?? '').toLowerCase()
        if (name === 'Default') defaults.set((attributes.Extension ?? '').toLowerCase(), type)
        else overrides.set((attributes.PartName ?? '').replace(/^\//, '').toLowerCase(), type)
      },
    },
    deadline,
  )
  return {
    of(part) {
      const key = part.toLowerCase()
      const override = overrides.get(key)
      if (override !== undefined) return override
      const dot = key.lastIndexOf('.')
      return defaults.get(dot < 0 ? '' : key.slice(dot + 1)) ?? ''
    },
  }
}

// ── Relationships ─────────────────────────────────────────────────────────────────────────

/** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; "" (the package) → "_rels/.rels". */
function relsPartOf(source: string): string {
  const slash = source.lastIndexOf('/')
  return `${source.slice(0, slash + 1)}_rels/${source.slice(slash + 1)}.rels`
}

function kindOf(type: string): string {
  const prefix = RELATIONSHIP_PREFIXES.find((p) => type.startsWith(p))
  return prefix ? type.slice(prefix.length) : `?${type}`
}

function readRelationships(
  part: string,
  bytes: Uint8Array,
  deadline: Deadline,
  limits: PartLimits,
): Relationship[] {
  const list: Relationship[] = []
  readXml(
    part,
    bytes,
    {
      open(name, attributes) {
        if (name !== 'Relationship') return
        if (list.length >= limits.maxRelationships) throw tooMany(part, 'relationships')
        const type = attributes.Type ?? ''
        list.push({
          id: attributes.Id ?? '',
          type,
          kind: kindOf(type),
          target: attributes.Target ?? '',
          external: (attributes.TargetMode ?? '').toLowerCase() === 'external',
        })
      },
    },
    deadline,
  )
  return list
}

/** A relationship target as a zip entry name, relative to its source's folder. */
function resolveTarget(source: string, target: string): string {
  const base = target.startsWith('/') ? [] : source.split('/').slice(0, -1)
  const steps = [...base]
  for (const step of target.split('/')) {
    if (step === '' || step === '.') continue
    if (step === '..') {
      if (steps.length === 0) throw damaged(`a relationship points outside the file`)
      steps.pop()
    } else steps.push(decodeStep(step))
  }
  return steps.join('/')
}

function decodeStep(step: string): string {
  try {
    return decodeURIComponent(step)
  } catch {
    return step
  }
}

function refusedRelationship(source: string, rel: Relationship): Refusal {
  const what = Object.hasOwn(WHAT, rel.kind) ? WHAT[rel.kind] : undefined
  const where = rel.external ? rel.target : resolveTargetSafely(source, rel.target)
  const described = what ?? `content a report workbook never has (${partName(rel.type)})`
  return new Refusal(
    `The workbook contains ${described} (${partName(where)}), which a report workbook never has; it was not opened.`,
    'active-content',
  )
}

function resolveTargetSafely(source: string, target: string): string {
  try {
    return resolveTarget(source, target)
  } catch {
    return target
  }
}

function unreachedPart(name: string, type: string): Refusal {
  const lower = `${type} ${name}`.toLowerCase()
  const what = WHAT_BY_CONTENT_TYPE.find(([key]) => lower.includes(key))?.[1]
  return new Refusal(
    what
      ? `The workbook contains ${what} (${partName(name)}), which a report workbook never has; it was not opened.`
      : `The workbook contains a part a report workbook never has (${partName(name)}); it was not opened.`,
    what ? 'active-content' : 'refused',
  )
}

function wrongType(part: string, type: string): Refusal {
  const macro = type.includes('macroenabled')
  return new Refusal(
    macro
      ? `The workbook contains macros (${partName(part)} is a macro-enabled workbook), which a report workbook never has; it was not opened.`
      : `The part ${partName(part)} is not what the workbook says it is (its content type is ${partName(type || 'missing')}); it was not opened.`,
    macro ? 'active-content' : 'refused',
  )
}

function tooMany(part: string, what: string): Refusal {
  return new Refusal(
    `The part ${partName(part)} lists more ${what} than a report workbook has; the file was not opened.`,
  )
}

// ── workbook.xml ──────────────────────────────────────────────────────────────────────────

interface SheetDeclaration {
  name: string
  sheetId: number
  state: SheetState
  relationshipId: string
}

const MAX_SHEET_ID = 65_535

function readWorkbookXml(
  part: string,
  bytes: Uint8Array,
  deadline: Deadline,
  limits: PartLimits,
): SheetDeclaration[] {
  const sheets: SheetDeclaration[] = []
  const names = new Set<string>()
  const ids = new Set<number>()
  let definedNames = 0
  let definedName: string[] | null = null
  readXml(
    part,
    bytes,
    {
      text(value) {
        definedName?.push(value)
      },
      close(name) {
        if (name !== 'definedName' || definedName === null) return
        checkDefinedName(definedName.join(''), limits)
        definedName = null
      },
      open(name, attributes, path) {
        if (name === 'externalReference' || name === 'externalReferences') {
          throw new Refusal(
            'The workbook contains links to other files, which a report workbook never has; it was not opened.',
            'active-content',
          )
        }
        if (name === 'pivotCache') {
          throw new Refusal(
            'The workbook contains pivot tables, which a report workbook never has; it was not opened.',
            'active-content',
          )
        }
        if (name === 'definedName') {
          if (++definedNames > limits.maxDefinedNames) {
            throw new Refusal(
              `The workbook defines more than ${count(limits.maxDefinedNames)} names, far more than a report workbook; it was not opened.`,
            )
          }
          definedName = []
        }
        if (name !== 'sheet' || path[path.length - 1] !== 'sheets') return
        if (sheets.length >= limits.maxSheets) {
          throw new Refusal(
            `The workbook has more than ${limits.maxSheets} sheets; a report workbook has no more than ${limits.maxSheets}. It was not opened.`,
          )
        }
        sheets.push(sheetDeclaration(attributes, names, ids))
      },
    },
    deadline,
  )
  return sheets
}

function sheetDeclaration(
  attributes: Readonly<Record<string, string>>,
  names: Set<string>,
  ids: Set<number>,
): SheetDeclaration {
  const name = attributes.name ?? ''
  if (name === '' || name.length > 31) throw damaged('a sheet has no name or too long a name')
  // Excel treats sheet names without regard to case.
  const key = name.toLowerCase()
  if (names.has(key)) throw damaged(`two sheets are named ${partName(name)}`)
  names.add(key)
  const sheetId = Number(attributes.sheetId ?? '')
  if (!Number.isInteger(sheetId) || sheetId < 1 || sheetId > MAX_SHEET_ID || ids.has(sheetId)) {
    throw new Refusal(
      `The sheet ${partName(name)} has a sheet number (sheetId) no workbook uses; it was not opened.`,
    )
  }
  ids.add(sheetId)
  const state = attributes.state ?? 'visible'
  if (state !== 'visible' && state !== 'hidden' && state !== 'veryHidden') {
    throw damaged(`the sheet ${partName(name)} has an unknown state`)
  }
  return { name, sheetId, state, relationshipId: attributes['r:id'] ?? '' }
}

const CELL_RANGE = /^\$?[A-Za-z]{1,4}\$?\d{1,8}(?::\$?[A-Za-z]{1,4}\$?\d{1,8})?$/
const WHOLE_LINES = /^(?:\$?[A-Za-z]{1,4}:\$?[A-Za-z]{1,4}|\$?\d{1,8}:\$?\d{1,8})$/

/**
 * A defined name such as a print area ('Cover'!$A$1:$B$14) must stay inside the area a report
 * workbook uses, like its cells: some readers expand a name cell by cell.
 */
function checkDefinedName(text: string, limits: PartLimits): void {
  for (const piece of text.split(',')) {
    const ref = piece.slice(piece.lastIndexOf('!') + 1).trim()
    const whole = WHOLE_LINES.test(ref)
    if (!whole && !CELL_RANGE.test(ref)) continue // a formula or a constant: never expanded
    const [from = '', to = from] = ref.replace(/\$/g, '').split(':')
    const corner = (cell: string) => {
      const letters = /^[A-Za-z]*/.exec(cell)?.[0] ?? ''
      let column = 0
      for (const ch of letters.toUpperCase()) column = column * 26 + ch.charCodeAt(0) - 64
      return { column, row: Number(cell.slice(letters.length)) }
    }
    const a = corner(from)
    const b = corner(to)
    if (
      whole ||
      Math.max(a.row, b.row) > limits.maxRows ||
      Math.max(a.column, b.column) > limits.maxColumns
    ) {
      throw new Refusal(
        `The workbook defines a name that refers to ${partName(ref)}, outside the area a report workbook uses; it was not opened.`,
      )
    }
  }
}
