import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { findElectronBinary } from './electron-binary.js'

let packageDir: string

beforeEach(async () => {
  packageDir = await mkdtemp(join(tmpdir(), 'allied-pipeline-electron-'))
  await writeFile(
    join(packageDir, 'package.json'),
    JSON.stringify({ name: 'electron', version: '45.5.0' }),
  )
  vi.stubEnv('ELECTRON_OVERRIDE_DIST_PATH', '')
})

afterEach(async () => {
  vi.unstubAllEnvs()
  await rm(packageDir, { recursive: true, force: true })
})

async function unpackBinary(version: string): Promise<void> {
  await mkdir(join(packageDir, 'dist'))
  await writeFile(join(packageDir, 'path.txt'), 'electron')
  await writeFile(join(packageDir, 'dist', 'electron'), '')
  await writeFile(join(packageDir, 'dist', 'version'), `v${version}`)
}

describe('findElectronBinary', () => {
  it('reports a package whose binary was never fetched', () => {
    expect(findElectronBinary(packageDir)).toEqual({
      found: false,
      reason:
        'node_modules/electron has no binary yet (Electron 45.5.0 downloads it on first start)',
    })
  })

  it('finds an unpacked binary of the right version', async () => {
    await unpackBinary('45.5.0')
    expect(findElectronBinary(packageDir)).toEqual({
      found: true,
      executablePath: join(packageDir, 'dist', 'electron'),
      version: '45.5.0',
    })
  })

  it('refuses a binary of another version', async () => {
    await unpackBinary('41.0.0')
    const binary = findElectronBinary(packageDir)
    expect(binary.found === false && binary.reason).toMatch(
      /binary is Electron 41\.0\.0 but the project needs 45\.5\.0/,
    )
  })

  it('reports when the electron package itself is missing', () => {
    expect(findElectronBinary(join(packageDir, 'nowhere'))).toMatchObject({ found: false })
  })
})
