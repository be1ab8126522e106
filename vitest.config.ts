import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: [
      'shared/**/*.test.ts',
      'renderer/**/*.test.{ts,tsx}',
      'electron/**/*.test.ts',
      'scripts/**/*.test.ts',
      'test/interop/**/*.test.ts',
      'test/cli/**/*.test.ts',
      'test/app-cli/**/*.test.ts',
      'test/hostile/**/*.test.ts',
      'test/fixtures/**/*.test.ts',
    ],
    testTimeout: 30_000,
    globalSetup: ['test/cli/build-cli.global.ts'],
    setupFiles: ['fake-indexeddb/auto'],
    environment: 'node',
  },
})
