// The desktop smoke test: launches the built Electron app. Kept apart from the browser e2e
// suite, which runs everywhere; this one skips itself where the Electron binary is absent.
import { defineConfig } from '@playwright/test'

export default defineConfig({
  testDir: 'test/electron',
  testMatch: '*.test.ts',
  timeout: 60_000,
  workers: 1,
  reporter: [['list'], ['./test/electron/skip-reasons.ts']],
  outputDir: 'test-results/electron',
})
