// The state of one import: the files being checked (with progress and Cancel), the ones staff
// excluded, what the board holds, and the dry run decided from them. Results reach React a few
// times a second, not once per file, so that a batch of hundreds never makes the window wait.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { ImportDecision } from '../../../shared/intake/statuses'
import { intakeConcurrency, readIncomingOffThread } from '../../verify/off-thread'
import {
  decideIncluded,
  dryRunSummary,
  mergeFiles,
  type DryRunSummary,
  type ImportHoldings,
  type ImportStore,
} from './dry-run'
import { readBatch, type BatchEntry, type SourceFile } from './read-batch'

const FLUSH_MS = 150

export type ImportPhase = 'idle' | 'checking' | 'reviewing' | 'merging'

export interface MergeReport {
  readonly ok: boolean
  readonly message: string
}

export interface ImportBatch {
  readonly phase: ImportPhase
  readonly total: number
  readonly done: number
  readonly cancelled: boolean
  readonly entries: readonly BatchEntry[]
  readonly excluded: ReadonlySet<string>
  readonly holdings: ImportHoldings | undefined
  readonly decisions: readonly ImportDecision[]
  readonly summary: DryRunSummary
  readonly merged: MergeReport | undefined
  readonly check: (files: readonly SourceFile[]) => void
  readonly cancel: () => void
  readonly setExcluded: (id: string, excluded: boolean) => void
  readonly merge: () => void
  readonly clear: () => void
}

export function useImportBatch(store: ImportStore): ImportBatch {
  const [phase, setPhase] = useState<ImportPhase>('idle')
  const [total, setTotal] = useState(0)
  const [done, setDone] = useState(0)
  const [cancelled, setCancelled] = useState(false)
  const [entries, setEntries] = useState<readonly BatchEntry[]>([])
  const [excluded, setExcludedIds] = useState<ReadonlySet<string>>(new Set())
  const [holdings, setHoldings] = useState<ImportHoldings>()
  const [merged, setMerged] = useState<MergeReport>()
  const controller = useRef<AbortController | null>(null)

  const reloadHoldings = useCallback(async () => setHoldings(await store.holdings()), [store])

  useEffect(() => {
    let live = true
    void store.holdings().then((h) => {
      if (live) setHoldings(h)
    })
    return () => {
      live = false
      controller.current?.abort()
    }
  }, [store])

  const check = useCallback(
    (files: readonly SourceFile[]) => {
      if (files.length === 0) return
      controller.current?.abort()
      const abort = new AbortController()
      controller.current = abort
      setPhase('checking')
      setTotal(files.length)
      setDone(0)
      setCancelled(false)
      setEntries([])
      setExcludedIds(new Set())
      setMerged(undefined)
      void reloadHoldings()

      let pending: BatchEntry[] = []
      let count = 0
      const flush = () => {
        if (abort.signal.aborted && controller.current !== abort) return
        const add = pending
        pending = []
        setEntries((all) => (add.length === 0 ? all : [...all, ...add]))
        setDone(count)
      }
      const timer = setInterval(flush, FLUSH_MS)
      void readBatch(files, {
        read: readIncomingOffThread,
        concurrency: intakeConcurrency(),
        signal: abort.signal,
        onFile: (got, finished) => {
          pending.push(...got)
          count = finished
        },
      }).then(({ cancelled: stopped }) => {
        clearInterval(timer)
        if (controller.current !== abort) return
        flush()
        // The batch's order is the order chosen, whatever order the workers finished in.
        setEntries((all) => [...all].sort((a, b) => byId(a.id, b.id)))
        setCancelled(stopped)
        setPhase('reviewing')
      })
    },
    [reloadHoldings],
  )

  const cancel = useCallback(() => controller.current?.abort(), [])

  const setExcluded = useCallback((id: string, out: boolean) => {
    setExcludedIds((now) => {
      const next = new Set(now)
      if (out) next.add(id)
      else next.delete(id)
      return next
    })
  }, [])

  const decisions = useMemo(
    () => (holdings ? decideIncluded(entries, excluded, holdings) : []),
    [entries, excluded, holdings],
  )
  const summary = useMemo(() => dryRunSummary(decisions, excluded.size), [decisions, excluded.size])

  const merge = useCallback(() => {
    setPhase('merging')
    void store
      .merge(decisions, mergeFiles(decisions, entries), new Date())
      .then(
        (result): MergeReport =>
          result.ok
            ? { ok: true, message: mergedMessage(dryRunSummary(result.decisions, excluded.size)) }
            : { ok: false, message: result.message },
        (e: unknown): MergeReport => ({
          ok: false,
          message: `Nothing was merged: ${e instanceof Error ? e.message : String(e)}`,
        }),
      )
      .then(async (report) => {
        setMerged(report)
        await reloadHoldings()
        setPhase('reviewing')
      })
  }, [store, decisions, entries, excluded.size, reloadHoldings])

  const clear = useCallback(() => {
    controller.current?.abort()
    controller.current = null
    setPhase('idle')
    setEntries([])
    setTotal(0)
    setDone(0)
    setExcludedIds(new Set())
    setMerged(undefined)
  }, [])

  return {
    phase,
    total,
    done,
    cancelled,
    entries,
    excluded,
    holdings,
    decisions,
    summary,
    merged,
    check,
    cancel,
    setExcluded,
    merge,
    clear,
  }
}

/** "3" before "3.0" before "10": the batch's order by file, then by attachment. */
function byId(a: string, b: string): number {
  const [fa = 0, pa = -1] = a.split('.').map(Number)
  const [fb = 0, pb = -1] = b.split('.').map(Number)
  return fa - fb || pa - pb
}

function mergedMessage(s: DryRunSummary): string {
  return (
    `Merged: ${s.imported} imported, ${s.updated} updated, ${s.unchanged} unchanged, ` +
    `${s.conflicts + s.refused} refused. Every decision is in the audit log.`
  )
}
