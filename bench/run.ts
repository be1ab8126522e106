// `npm run bench`: every figure is a median and a ratio to a baseline measured in the same run,
// because these machines are noisy and absolute times are not comparable between runs.
import 'fake-indexeddb/auto'
import { benchAnalysis } from './analysis.bench'
import { benchCli } from './cli.bench'
import { benchCore } from './core.bench'
import { benchDataPath } from './data-path.bench'
import { benchGrid } from './grid.bench'
import { benchVerify } from './verify.bench'

await benchCore()
await benchCli()
await benchDataPath()
await benchGrid()
await benchVerify()
await benchAnalysis()
