// Vitest global setup: the command line tests run the prebuilt bundle, as users do, so it is
// built from the current sources first (a second or two), never a stale one left by `npm ci`.
import { buildCli } from '../../scripts/build-cli.js'

export default async function setup(): Promise<void> {
  await buildCli()
}
