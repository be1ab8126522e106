// The report inside a filled workbook's tables: programs and figures by row (education), or
// figures by occupation (employer, high school), and the explanations that go with them. Every
// problem lands in `problems` with its sheet and cell; the result is checked by the schema after.
import type { ParsedWorkbook } from './read-untrusted'
import { occupation, type OccupationId } from '../domain/occupations'
import { measuresFor, type ReportKind } from '../reports/schemas'
import { quoted } from './cells'
import {
  EXPLANATIONS_SHEET,
  FIRST_DATA_ROW,
  MAX_EXPLANATION_ROWS,
  MAX_TABLE_ROWS,
  PROGRAMS_SHEET,
  PROGRAM_COLUMNS,
  dataSheetColumns,
} from './layout'
import { readOccupation } from './read-cells'
import {
  at,
  dataRows,
  readExplanations,
  readFigures,
  readPrograms,
  readTable,
  type Problems,
  type ProgramEntry,
} from './read-tables'

/** A program the file already carries an id for (template marker or signed payload). */
export interface KnownProgram {
  readonly id: string
  readonly name: string
}

const LAST_TABLE_ROW = FIRST_DATA_ROW + MAX_TABLE_ROWS - 1
const LAST_EXPLANATION_ROW = FIRST_DATA_ROW + MAX_EXPLANATION_ROWS - 1

type Values = Map<string, number | null>
type Notes = Record<string, string>

const tableLimit = (what: string) =>
  `A report has at most ${MAX_TABLE_ROWS} ${what}, in rows 2 to ${LAST_TABLE_ROW}; rows below must stay empty.`

/** An education report, unchecked: the caller parses it with the schema. */
export function readEducation(
  workbook: ParsedWorkbook,
  known: readonly KnownProgram[],
  problems: Problems,
  newProgramId: (() => string) | undefined,
): unknown {
  const programSheet = workbook.sheet(PROGRAMS_SHEET)
  const programCells = programSheet
    ? readTable(programSheet, PROGRAM_COLUMNS, LAST_TABLE_ROW, tableLimit('programs'), problems)
    : null
  const { entries, names } = programCells
    ? readPrograms(programCells, problems)
    : { entries: [], names: new Map<number, string>() }
  const byRow = new Map(entries.map((p) => [p.row, p]))
  const values = new Map<number, Values>()

  for (const { name, columns } of dataSheetColumns('education')) {
    const sheet = workbook.sheet(name)
    const cells =
      sheet && readTable(sheet, columns, LAST_TABLE_ROW, tableLimit('programs'), problems)
    if (!cells) continue
    for (const row of dataRows(cells)) {
      const program = byRow.get(row)
      const label = at(cells, row, 1)
      // A typed label (an exported workbook) must agree with Programs; the template's is a formula.
      if (program && label.type === 'text' && label.value.trim() !== program.name) {
        problems.add(
          name,
          `This row is ${quoted(label.value)} but row ${row} of Programs is ${quoted(program.name)}; keep the rows of every sheet in the order of the Programs sheet.`,
          row,
          1,
        )
      }
      const figures = readFigures(
        cells,
        name,
        row,
        columns,
        names.get(row) ?? `row ${row}`,
        problems,
      )
      const filled = [...figures.entries()].filter(([, v]) => v !== null)
      if (!names.has(row) && filled.length > 0) {
        const column = columns.findIndex((c) => c.measure?.key === filled[0]?.[0]) + 1
        problems.add(
          name,
          `There is no program in row ${row} of the Programs sheet for this figure.`,
          row,
          column,
        )
      }
      const own = values.get(row) ?? new Map<string, number | null>()
      for (const [key, value] of figures) own.set(key, value)
      values.set(row, own)
    }
  }

  const explanations = new Map<number, Notes>()
  const rowsByName = new Map<string, number[]>()
  for (const [row, name] of names) rowsByName.set(name, [...(rowsByName.get(name) ?? []), row])
  for (const e of readExplanations(
    workbook.sheet(EXPLANATIONS_SHEET),
    'education',
    LAST_EXPLANATION_ROW,
    problems,
  )) {
    const rows = rowsByName.get(e.label) ?? []
    if (rows.length !== 1) {
      problems.add(
        EXPLANATIONS_SHEET,
        rows.length === 0
          ? `${quoted(e.label)} is not a program on the Programs sheet.`
          : `Two programs are named ${quoted(e.label)}; give them different names so the explanation can say which.`,
        e.row,
        1,
      )
      continue
    }
    addExplanation(explanations, rows[0] ?? 0, e, problems)
  }

  const ids = programIds(entries, known, newProgramId)
  return {
    kind: 'education',
    programs: entries.map((p, i) => programOf(p, ids[i] ?? '')),
    rows: entries.map((p, i) => ({
      programId: ids[i],
      values: filledValues('education', values.get(p.row)),
      explanations: explanations.get(p.row) ?? {},
    })),
  }
}

