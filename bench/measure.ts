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

export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN
}

export interface TargetFigure {
  readonly name: string
  /** "median" or "p95", as measured. */
  readonly stat: string
  readonly ms: number
  readonly baselineName: string
  readonly baselineMs: number
  /** A ratio to the baseline ("≤ 2×") or an absolute bound in ms ("< 16 ms"). */
  readonly target: { readonly ratio: number } | { readonly ms: number }
}

/** Prints each figure with its baseline, its ratio and whether it meets its target. */
export function printTargets(title: string, figures: readonly TargetFigure[]) {
  console.log(`\n${title}`)
  const width = Math.max(...figures.map((f) => f.name.length))
  for (const f of figures) {
    const ratio = f.ms / f.baselineMs
    const met = 'ratio' in f.target ? ratio <= f.target.ratio : f.ms < f.target.ms
    const target = 'ratio' in f.target ? `≤ ${f.target.ratio}× baseline` : `< ${f.target.ms} ms`
    console.log(
      `  ${f.name.padEnd(width)}  ${f.stat.padStart(6)} ${f.ms.toFixed(1).padStart(8)} ms  ` +
        `${ratio.toFixed(2).padStart(6)} × baseline  target ${target}: ${met ? 'met' : 'NOT MET'}`,
    )
    console.log(
      `  ${''.padEnd(width)}  baseline: ${f.baselineName} = ${f.baselineMs.toFixed(2)} ms`,
    )
  }
}
