// A chart with its data table beside it: the SVG (role="img", titled and described for screen
// readers) and a table of the same numbers, which screen readers and print also get.
import { useId, type ReactNode } from 'react'
import type { Table } from './chart-data'

export function ChartFigure({
  title,
  table,
  children,
}: {
  title: string
  table: Table
  children: (ids: { titleId: string; descId: string }) => ReactNode
}) {
  const id = useId()
  const titleId = `${id}-title`
  const descId = `${id}-desc`
  return (
    <figure className="chart-figure">
      <div className="chart">{children({ titleId, descId })}</div>
      <DataTable caption={title} table={table} />
    </figure>
  )
}

export function DataTable({ caption, table }: { caption: string; table: Table }) {
  return (
    <table className="data-table chart-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {table.columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, i) => (
          <tr key={i}>
            {row.map((cell, j) =>
              j === 0 ? (
                <th key={j} scope="row">
                  {cell}
                </th>
              ) : (
                <td key={j}>{cell}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
