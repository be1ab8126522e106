// `npm run bench`: every figure is a median and a ratio to a baseline measured in the same run,
// because these machines are noisy and absolute times are not comparable between runs.
// `BENCH_ONLY=grid npm run bench` (or core, cli, data-path, verify, import, hostile-check, merge,
// analysis, analysis-switch, regional; comma-separated) runs some.
import 'fake-indexeddb/auto'
import { benchAnalysis } from './analysis.bench'
import { benchAnalysisSwitch } from './analysis-switch.bench'
import { benchCli } from './cli.bench'
import { benchCore } from './core.bench'
import { benchDataPath } from './data-path.bench'
import { benchGrid } from './grid.bench'
import { benchHostileCheck } from './hostile-check.bench'
import { benchImport } from './import.bench'
import { benchMerge } from './merge.bench'
import { benchRegional } from './regional.bench'
import { benchVerify } from './verify.bench'

const benches: Record<string, () => Promise<void>> = {
  core: benchCore,
  cli: benchCli,
  'data-path': benchDataPath,
  grid: benchGrid,
  verify: benchVerify,
  import: benchImport,
  'hostile-check': benchHostileCheck,
  merge: benchMerge,
  analysis: benchAnalysis,
  'analysis-switch': benchAnalysisSwitch,
  regional: benchRegional,
}
const only = process.env.BENCH_ONLY?.split(',').map((name) => name.trim())
const unknown = only?.filter((name) => !(name in benches)) ?? []
if (unknown.length > 0) {
  console.error(
    `BENCH_ONLY names no bench called ${unknown.join(', ')}; the benches are ${Object.keys(benches).join(', ')}.`,
  )
  process.exit(2)
}
for (const [name, run] of Object.entries(benches)) if (!only || only.includes(name)) await run()
