// Files and folders dropped onto the import, or chosen with a folder picker, as the batch's
// source files. A folder is walked to the bottom; Chromium hands a folder's entries out at most
// 100 per readEntries call, so each folder is read until a call returns nothing. Only workbooks
// and saved messages are taken from folders (a folder of replies also holds PDFs and
// signatures); a file dropped or chosen on its own is always taken, so that a wrong one gets a
// clear refusal rather than vanishing.
import { byPath, isTakenFromFolder } from '../../../shared/intake/folder-files'
import type { FolderFile } from '../../platform'
import { readWithin } from '../../platform/read-within'
import type { SourceFile } from './read-batch'

export function sourceOfFile(file: File, name: string = file.name): SourceFile {
  return {
    name,
    // Asked for only to say how large a refused file is (see read-within.ts).
    get size() {
      return file.size
    },
    bytes: (maxBytes) => readWithin(file, maxBytes),
  }
}

/** The files of an `<input webkitdirectory>`, named by their path inside the folder chosen. */
export function sourcesOfFolderInput(files: FileList | readonly File[]): SourceFile[] {
  return [...files]
    .map((file) => ({ file, path: file.webkitRelativePath || file.name }))
    .filter(({ path }) => isTakenFromFolder(path))
    .sort((a, b) => byPath(a.path, b.path))
    .map(({ file, path }) => sourceOfFile(file, path))
}

/**
 * The files of a folder chosen in the desktop's dialog (main has already kept only workbooks
 * and messages, in path order), named like the browser's folder picker names them: by their
 * path from the folder chosen, its own name first.
 */
export function sourcesOfChosenFolder(folder: string, files: readonly FolderFile[]): SourceFile[] {
  return files.map((file) => ({
    name: `${folder}/${file.name}`,
    size: file.size,
    // The size came with the list from the desktop host: a plain number, checked before reading.
    bytes: (maxBytes) => (file.size > maxBytes ? Promise.resolve(null) : file.bytes()),
  }))
}

/**
 * What was dropped. The entries must be taken inside the drop handler (the list empties once it
 * returns); the folders are walked after.
 */
export function droppedEntries(data: DataTransfer): {
  readonly entries: FileSystemEntry[]
  readonly files: File[]
} {
  const entries: FileSystemEntry[] = []
  const files: File[] = []
  for (const item of [...data.items]) {
    if (item.kind !== 'file') continue
    const entry = item.webkitGetAsEntry()
    if (entry) entries.push(entry)
    else {
      const file = item.getAsFile()
      if (file) files.push(file)
    }
  }
  return { entries, files }
}

export async function sourcesOfDrop(dropped: {
  readonly entries: readonly FileSystemEntry[]
  readonly files: readonly File[]
}): Promise<SourceFile[]> {
  const out: SourceFile[] = dropped.files.map((f) => sourceOfFile(f))
  for (const entry of dropped.entries) {
    if (isFile(entry)) out.push(sourceOfFile(await fileOf(entry)))
    else if (isDirectory(entry)) out.push(...(await walk(entry, entry.name)))
  }
  return out
}

async function walk(folder: FileSystemDirectoryEntry, path: string): Promise<SourceFile[]> {
  const out: SourceFile[] = []
  const entries = (await allEntries(folder)).sort((a, b) => byPath(a.name, b.name))
  for (const entry of entries) {
    const name = `${path}/${entry.name}`
    if (isFile(entry)) {
      if (isTakenFromFolder(name)) out.push(sourceOfFile(await fileOf(entry), name))
    } else if (isDirectory(entry)) {
      out.push(...(await walk(entry, name)))
    }
  }
  return out
}

async function allEntries(folder: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = folder.createReader()
  const all: FileSystemEntry[] = []
  for (;;) {
    const some = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    )
    if (some.length === 0) return all
    all.push(...some)
  }
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject))
}

function isFile(entry: FileSystemEntry): entry is FileSystemFileEntry {
  return entry.isFile
}

function isDirectory(entry: FileSystemEntry): entry is FileSystemDirectoryEntry {
  return entry.isDirectory
}
