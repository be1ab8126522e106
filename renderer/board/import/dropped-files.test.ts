import { describe, expect, test } from 'vitest'
import { sourcesOfDrop } from './dropped-files'

/** A folder entry that hands out its children `perCall` at a time, as Chromium does (100). */
function folder(name: string, children: FileSystemEntry[], perCall = 2): FileSystemDirectoryEntry {
  return {
    name,
    isFile: false,
    isDirectory: true,
    createReader: () => {
      let at = 0
      return {
        readEntries: (ok: (entries: FileSystemEntry[]) => void) => {
          const some = children.slice(at, at + perCall)
          at += some.length
          setTimeout(() => ok(some), 0)
        },
      }
    },
  } as unknown as FileSystemDirectoryEntry
}

function file(name: string): FileSystemFileEntry {
  return {
    name,
    isFile: true,
    isDirectory: false,
    file: (ok: (f: File) => void) => ok(new File([name], name)),
  } as unknown as FileSystemFileEntry
}

describe('files and folders dropped onto the import', () => {
  test('a folder is read until it gives nothing more, sub-folders too', async () => {
    const replies = folder('replies', [
      file('a.xlsx'),
      file('b.xlsx'),
      file('c.eml'),
      file('notes.pdf'),
      file('~$a.xlsx'),
      folder('late', [file('d.xlsx'), file('e.XLSX'), file('f.xlsx')]),
      file('0.xlsx'),
    ])
    const sources = await sourcesOfDrop({ entries: [replies, file('loose.pdf')], files: [] })
    expect(sources.map((s) => s.name)).toEqual([
      // In name order, whatever order the folder lists them in.
      'replies/0.xlsx',
      'replies/a.xlsx',
      'replies/b.xlsx',
      'replies/c.eml',
      'replies/late/d.xlsx',
      'replies/late/e.XLSX',
      'replies/late/f.xlsx',
      // Dropped on its own, a wrong file is taken, to be refused with a reason.
      'loose.pdf',
    ])
    expect(new TextDecoder().decode((await sources[4]!.bytes(100))!)).toBe('d.xlsx')
    expect(await sources[4]!.bytes(5)).toBeNull()
  })
})
