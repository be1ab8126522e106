// The independent readers the interop tests use: LibreOffice (re-saves a workbook as a user
// who opens and saves it would, and reads it to CSV) and openpyxl (reads and edits cells as a
// script would). Missing tools fail the tests with what to install; nothing is skipped.
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const PYTHON = '/usr/bin/python3'

export async function requireLibreOffice(): Promise<void> {
  try {
    await run('soffice', ['--version'], { timeout: 60_000 })
  } catch {
    throw new Error(
      'LibreOffice (soffice) is not installed; the workbook interop tests need it. Install it with: apt-get update && apt-get install -y --no-install-recommends libreoffice-calc-nogui',
    )
  }
}

export async function requireOpenpyxl(): Promise<void> {
  try {
    await run(PYTHON, ['-c', 'import openpyxl'], { timeout: 30_000 })
  } catch {
    throw new Error(
      `openpyxl is not available to ${PYTHON}; the workbook interop tests need it. Install it with: apt-get update && apt-get install -y python3-openpyxl`,
    )
  }
}

/** A private folder, removed by the returned function. */
export async function scratch(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'allied-interop-'))
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) }
}

/**
 * LibreOffice with its own profile, so that parallel runs do not share (and lock) one. Each
 * call converts one file; the first start of a profile takes a few seconds.
 */
export class LibreOffice {
  private constructor(private readonly dir: string) {}

  static async start(dir: string): Promise<LibreOffice> {
    await requireLibreOffice()
    return new LibreOffice(dir)
  }

  private async convert(bytes: Uint8Array, filter: string, ext: string): Promise<string[]> {
    const job = await mkdtemp(join(this.dir, 'job-'))
    const input = join(job, 'book.xlsx')
    const out = join(job, 'out')
    await writeFile(input, bytes)
    await run(
      'soffice',
      [
        `-env:UserInstallation=file://${join(this.dir, 'profile')}`,
        '--headless',
        '--norestore',
        '--convert-to',
        filter,
        '--outdir',
        out,
        input,
      ],
      { timeout: 120_000 },
    )
    const files = (await readdir(out)).filter((f) => f.endsWith(ext)).sort()
    if (files.length === 0) throw new Error(`LibreOffice wrote no ${ext} file`)
    return files.map((f) => join(out, f))
  }

  /** The workbook as LibreOffice saves it after opening it: a re-save without edits. */
  async resave(bytes: Uint8Array): Promise<Uint8Array> {
    const [file] = await this.convert(bytes, 'xlsx:Calc MS Excel 2007 XML', '.xlsx')
    return new Uint8Array(await readFile(file ?? ''))
  }

  /** Every sheet as CSV text (UTF-8), by sheet name, as LibreOffice reads them. */
  async csvSheets(bytes: Uint8Array): Promise<Map<string, string>> {
    // Token 12 of the CSV filter options is the sheet to export; -1 writes every sheet to its
    // own file, named <file>-<sheet>.csv. Token 9 false: values as stored, not as formatted.
    const files = await this.convert(
      bytes,
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
      '.csv',
    )
    const sheets = new Map<string, string>()
    for (const file of files) {
      const name = /book-(.*)\.csv$/.exec(file)?.[1] ?? file
      sheets.set(name, await readFile(file, 'utf8'))
    }
    return sheets
  }
}

/**
 * Runs a Python snippet with openpyxl on a copy of `bytes` (`path` in the snippet). It prints
 * JSON; the result is that JSON and the file's bytes afterwards (for snippets that save it).
 */
export async function openpyxl<T>(
  dir: string,
  bytes: Uint8Array,
  snippet: string,
): Promise<{ result: T; bytes: Uint8Array }> {
  await requireOpenpyxl()
  const job = await mkdtemp(join(dir, 'py-'))
  const path = join(job, 'book.xlsx')
  await writeFile(path, bytes)
  const script = `import json, sys, openpyxl\npath = sys.argv[1]\n${snippet}\n`
  const { stdout } = await run(PYTHON, ['-c', script, path], { timeout: 60_000 })
  return { result: JSON.parse(stdout) as T, bytes: new Uint8Array(await readFile(path)) }
}

/** Rows of CSV text (RFC 4180: quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i)
    if (quoted) {
      if (ch === '"' && text.charAt(i + 1) === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      row.push(field)
      field = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text.charAt(i + 1) === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += ch
  }
  if (field !== '' || row.length > 0) rows.push([...row, field])
  return rows
}
