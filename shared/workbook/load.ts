// Opening an untrusted workbook: the safe zip read, the extent check, then exceljs on a fresh
// copy of exactly the parts that were checked (so that exceljs's own zip reader cannot see
// anything the safe reader did not), with the time it takes measured against a limit.
import { zipSync } from 'fflate'
import type { Workbook } from 'exceljs'
import { newWorkbook } from './excel'
import { checkExtent, type ExtentLimits } from './extent'
import { FIRST_DATA_ROW, MAX_EXPLANATION_ROWS } from './layout'
import { DEFAULT_LIMITS, inspectZip, type ZipLimits } from './safe-read'
import { decodeXml } from './safe-read-xml'

export interface WorkbookLimits extends ZipLimits, ExtentLimits {
  /** Longest exceljs may take to parse the workbook, in milliseconds. */
  maxParseMs: number
}

export const DEFAULT_WORKBOOK_LIMITS: WorkbookLimits = {
  ...DEFAULT_LIMITS,
  maxSheets: 40,
  // The Explanations sheet is the longest: a header and one row per explained cell.
  maxRows: FIRST_DATA_ROW - 1 + MAX_EXPLANATION_ROWS,
  maxColumns: 26,
  maxCellsPerSheet: 50_000,
  maxParseMs: 10_000,
}

export interface LoadOptions {
  limits?: Partial<WorkbookLimits> | undefined
  /** Milliseconds from some fixed point; the parse time box reads it. */
  now?: (() => number) | undefined
}

export type Loaded =
  | { ok: true; workbook: Workbook; parseMs: number; parts: readonly string[] }
  /** `refused`: outside the limits (size, zip, DOCTYPE, extent, time); `unreadable`: damaged. */
  | { ok: false; problem: string; reason: 'refused' | 'unreadable' }

export async function loadUntrustedWorkbook(
  bytes: Uint8Array,
  options: LoadOptions = {},
): Promise<Loaded> {
  const limits = { ...DEFAULT_WORKBOOK_LIMITS, ...options.limits }
  const now = options.now ?? (() => Date.now())
  const read = inspectZip(bytes, limits)
  if (!read.ok) return { ok: false, problem: read.problem, reason: 'refused' }
  const tooBig = checkExtent(read.entries, limits)
  if (tooBig) return { ok: false, problem: tooBig, reason: 'refused' }

  const copy = zipSync(Object.fromEntries(withoutComments(read.entries)), { level: 0 })
  const workbook = newWorkbook()
  const started = now()
  try {
    await workbook.xlsx.load(arrayBufferOf(copy))
  } catch (error) {
    return {
      ok: false,
      problem: `The file is damaged: it could not be read as a workbook (${reason(error)}).`,
      reason: 'unreadable',
    }
  }
  const parseMs = now() - started
  if (parseMs > limits.maxParseMs) {
    return {
      ok: false,
      problem: `The workbook took ${seconds(parseMs)} to read, far longer than a report workbook takes (the limit is ${seconds(limits.maxParseMs)}); it was not opened.`,
      reason: 'refused',
    }
  }
  return { ok: true, workbook, parseMs, parts: [...read.entries.keys()] }
}

const SHEET_RELS = /^xl\/worksheets\/_rels\/[^/]+\.rels$/i
const COMMENTS_REL = /<(?:\w+:)?Relationship\b[^>]*\bType="[^"]*\/comments"[^>]*\/>/g

/**
 * The parts with worksheets' links to their comments (notes) removed. Notes are never compared
 * or imported, and exceljs 4.4.0 fails on notes stored anywhere but `xl/commentsN.xml`, as
 * openpyxl and others store them (`xl/comments/comment1.xml`): "Cannot read properties of
 * undefined (reading 'comments')".
 */
function withoutComments(parts: Map<string, Uint8Array>): Map<string, Uint8Array> {
  const out = new Map(parts)
  for (const [name, bytes] of parts) {
    if (!SHEET_RELS.test(name)) continue
    const xml = decodeXml(bytes)
    if (COMMENTS_REL.test(xml))
      out.set(name, new TextEncoder().encode(xml.replace(COMMENTS_REL, '')))
    COMMENTS_REL.lastIndex = 0
  }
  return out
}

function arrayBufferOf(bytes: Uint8Array): ArrayBuffer {
  const buffer = new ArrayBuffer(bytes.byteLength)
  new Uint8Array(buffer).set(bytes)
  return buffer
}

export function reason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  const line = text.split('\n')[0] ?? ''
  return line.length > 200 ? `${line.slice(0, 199)}…` : line
}

function seconds(ms: number): string {
  return `${(Math.round(ms / 100) / 10).toLocaleString('en-US')} seconds`
}
