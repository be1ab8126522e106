// Every occupation in one table (TanStack Table v9): sortable by any column, filterable by name
// and by band, and each row expands to the institutions behind its supply (expected completers,
// the shares used with the assumed ones marked, supply contributed).
import {
  columnFilteringFeature,
  createExpandedRowModel,
  createFilteredRowModel,
  createSortedRowModel,
  filterFn_includesString,
  rowExpandingFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
  useTable,
  type ColumnDef,
} from '@tanstack/react-table'
import { useMemo } from 'react'
import type { OccupationAnalysis } from '../../../shared/analysis/analysis'
import { BAND_LABELS, BANDS, type Band, type Comparison } from '../../../shared/analysis/coverage'
import {
  bindingText,
  coverageText,
  figureText,
  protectedText,
  type Audience,
} from '../../../shared/analysis/findings'
import { contributionsTable } from './charts/chart-data'
import { DataTable } from './charts/ChartFigure'

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
  columnFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  filterFns: { includesString: filterFn_includesString },
  rowExpandingFeature,
  expandedRowModel: createExpandedRowModel(),
})
type Features = typeof features

interface OverviewRow {
  readonly occupation: OccupationAnalysis
  readonly published: Comparison | undefined
  readonly employers: Comparison | undefined
}

const order = (band: Band | null | undefined) => (band ? BANDS.indexOf(band) : -1)

function columns(audience: Audience): ColumnDef<Features, OverviewRow>[] {
  const coverage = (c: Comparison | undefined) =>
    c ? protectedText(c.coverage, audience, coverageText) : 'unknown'
  const band = (c: Comparison | undefined) =>
    c ? protectedText(c.band, audience, (b) => (b === null ? 'unknown' : BAND_LABELS[b])) : ''
  // Sorting reads the value the audience may see: a suppressed figure sorts as unknown.
  const seen = (c: Comparison | undefined) =>
    c && (c.coverage.protection === 'none' || audience === 'board') ? (c.coverage.value ?? -1) : -1
  return [
    {
      id: 'name',
      header: 'Occupation',
      accessorFn: (r) => r.occupation.name,
      sortFn: 'alphanumeric',
      filterFn: 'includesString',
    },
    {
      id: 'supply',
      header: 'Supply',
      accessorFn: (r) => r.occupation.supply.value ?? -1,
      cell: ({ row }) =>
        `${figureText(row.original.occupation.supply.value)}${row.original.occupation.supply.assumed ? ' (assumed shares)' : ''}`,
      sortFn: 'basic',
    },
    {
      id: 'openings',
      header: 'Published annual openings',
      accessorFn: (r) => r.published?.demand.value ?? -1,
      cell: ({ row }) => figureText(row.original.published?.demand.value ?? null),
      sortFn: 'basic',
    },
    {
      id: 'openingsCoverage',
      header: 'Coverage (published openings)',
      accessorFn: (r) => seen(r.published),
      cell: ({ row }) => coverage(row.original.published),
      sortFn: 'basic',
    },
    {
      id: 'openingsBand',
      header: 'Band (published openings)',
      accessorFn: (r) => order(r.published?.band.value),
      cell: ({ row }) => band(row.original.published),
      sortFn: 'basic',
      // Filtering by band picks the band's label from a select.
      filterFn: (row, _id, wanted: unknown) =>
        typeof wanted !== 'string' ||
        wanted === '' ||
        row.original.published?.band.value === wanted,
    },
    {
      id: 'employerDemand',
      header: 'Employer-reported demand',
      accessorFn: (r) =>
        r.employers && (r.employers.demand.protection === 'none' || audience === 'board')
          ? (r.employers.demand.value ?? -1)
          : -1,
      cell: ({ row }) =>
        row.original.employers
          ? protectedText(row.original.employers.demand, audience, figureText)
          : 'unknown',
      sortFn: 'basic',
    },
    {
      id: 'employerCoverage',
      header: 'Coverage (employer-reported)',
      accessorFn: (r) => seen(r.employers),
      // Coverage and band together, marked once: "0.96, Balanced (board only: …)".
      cell: ({ row }) => {
        const c = row.original.employers
        if (!c) return 'unknown'
        return protectedText(c.coverage, audience, (v) =>
          v === null || c.band.value === null
            ? 'unknown'
            : `${coverageText(v)}, ${BAND_LABELS[c.band.value].toLowerCase()}`,
        )
      },
      sortFn: 'basic',
    },
    {
      id: 'binding',
      header: 'Binding constraint',
      accessorFn: (r) => r.occupation.pipeline.capacity.binding?.kind ?? '',
      cell: ({ row }) => bindingText(row.original.occupation),
      sortFn: 'alphanumeric',
    },
  ]
}

