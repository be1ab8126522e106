// The grid's column model on TanStack Table: the row-label column, then one group column per
// section of the measure catalogue with its measures under it, which gives the two header rows
// (section, then measure) with their spans.
import { tableFeatures, useTable, type ColumnDef } from '@tanstack/react-table'
import { useMemo } from 'react'
import { sectionsOf, type MeasureDef } from '../../shared/reports/measures'
import type { GridRow } from './types'

export interface GridColumnMeta {
  /** Set on measure columns only. */
  readonly measure?: MeasureDef
  /** The measure's index in the grid, for positions and aria-colindex. */
  readonly col?: number
}

// A type-only slot: it gives `columnDef.meta` its type and is dropped at runtime.
const columnMeta: GridColumnMeta = {}
const features = tableFeatures({ columnMeta })
export type GridFeatures = typeof features

export const ROW_HEADER_COLUMN = 'row-label'

const getRowId = (row: GridRow) => row.id

function buildColumns(
  measures: readonly MeasureDef[],
  rowHeaderLabel: string,
): ColumnDef<GridFeatures, GridRow>[] {
  const col = new Map(measures.map((m, i) => [m.key, i]))
  return [
    { id: ROW_HEADER_COLUMN, header: rowHeaderLabel },
    ...sectionsOf(measures).map((section, i): ColumnDef<GridFeatures, GridRow> => ({
      id: `section-${i}`,
      header: section.section,
      meta: { col: col.get(section.measures[0]?.key ?? '') ?? 0 },
      columns: section.measures.map((measure) => ({
        id: measure.key,
        header: measure.short,
        meta: { measure, col: col.get(measure.key) ?? 0 },
      })),
    })),
  ]
}

export function useMeasureTable(
  rows: readonly GridRow[],
  measures: readonly MeasureDef[],
  rowHeaderLabel: string,
) {
  const columns = useMemo(() => buildColumns(measures, rowHeaderLabel), [measures, rowHeaderLabel])
  return useTable({ features, columns, data: rows, getRowId })
}

export type MeasureTable = ReturnType<typeof useMeasureTable>
