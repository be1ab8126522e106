// Finds the Electron executable without downloading it. Since Electron 42 the npm package has
// no install step: `require('electron')` (and its CLI) fetch the binary on first use, which
// hangs or fails without internet. This mirrors that lookup (node_modules/electron/index.js
// and install.js) but only looks at the disk.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)

function electronPackageDir() {
  try {
    return dirname(require.resolve('electron/package.json'))
  } catch {
    return undefined
  }
}

/**
 * @param {string | undefined} packageDir the electron package's folder (tests pass a fake one)
 * @returns {import('./electron-binary.js').ElectronBinary}
 */
export function findElectronBinary(packageDir = electronPackageDir()) {
  const manifest = packageDir && join(packageDir, 'package.json')
  if (!manifest || !existsSync(manifest)) {
    return { found: false, reason: 'the electron package is not installed (run npm install)' }
  }
  const { version } = JSON.parse(readFileSync(manifest, 'utf8'))

  // The package writes path.txt (the executable's path inside dist/) once the download is unpacked.
  const pathFile = join(packageDir, 'path.txt')
  if (!existsSync(pathFile)) {
    return {
      found: false,
      reason: `node_modules/electron has no binary yet (Electron ${version} downloads it on first start)`,
    }
  }
  const platformPath = readFileSync(pathFile, 'utf8').trim()
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  const executablePath = join(override || join(packageDir, 'dist'), platformPath)
  if (!existsSync(executablePath)) return { found: false, reason: `${executablePath} is missing` }

  if (!override) {
    const versionFile = join(packageDir, 'dist', 'version')
    const installed = existsSync(versionFile)
      ? readFileSync(versionFile, 'utf8').trim().replace(/^v/, '')
      : 'unknown'
    if (installed !== version) {
      return {
        found: false,
        reason: `the binary is Electron ${installed} but the project needs ${version}`,
      }
    }
  }
  return { found: true, executablePath, version }
}