/** An employer or high-school report, unchecked: the caller parses it with the schema. */
export function readOccupations(
  workbook: ParsedWorkbook,
  kind: 'employer' | 'high-school',
  problems: Problems,
): unknown {
  const values = new Map<OccupationId, Values>()
  for (const { name, columns } of dataSheetColumns(kind)) {
    const sheet = workbook.sheet(name)
    const cells =
      sheet && readTable(sheet, columns, LAST_TABLE_ROW, tableLimit('occupations'), problems)
    if (!cells) continue
    const seen = new Set<OccupationId>()
    for (const row of dataRows(cells)) {
      const read = readOccupation(at(cells, row, 1))
      const id = read.ok ? read.value : undefined
      if (!read.ok) problems.add(name, read.problem, row, 1)
      const figures = readFigures(
        cells,
        name,
        row,
        columns,
        id ? occupation(id).name : `row ${row}`,
        problems,
      )
      if (id === null) {
        if ([...figures.values()].some((v) => v !== null)) {
          problems.add(
            name,
            'This row has figures but no occupation; write the occupation in column A.',
            row,
            1,
          )
        }
        continue
      }
      if (!id) continue
      if (seen.has(id)) {
        problems.add(name, `${occupation(id).name} appears twice on this sheet.`, row, 1)
        continue
      }
      seen.add(id)
      const own = values.get(id) ?? new Map<string, number | null>()
      for (const [key, value] of figures) own.set(key, value)
      values.set(id, own)
    }
  }

  const explanations = new Map<OccupationId, Notes>()
  for (const e of readExplanations(
    workbook.sheet(EXPLANATIONS_SHEET),
    kind,
    LAST_EXPLANATION_ROW,
    problems,
  )) {
    const read = readOccupation({ type: 'text', value: e.label })
    if (!read.ok || read.value === null || !values.has(read.value)) {
      problems.add(
        EXPLANATIONS_SHEET,
        `${quoted(e.label)} is not an occupation on the data sheets.`,
        e.row,
        1,
      )
      continue
    }
    addExplanation(explanations, read.value, e, problems)
  }

  // An occupation listed but left blank everywhere is not reported on.
  const reported = [...values.entries()].filter(
    ([id, v]) => [...v.values()].some((x) => x !== null) || explanations.has(id),
  )
  return {
    kind,
    rows: reported.map(([id, v]) => ({
      occupation: id,
      values: filledValues(kind, v),
      explanations: explanations.get(id) ?? {},
    })),
  }
}

function addExplanation<K>(
  to: Map<K, Notes>,
  key: K,
  entry: { row: number; measure: { key: string; label: string }; text: string },
  problems: Problems,
): void {
  const notes = to.get(key) ?? {}
  if (notes[entry.measure.key] !== undefined) {
    problems.add(
      EXPLANATIONS_SHEET,
      `A second explanation of ${entry.measure.label} for the same row; keep one.`,
      entry.row,
      2,
    )
    return
  }
  notes[entry.measure.key] = entry.text
  to.set(key, notes)
}

function filledValues(kind: ReportKind, values: Values | undefined): Record<string, number | null> {
  return Object.fromEntries(measuresFor(kind).map((m) => [m.key, values?.get(m.key) ?? null]))
}

function programOf(p: ProgramEntry, id: string) {
  const { name, occupation, cip, credential, campus, accreditor } = p
  return { id, name, occupation, cip, credential, campus, accreditor }
}

/** Ids the file already carries, matched by name; new ones for programs it does not know. */
function programIds(
  entries: readonly ProgramEntry[],
  known: readonly KnownProgram[],
  newProgramId: (() => string) | undefined,
): string[] {
  const unused = [...known]
  const newId = newProgramId ?? (() => globalThis.crypto.randomUUID())
  return entries.map((p) => {
    const i = unused.findIndex((k) => k.name === p.name)
    if (i < 0) return newId()
    const [known] = unused.splice(i, 1)
    return known?.id ?? newId()
  })
}
