// Reads a Chrome trace (devtools.timeline) of the renderer's main thread and says, per key
// pressed, what work it caused: script, style, layout, paint and the rest, in thread time, from
// the keydown's task to the end of the frame that shows its result. Thread time (`tdur`) counts
// only what the main thread itself ran, so other processes taking the cores do not count.

export interface TraceEvent {
  readonly name: string
  readonly cat: string
  readonly ph: string
  readonly ts: number
  readonly dur?: number
  readonly tdur?: number
  readonly pid: number
  readonly tid: number
  readonly args?: { readonly data?: { readonly type?: string; readonly name?: string } }
}

export type WorkKind = 'script' | 'style' | 'layout' | 'paint' | 'other'
export type KeyWork = Record<WorkKind, number> & {
  readonly total: number
  /** Self thread time by trace event name, in microseconds: what to look at first. */
  readonly byName: ReadonlyMap<string, number>
}

const KIND: Readonly<Record<string, WorkKind>> = {
  EventDispatch: 'script',
  FunctionCall: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  RunMicrotasks: 'script',
  'V8.Execute': 'script',
  EvaluateScript: 'script',
  MinorGC: 'script',
  MajorGC: 'script',
  'BlinkGC.AtomicPhase': 'script',
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  'Document::recalcStyle': 'style',
  'Document::updateStyle': 'style',
  Layout: 'layout',
  'LocalFrameView::performLayout': 'layout',
  'LocalFrameView::performPostLayoutTasks': 'layout',
  'InlineNode::ShapeTextIncludingFirstLine': 'layout',
  HitTest: 'layout',
  PrePaint: 'paint',
  'LocalFrameView::RunPaintLifecyclePhase': 'paint',
  'Blink.PrePaint.UpdateTime': 'paint',
  'Blink.Paint.UpdateTime': 'paint',
  'Blink.CompositingInputs.UpdateTime': 'paint',
  'PaintArtifactCompositor::Update': 'paint',
  CullRectUpdate: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  UpdateLayer: 'paint',
  UpdateLayerTree: 'paint',
  Commit: 'paint',
  CompositeLayers: 'paint',
}

/** The renderer main thread that received the keys (a navigation may have changed renderer). */
function mainThread(events: readonly TraceEvent[]): { pid: number; tid: number } | null {
  const counts = new Map<string, number>()
  for (const e of events)
    if (e.name === 'EventDispatch' && e.args?.data?.type === 'keydown') {
      const id = `${e.pid}:${e.tid}`
      counts.set(id, (counts.get(id) ?? 0) + 1)
    }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0]
  if (!best) return null
  const [pid = 0, tid = 0] = best[0].split(':').map(Number)
  return { pid, tid }
}

/** Self thread time per kind, from complete events nested by time on one thread. */
function selfTimes(
  events: readonly TraceEvent[],
  selfByName: Map<string, number>,
): Record<WorkKind, number> {
  const out: Record<WorkKind, number> = { script: 0, style: 0, layout: 0, paint: 0, other: 0 }
  const stack: { end: number; kind: WorkKind; child: number; tdur: number; name: string }[] = []
  const close = (until: number) => {
    while (stack.length > 0 && stack[stack.length - 1]!.end <= until) {
      const top = stack.pop()!
      out[top.kind] += Math.max(0, top.tdur - top.child)
      selfByName.set(top.name, (selfByName.get(top.name) ?? 0) + Math.max(0, top.tdur - top.child))
      const parent = stack[stack.length - 1]
      if (parent) parent.child += top.tdur
    }
  }
  for (const e of events) {
    close(e.ts)
    const kind = KIND[e.name] ?? 'other'
    stack.push({
      end: e.ts + (e.dur ?? 0),
      kind,
      child: 0,
      tdur: e.tdur ?? e.dur ?? 0,
      name: e.name,
    })
  }
  close(Infinity)
  return out
}

/**
 * One entry per keydown: the main thread's work from the keydown's task up to and including
 * the first frame painted after the last task that key caused (the next keydown bounds it).
 */
export function workPerKey(
  events: readonly TraceEvent[],
  { untilNextKey = false } = {},
): KeyWork[] {
  const main = mainThread(events)
  if (!main) throw new Error('The trace has no key pressed on a renderer main thread.')
  const own = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))
  const tasks = own.filter(
    (e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask',
  )
  const keydowns = own.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown')
  const result: KeyWork[] = []
  keydowns.forEach((down, i) => {
    const next = keydowns[i + 1]?.ts ?? Infinity
    const first = tasks.findLast((t) => t.ts <= down.ts) ?? down
    // The frame that shows the key's result: the first paint after the keydown.
    const paint = own.find((e) => e.ts > down.ts && e.ts < next && e.name === 'Paint')
    const end = untilNextKey
      ? next
      : paint
        ? paint.ts + (paint.dur ?? 0)
        : Math.min(next, down.ts + (down.dur ?? 0))
    const inside = own.filter((e) => e.ts >= first.ts && e.ts < end)
    const byName = new Map<string, number>()
    const times = selfTimes(inside, byName)
    const total = times.script + times.style + times.layout + times.paint + times.other
    result.push({ ...scale(times), total: total / 1000, byName })
  })
  return result
}

function scale(times: Record<WorkKind, number>): Record<WorkKind, number> {
  return {
    script: times.script / 1000,
    style: times.style / 1000,
    layout: times.layout / 1000,
    paint: times.paint / 1000,
    other: times.other / 1000,
  }
}
