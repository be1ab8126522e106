// Horizontal bars in SVG (visx): one row per figure, segments stacked from 0, the figure in words
// at the end of the bar. Titled and described for screen readers; the same numbers are in the
// data table beside it.
import { AxisBottom } from '@visx/axis'
import { Group } from '@visx/group'
import { scaleLinear } from '@visx/scale'
import { Bar, Line } from '@visx/shape'
import { Text } from '@visx/text'
import type { BarChartData } from './chart-data'
import { ChartFigure } from './ChartFigure'

const WIDTH = 720
const LABEL = 250
const VALUE = 190
const ROW = 26
const AXIS = 34

export function BarChart({ data }: { data: BarChartData }) {
  const height = data.rows.length * ROW + AXIS + 8
  const totals = data.rows.map((r) => r.segments.reduce((sum, s) => sum + s.value, 0))
  const max = Math.max(1, data.reference?.value ?? 0, ...totals)
  const x = scaleLinear<number>({ domain: [0, max], range: [0, WIDTH - LABEL - VALUE], nice: true })
  return (
    <ChartFigure title={data.title} table={data.table}>
      {({ titleId, descId }) => (
        <svg
          role="img"
          aria-labelledby={`${titleId} ${descId}`}
          viewBox={`0 0 ${WIDTH} ${height}`}
          width="100%"
          className="bar-chart"
        >
          <title id={titleId}>{data.title}</title>
          <desc id={descId}>{data.description}</desc>
          <Group top={4} left={LABEL}>
            {data.rows.map((row, i) => {
              let start = 0
              const y = i * ROW
              return (
                <Group key={row.key} top={y}>
                  <Text
                    x={-8}
                    y={ROW / 2}
                    textAnchor="end"
                    verticalAnchor="middle"
                    className="chart-label"
                  >
                    {row.label}
                  </Text>
                  {row.segments.map((s, j) => {
                    const from = start
                    start += s.value
                    return (
                      <Bar
                        key={j}
                        x={x(from)}
                        y={4}
                        width={Math.max(0, x(start) - x(from))}
                        height={ROW - 8}
                        className={`bar tone-${s.tone}${j > 0 ? ' stacked' : ''}`}
                      >
                        <title>{`${s.label}: ${s.value}`}</title>
                      </Bar>
                    )
                  })}
                  <Text
                    x={x(start) + 6}
                    y={ROW / 2}
                    verticalAnchor="middle"
                    className="chart-value"
                  >
                    {row.valueText}
                  </Text>
                </Group>
              )
            })}
            {data.reference && (
              <Group>
                <Line
                  from={{ x: x(data.reference.value), y: 0 }}
                  to={{ x: x(data.reference.value), y: data.rows.length * ROW }}
                  className="chart-reference"
                />
              </Group>
            )}
            <AxisBottom
              top={data.rows.length * ROW}
              scale={x}
              numTicks={5}
              tickFormat={(v) => (data.axis === 'ratio' ? Number(v).toFixed(1) : String(v))}
              axisClassName="chart-axis"
            />
          </Group>
        </svg>
      )}
    </ChartFigure>
  )
}
