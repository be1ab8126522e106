// Builds the desktop app into out/: main (ESM), the sandboxed preload (CommonJS) and the
// renderer. The renderer reuses the browser twin's Vite config so both get the same plugins,
// CSP meta tag and defines; only the output folder and entry differ.
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig, mergeConfig } from 'electron-vite'
import rendererConfig from './renderer/vite.config.ts'

// electron-vite bundles this file before loading it and keeps import.meta.url pointing here.
const root = fileURLToPath(new URL('.', import.meta.url))
const fromRoot = (path: string): string => resolve(root, path)

export default defineConfig({
  main: {
    build: {
      outDir: fromRoot('out/main'),
      lib: { entry: fromRoot('electron/main/index.ts') },
      // Bundled rather than loaded from node_modules, so out/ is complete on its own.
      externalizeDeps: false,
    },
  },
  preload: {
    build: {
      outDir: fromRoot('out/preload'),
      lib: { entry: fromRoot('electron/preload/index.ts') },
      // A sandboxed preload can load neither ES modules nor anything from node_modules.
      externalizeDeps: false,
      rolldownOptions: { output: { format: 'cjs' } },
    },
  },
  renderer: mergeConfig(rendererConfig, {
    root: fromRoot('renderer'),
    build: {
      outDir: fromRoot('out/renderer'),
      rolldownOptions: { input: fromRoot('renderer/index.html') },
    },
  }),
})