export function OverviewTable({
  occupations,
  audience,
}: {
  occupations: readonly OccupationAnalysis[]
  audience: Audience
}) {
  const data = useMemo(
    () =>
      occupations.map((o) => ({
        occupation: o,
        published: o.comparisons.find((c) => c.basis === 'published-openings'),
        employers: o.comparisons.find((c) => c.basis === 'employer-reported'),
      })),
    [occupations],
  )
  const cols = useMemo(() => columns(audience), [audience])
  const table = useTable({
    features,
    columns: cols,
    data,
    getRowId: (r) => r.occupation.occupation,
    getRowCanExpand: (r) => r.original.occupation.supply.programs.length > 0,
  })
  const nameFilter = table.getColumn('name')
  const bandFilter = table.getColumn('openingsBand')
  const rows = table.getRowModel().rows
  const span = table.getAllLeafColumns().length + 1

  return (
    <div className="overview">
      <div className="filters" role="search" aria-label="Filter occupations">
        <label>
          Occupation contains{' '}
          <input
            type="search"
            value={
              typeof nameFilter?.getFilterValue() === 'string'
                ? String(nameFilter.getFilterValue())
                : ''
            }
            onChange={(e) => nameFilter?.setFilterValue(e.target.value)}
          />
        </label>
        <label>
          Band (published openings){' '}
          <select
            value={
              typeof bandFilter?.getFilterValue() === 'string'
                ? String(bandFilter.getFilterValue())
                : ''
            }
            onChange={(e) => bandFilter?.setFilterValue(e.target.value || undefined)}
          >
            <option value="">Any band</option>
            {BANDS.map((b) => (
              <option key={b} value={b}>
                {BAND_LABELS[b]}
              </option>
            ))}
          </select>
        </label>
        <p role="status">
          {rows.filter((r) => r.depth === 0).length} of {occupations.length} occupations shown
        </p>
      </div>
      <table className="data-table overview-table">
        <caption>All occupations: supply, demand on both bases, coverage and band</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              <th scope="col">
                <span className="visually-hidden">Institutions</span>
              </th>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted()
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={
                      sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'
                    }
                  >
                    <button
                      type="button"
                      className="sort"
                      onClick={header.column.getToggleSortingHandler()}
                    >
                      <table.FlexRender header={header} />
                      <span aria-hidden="true">
                        {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                      </span>
                    </button>
                  </th>
                )
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {rows.map((row) => (
            <OverviewRows key={row.id} row={row} span={span} table={table} />
          ))}
        </tbody>
      </table>
    </div>
  )
}

type OverviewTableInstance = ReturnType<typeof useTable<Features, OverviewRow>>
type Row = ReturnType<OverviewTableInstance['getRowModel']>['rows'][number]

function OverviewRows({
  row,
  span,
  table,
}: {
  row: Row
  span: number
  table: OverviewTableInstance
}) {
  const o = row.original.occupation
  const expanded = row.getIsExpanded()
  const detailId = `contributions-${o.occupation}`
  return (
    <>
      <tr>
        <td>
          {row.getCanExpand() && (
            <button
              type="button"
              className="expander"
              aria-expanded={expanded}
              aria-controls={expanded ? detailId : undefined}
              onClick={() => row.toggleExpanded()}
            >
              <span aria-hidden="true">{expanded ? '▾' : '▸'}</span>
              <span className="visually-hidden">Institutions behind {o.name}</span>
            </button>
          )}
        </td>
        {row.getAllCells().map((cell, i) =>
          i === 0 ? (
            <th key={cell.id} scope="row">
              <table.FlexRender cell={cell} />
            </th>
          ) : (
            <td key={cell.id}>
              <table.FlexRender cell={cell} />
            </td>
          ),
        )}
      </tr>
      {expanded && (
        <tr className="drill-down" id={detailId}>
          <td colSpan={span}>
            <DataTable
              caption={`${o.name}: each institution’s contribution to supply`}
              table={contributionsTable(o)}
            />
          </td>
        </tr>
      )}
    </>
  )
}
