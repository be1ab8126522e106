import { describe, expect, test } from 'vitest'
import type { IncomingEntry } from '../../../shared/intake/incoming'
import {
  EMPTY_SHA256,
  readBatch,
  type BatchEntry,
  type ReadIncoming,
  type SourceFile,
} from './read-batch'

const source = (name: string, size = 10): SourceFile => ({
  name,
  size,
  bytes: (maxBytes) => Promise.resolve(size > maxBytes ? null : new TextEncoder().encode(name)),
})

const entry = (name: string, bytes: Uint8Array): IncomingEntry => ({
  name,
  sha256: 'a'.repeat(64),
  check: { outcome: 'unreadable', reasons: ['not a zip'] },
  bytes,
})

/** A reader that answers when told to, so that a test decides the order files finish in. */
function heldReader() {
  const waiting: { name: string; bytes: Uint8Array; release: () => void }[] = []
  const read: ReadIncoming = (name, bytes, signal) =>
    new Promise((resolve) => {
      signal.addEventListener('abort', () => resolve({ cancelled: true }), { once: true })
      waiting.push({
        name,
        bytes,
        release: () => resolve({ cancelled: false, entries: [entry(name, bytes)] }),
      })
    })
  return { read, waiting }
}

const tick = () => new Promise((r) => setTimeout(r, 0))

describe('reading a batch of files', () => {
  test('every file gives its entries, each with an id unique in the batch', async () => {
    const got: BatchEntry[] = []
    const read: ReadIncoming = (name, bytes) =>
      Promise.resolve({
        cancelled: false,
        entries: name.endsWith('.eml')
          ? [entry(`${name} › a.xlsx`, bytes), entry(`${name} › b.xlsx`, bytes)]
          : [entry(name, bytes)],
      })
    const result = await readBatch([source('one.xlsx'), source('mail.eml'), source('two.xlsx')], {
      read,
      concurrency: 2,
      signal: new AbortController().signal,
      onFile: (entries) => got.push(...entries),
    })
    expect(result.cancelled).toBe(false)
    expect(got.map((e) => [e.id, e.name]).sort()).toEqual([
      ['0', 'one.xlsx'],
      ['1.0', 'mail.eml › a.xlsx'],
      ['1.1', 'mail.eml › b.xlsx'],
      ['2', 'two.xlsx'],
    ])
  })

  test('only as many files are read from disk as the workers can take', async () => {
    const { read, waiting } = heldReader()
    const files = Array.from({ length: 10 }, (_, i) => source(`f${i}.xlsx`))
    const done: number[] = []
    const finished = readBatch(files, {
      read,
      concurrency: 3,
      signal: new AbortController().signal,
      onFile: (_, count) => done.push(count),
    })
    await tick()
    expect(waiting.map((w) => w.name)).toEqual(['f0.xlsx', 'f1.xlsx', 'f2.xlsx'])
    waiting[1]!.release()
    await tick()
    expect(waiting).toHaveLength(4)
    while (waiting.some((w) => w)) {
      const w = waiting.shift()!
      w.release()
      await tick()
    }
    await finished
    expect(done).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
  })

  test('Cancel stops the batch: what finished stays, nothing more is read', async () => {
    const { read, waiting } = heldReader()
    const files = Array.from({ length: 6 }, (_, i) => source(`f${i}.xlsx`))
    const cancel = new AbortController()
    const got: string[] = []
    const finished = readBatch(files, {
      read,
      concurrency: 2,
      signal: cancel.signal,
      onFile: (entries) => got.push(...entries.map((e) => e.name)),
    })
    await tick()
    waiting[0]!.release()
    await tick()
    cancel.abort()
    expect(await finished).toEqual({ cancelled: true })
    expect(got).toEqual(['f0.xlsx'])
    expect(waiting.map((w) => w.name)).toEqual(['f0.xlsx', 'f1.xlsx', 'f2.xlsx'])
  })

  test('a file too large, or gone from the disk, is unreadable and the others go on', async () => {
    const got: BatchEntry[] = []
    const gone: SourceFile = {
      name: 'moved.xlsx',
      size: 10,
      bytes: () => Promise.reject(new Error('NotFoundError')),
    }
    await readBatch([source('huge.xlsx', 100), gone, source('fine.xlsx')], {
      read: (name, bytes) => Promise.resolve({ cancelled: false, entries: [entry(name, bytes)] }),
      concurrency: 1,
      signal: new AbortController().signal,
      onFile: (entries) => got.push(...entries),
      maxBytes: 50,
    })
    expect(got.map((e) => e.name)).toEqual(['huge.xlsx', 'moved.xlsx', 'fine.xlsx'])
    const [huge, moved] = got
    expect(huge?.check).toMatchObject({ outcome: 'unreadable' })
    expect(huge?.check.outcome === 'unreadable' && huge.check.reasons[0]).toMatch(/huge\.xlsx/)
    expect(moved?.check.outcome === 'unreadable' && moved.check.reasons[0]).toMatch(
      /could not be read from the disk/,
    )
    expect(huge?.sha256).toBe(EMPTY_SHA256)
  })
})
