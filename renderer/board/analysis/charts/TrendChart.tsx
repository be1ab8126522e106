// Coverage cycle by cycle on both demand bases (visx, SVG), with the band thresholds drawn as
// reference lines so a point reads as a band at a glance; the data table beside it says each.
import { AxisBottom, AxisLeft } from '@visx/axis'
import { Group } from '@visx/group'
import { scaleLinear, scalePoint } from '@visx/scale'
import { LinePath, Line } from '@visx/shape'
import { Text } from '@visx/text'
import type { TrendData } from './chart-data'
import { ChartFigure } from './ChartFigure'

const WIDTH = 720
const HEIGHT = 240
const M = { top: 12, right: 200, bottom: 34, left: 48 }
const THRESHOLDS = [
  { value: 0.6, label: 'shortage from 0.60' },
  { value: 0.91, label: 'balanced from 0.91' },
  { value: 1.21, label: 'surplus from 1.21' },
  { value: 1.5, label: 'large surplus from 1.50' },
]

export function TrendChart({ data }: { data: TrendData }) {
  const values = data.series.flatMap((s) => s.points.map((p) => p.coverage ?? 0))
  const y = scaleLinear<number>({
    domain: [0, Math.max(1.6, ...values)],
    range: [HEIGHT - M.top - M.bottom, 0],
  })
  const x = scalePoint<string>({
    domain: [...data.cycles],
    range: [0, WIDTH - M.left - M.right],
    padding: 0.5,
  })
  return (
    <ChartFigure title={data.title} table={data.table}>
      {({ titleId, descId }) => (
        <svg
          role="img"
          aria-labelledby={`${titleId} ${descId}`}
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          width="100%"
          className="trend-chart"
        >
          <title id={titleId}>{data.title}</title>
          <desc id={descId}>{data.description}</desc>
          <Group top={M.top} left={M.left}>
            {THRESHOLDS.map((t) => (
              <Group key={t.value}>
                <Line
                  from={{ x: 0, y: y(t.value) }}
                  to={{ x: WIDTH - M.left - M.right, y: y(t.value) }}
                  className="chart-threshold"
                />
                <Text
                  x={WIDTH - M.left - M.right + 6}
                  y={y(t.value)}
                  verticalAnchor="middle"
                  className="chart-value"
                >
                  {t.label}
                </Text>
              </Group>
            ))}
            {data.series.map((s) => {
              const known = s.points.filter((p) => p.coverage !== null)
              return (
                <Group key={s.basis} className={`series series-${s.basis}`}>
                  <LinePath
                    data={known}
                    x={(p) => x(p.cycle) ?? 0}
                    y={(p) => y(p.coverage ?? 0)}
                    className="trend-line"
                  />
                  {known.map((p) => (
                    <circle
                      key={p.cycle}
                      cx={x(p.cycle) ?? 0}
                      cy={y(p.coverage ?? 0)}
                      r={5}
                      className="trend-point"
                    >
                      <title>{`${s.label}, ${p.cycle}: ${(p.coverage ?? 0).toFixed(2)}`}</title>
                    </circle>
                  ))}
                </Group>
              )
            })}
            {data.series.map((s, i) => (
              <Group
                key={s.basis}
                top={HEIGHT - M.top - M.bottom - 40 + i * 18}
                left={WIDTH - M.left - M.right + 6}
                className={`series series-${s.basis}`}
              >
                <Line from={{ x: 0, y: 0 }} to={{ x: 22, y: 0 }} className="trend-line" />
                <Text x={28} y={0} verticalAnchor="middle" className="chart-value">
                  {s.label}
                </Text>
              </Group>
            ))}
            <AxisLeft
              scale={y}
              numTicks={4}
              tickFormat={(v) => Number(v).toFixed(1)}
              axisClassName="chart-axis"
            />
            <AxisBottom top={HEIGHT - M.top - M.bottom} scale={x} axisClassName="chart-axis" />
          </Group>
        </svg>
      )}
    </ChartFigure>
  )
}
