// Reading and writing files for the command line, with messages a person can act on instead of
// Node's error codes.
import { mkdir, open, stat, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { ImportedKey } from '../../shared/crypto/key-file'
import { CliFailure } from './command'

/** Why a file operation failed, in words rather than Node's error code. */
export function reason(error: unknown): string {
  switch ((error as { code?: unknown }).code) {
    case 'ENOSPC':
      return 'the disk is full'
    case 'EROFS':
      return 'the disk is read-only'
    case 'ENOENT':
      return 'no such file'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EISDIR':
      return 'it is a folder, not a file'
    case 'EEXIST':
      return 'it already exists'
    case 'ENOTDIR':
      return 'a part of the path is not a folder'
    default:
      return error instanceof Error ? error.message : String(error)
  }
}

/** The file can be read, but it is far larger than the kind of file it should be. */
export class FileTooLarge extends CliFailure {
  constructor(path: string, size: number, maxBytes: number) {
    super(`${path} is ${megabytes(size)}, more than the ${megabytes(maxBytes)} allowed`)
  }
}

/** The file's bytes, refusing (before reading) anything larger than `maxBytes`. */
export async function readBytes(path: string, maxBytes: number): Promise<Uint8Array> {
  try {
    const handle = await open(path, 'r')
    try {
      const info = await handle.stat()
      const size = info.size
      if (!info.isFile()) throw new CliFailure(`cannot read ${path}: not a file`)
      if (size > maxBytes) throw new FileTooLarge(path, size, maxBytes)
      return new Uint8Array(await handle.readFile())
    } finally {
      await handle.close()
    }
  } catch (error) {
    if (error instanceof CliFailure) throw error
    throw new CliFailure(`cannot read ${path}: ${reason(error)}`)
  }
}

export async function readText(path: string, maxBytes: number): Promise<string> {
  return new TextDecoder().decode(await readBytes(path, maxBytes))
}

function megabytes(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.ceil(bytes / 1024)} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/** Fails with a message if `path` exists, so that nothing is half written when a later file would be refused. */
export async function mustNotExist(path: string): Promise<void> {
  try {
    await stat(path)
  } catch {
    return
  }
  throw new CliFailure(`${path} already exists; choose another name or move the old file away`)
}

/**
 * Writes a new file, never over an existing one. `mode` 0o600 keeps a private key readable by
 * its owner only (where the file system has Unix permissions).
 */
export async function writeNewFile(
  path: string,
  data: Uint8Array | string,
  mode = 0o644,
): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true })
    await writeFile(path, data, { flag: 'wx', mode })
  } catch (error) {
    if ((error as { code?: unknown }).code === 'EEXIST') {
      throw new CliFailure(`${path} already exists; choose another name or move the old file away`)
    }
    throw new CliFailure(`cannot write ${path}: ${reason(error)}`)
  }
}

/** Whether `path` names an existing folder. */
export async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory()
  } catch {
    return false
  }
}

/**
 * Where `--out` puts a file named `fileName`: inside it when it is a folder (existing, or
 * written with a trailing slash), else at `--out` itself.
 */
export async function outputPath(out: string, fileName: string): Promise<string> {
  if (/[\\/]$/.test(out) || (await isFolder(out))) return join(out, fileName)
  return out
}

/** A key file is a few hundred bytes. */
const MAX_KEY_FILE_BYTES = 64 * 1024

/** A key file from `keygen`, checked (its private key must sign for its public key). */
export async function readKeyFile(path: string): Promise<ImportedKey> {
  // Loaded here, not with this module: `verify` reads files too and should not wait for zod.
  const { KeyFileError, importKeyFile } = await import('../../shared/crypto/key-file')
  try {
    return await importKeyFile(await readText(path, MAX_KEY_FILE_BYTES))
  } catch (error) {
    if (error instanceof KeyFileError) throw new CliFailure(`cannot use ${path}: ${error.message}`)
    throw error
  }
}
