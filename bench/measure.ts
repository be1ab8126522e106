// Timing that survives a noisy machine: warm up, take many samples, report the median, and
// compare every figure with a baseline measured in the same run.

export interface Figure {
  name: string
  medianMs: number
  ratio: number
}

export async function median(
  run: () => unknown,
  { samples = 15, warmup = 3 } = {},
): Promise<number> {
  for (let i = 0; i < warmup; i++) await run()
  const times: number[] = []
  for (let i = 0; i < samples; i++) {
    const started = performance.now()
    await run()
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)]!
}

export function printFigures(
  title: string,
  baselineName: string,
  baselineMs: number,
  figures: Omit<Figure, 'ratio'>[],
) {
  console.log(`\n${title}`)
  console.log(`baseline: ${baselineName} = ${baselineMs.toFixed(3)} ms (median)`)
  const width = Math.max(...figures.map((f) => f.name.length))
  for (const f of figures) {
    const ratio = f.medianMs / baselineMs
    console.log(
      `  ${f.name.padEnd(width)}  ${f.medianMs.toFixed(2).padStart(9)} ms   ${ratio.toFixed(1).padStart(7)} × baseline`,
    )
  }
}
