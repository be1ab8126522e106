// Every file of the hostile corpus is refused by verification with its own specific message,
// and all of them run in this one process: afterwards Object.prototype and Array.prototype are
// as they were, and the genuine workbook still verifies.
import { describe, expect, test } from 'vitest'
import { readKeyCard } from '../../shared/crypto/key-card'
import { readTrustRegistry } from '../../shared/trust/registry'
import { verifyWorkbook } from '../../shared/workbook/verify'
import { readFilledWorkbook } from '../../shared/workbook/read-filled'
import { buildCorpus, type Corpus } from './corpus'

// Built before the tests are collected, so that each file is a test of its own.
const corpus: Corpus = await buildCorpus()

/** Everything about a prototype that pollution could change. */
function snapshot(target: object): string {
  return JSON.stringify(
    Reflect.ownKeys(target).map((key) => {
      const d = Object.getOwnPropertyDescriptor(target, key)
      return [String(key), typeof d?.value, d?.writable, d?.enumerable, d?.configurable]
    }),
  )
}

const prototypes = [Object.prototype, Array.prototype, Function.prototype] as const
const before = prototypes.map(snapshot)

describe('each hostile file is refused with a specific message', () => {
  test('the corpus has every class, with several variants each', () => {
    const byClass = new Map<string, number>()
    for (const f of corpus.files) byClass.set(f.kind, (byClass.get(f.kind) ?? 0) + 1)
    expect([...byClass.keys()].sort()).toEqual(
      [
        'active content',
        'memory exhaustion',
        'prototype pollution',
        'refused before',
        'runs for minutes',
        'shows other figures',
      ].sort(),
    )
    for (const n of byClass.values()) expect(n).toBeGreaterThanOrEqual(5)
    expect(new Set(corpus.files.map((f) => f.id)).size).toBe(corpus.files.length)
  })

  test('the genuine workbook verifies', async () => {
    expect((await verifyWorkbook(corpus.genuine)).findings).toEqual([])
  })

  test.each(corpus.files.map((file) => [`${file.kind}: ${file.what}`, file] as const))(
    '%s',
    async (_, file) => {
      const result = await verifyWorkbook(file.bytes)
      expect(result.valid, file.id).toBe(false)
      const named = result.findings.some(
        (f) => f.code === file.code && file.message.test(f.message),
      )
      expect(named, `${file.id}: ${JSON.stringify(result.findings.slice(0, 3))}`).toBe(true)
      // Importing it as a filled workbook never throws and never succeeds with the hostile parts.
      const imported = await readFilledWorkbook(file.bytes)
      expect(typeof imported.ok, file.id).toBe('boolean')
    },
  )
})

describe('untrusted names never reach a prototype, anywhere', () => {
  test('key cards and registries with "__proto__" keys are refused (backups: backup.test.ts)', async () => {
    expect(await readKeyCard('{"format":"allied-pipeline-key-card","__proto__":{"x":1}}')).toEqual({
      ok: false,
      problem: 'This is not a usable key card: it has a "__proto__" key.',
    })
    expect(
      await readTrustRegistry('{"institutions":[{"__proto__":{"keys":[]}}],"format":"x"}'),
    ).toEqual({
      ok: false,
      problem: 'This is not a usable trust registry: it has a "__proto__" key.',
    })
  })

  test('after every hostile file, the prototypes are unchanged and a genuine file verifies', async () => {
    for (const file of corpus.files) await verifyWorkbook(file.bytes)
    expect(prototypes.map(snapshot)).toEqual(before)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect([].length).toBe(0)
    const result = await verifyWorkbook(corpus.genuine)
    expect(result.findings).toEqual([])
    expect(result.submission).toEqual(corpus.submission)
  })
})
